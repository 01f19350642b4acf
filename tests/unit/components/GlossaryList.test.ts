import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import GlossaryList from '../../../components/GlossaryList.vue'
import { glossary, GLOSSARY_PAGES } from '../../../data/glossary.ts'
import { global } from './stubs.ts'

describe('GlossaryList', () => {
  const pages = Array.from({ length: GLOSSARY_PAGES }, (_, index) => index + 1)

  it('shows every term once across its pages, with its expansion, definition and citations', () => {
    const shown = pages.flatMap(page => mount(GlossaryList, { props: { page }, global }).findAll('.glossary__entry'))
    expect(shown.map(entry => entry.attributes('id'))).toEqual(glossary.map(term => `term-${term.id}`))
    shown.forEach((entry, index) => {
      const term = glossary[index]!
      expect(entry.get('dt').text()).toContain(term.term)
      if (term.expansion)
        expect(entry.get('dt').text()).toContain(`(${term.expansion})`)
      expect(entry.get('dd').text()).toContain(term.definition)
      for (const id of term.cites)
        expect(entry.get('dd').text()).toContain(`[${id}]`)
    })
  })

  it.each([0, GLOSSARY_PAGES + 1])('rejects page %s', (page) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(GlossaryList, { props: { page }, global })).toThrow(`GlossaryList: page ${page} does not exist`)
  })
})
