// virtual:deck/citation-details (tools/vite/citation-details.ts), what the citation panel shows, and the
// helpers it is built with (lib/citations.ts).
import { describe, expect, it } from 'vitest'
import { SOURCE_HOSTS, sourceHost } from '../../data/source-hosts.ts'
import { bibliography, sourceById } from '../../data/sources.ts'
import { citedTags, sourceKindWords } from '../../lib/citations.ts'
import { ROOT } from '../../tools/shared/paths.ts'
import { citationDetails } from '../../tools/vite/citation-details.ts'

describe('citation details', () => {
  it('gives every bibliography entry its summary, date, tags and sources with their kind', async () => {
    const details = await citationDetails(ROOT)
    expect(Object.keys(details)).toEqual(bibliography.map(entry => entry.id))
    for (const entry of bibliography) {
      expect(details[entry.id]).toEqual({
        summary: entry.summary,
        date: entry.date,
        ...(entry.until ? { until: entry.until } : {}),
        ...(entry.published ? { published: true } : {}),
        ...(entry.about ? { about: entry.about } : {}),
        tags: citedTags(entry),
        sources: entry.sources.map(({ outlet, url }) => {
          const host = sourceHost(url)
          return host ? { outlet, url, kind: sourceKindWords(host) } : { outlet, url }
        }),
      })
    }
    expect(Object.values(details).some(detail => detail.sources.some(source => source.kind)), 'some hosts have a kind').toBe(true)
  })
})

describe('citedTags', () => {
  it('keeps the tags a citation shows and leaves out "weakly sourced"', () => {
    expect(citedTags({ ...sourceById('SGP-11'), tags: ['single report', 'weakly sourced', 'translation varies'] }))
      .toEqual([{ tag: 'single report' }, { tag: 'translation varies' }, { tag: 'single report', part: 'one dog tag' }])
    expect(citedTags({ ...sourceById('T2-14'), tags: undefined }).filter(note => note.part)).toEqual([])
    expect(citedTags({ ...sourceById('ESC-04'), tags: undefined })).toEqual([])
  })
})

describe('sourceKindWords', () => {
  it('says what kind of source a host is, and whose copy a mirror is', () => {
    expect(sourceKindWords({ host: 'apnews.com', outlet: 'AP', kind: 'wire' })).toBe('wire service')
    expect(sourceKindWords({ host: 'x.example', outlet: 'X', kind: 'mirror', mirrorOf: 'The Hill' })).toBe('copy of The Hill')
    expect(sourceKindWords({ host: 'x.example', outlet: 'X', kind: 'mirror' })).toBe('copy of another outlet')
  })

  it('finds a host with or without "www.", and none for a host data/source-hosts.ts does not list', () => {
    const listed = SOURCE_HOSTS[0]!
    expect(sourceHost(`https://www.${listed.host}/x`)).toEqual(listed)
    expect(sourceHost(`https://${listed.host}/x`)).toEqual(listed)
    expect(sourceHost('https://unlisted.example/x')).toBeUndefined()
  })
})
