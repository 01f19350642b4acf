// Bibliography dates of commentary are the dates the pack gives for the pieces, or say what they are.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourcesList from '../../components/SourcesList.vue'
import { bibliography, sourcePageOf } from '../../data/sources.ts'
import { publicationDateProblems } from '../../tools/rules/publication-dates.ts'

const entry = (id: string) => bibliography.find(candidate => candidate.id === id)!

describe('publication dates in the bibliography', () => {
  it('dates each piece of commentary by its publication, or says what its date is', () => {
    expect(publicationDateProblems(bibliography)).toEqual([])
  })

  it('keeps the dates the pack states: NUM-02 in January 2023 (no day), DEB-10 on March 2, 2019', () => {
    expect(entry('NUM-02').date).toBe('2023-01')
    expect(entry('DEB-10').date).toBe('2019-03-02')
    const page = mount(SourcesList, { props: { page: sourcePageOf('DEB-02') } })
    expect(page.get('#source-DEB-02').text()).toContain('about the June 2018 Singapore summit (publication date not given)')
  })

  it('fails a summit date given as a publication date, an invented day and a bare "about" (negative controls)', () => {
    expect(publicationDateProblems([{ id: 'DEB-02', date: '2018-06-12' }])[0]).toMatch(/commentary needs its publication date/)
    expect(publicationDateProblems([{ id: 'NUM-02', date: '2023-01-01', published: '2023-01' }]))
      .toEqual(['data/sources.ts: entry "NUM-02": date 2023-01-01 is not the publication date the pack states (2023-01); write date: \'2023-01\''])
    expect(publicationDateProblems([{ id: 'DEB-03', date: '2018-06', about: '2018-06' }])[0]).toMatch(/is a bare date/)
    expect(publicationDateProblems([{ id: 'DEB-01', date: '2018-06-12', published: '2018-06-12', about: 'the summit' }])[0]).toMatch(/has both published/)
  })
})
