// virtual:deck/citation-details: what the citation panel (components/CitePanel.vue) shows of each
// cited fact: summary, date, the tags on the part cited, and each source with its kind. The panel
// imports it, and <Cite> loads the panel only when a citation is first opened, so none of this is
// in slide 1's bytes (virtual:deck/citations, which every <Cite> loads, stays small).
// Built from data/sources.ts and data/source-hosts.ts on each load; deck-modules.ts serves it.
import type { CitationDetail } from '../../lib/deck-modules.ts'
import { citedTags, sourceKindWords } from '../../lib/citations.ts'
import { freshImport } from './fresh-import.ts'

export async function citationDetails(root: string): Promise<Record<string, CitationDetail>> {
  const [{ bibliography }, { sourceHost }] = await Promise.all([
    freshImport<typeof import('../../data/sources')>(root, 'data/sources.ts'),
    freshImport<typeof import('../../data/source-hosts')>(root, 'data/source-hosts.ts'),
  ])
  return Object.fromEntries(bibliography.map((entry) => {
    const detail: CitationDetail = {
      summary: entry.summary,
      date: entry.date,
      ...(entry.until ? { until: entry.until } : {}),
      ...(entry.published ? { published: true as const } : {}),
      ...(entry.about ? { about: entry.about } : {}),
      tags: citedTags(entry),
      sources: entry.sources.map(({ outlet, url }) => {
        const host = sourceHost(url)
        return host ? { outlet, url, kind: sourceKindWords(host) } : { outlet, url }
      }),
    }
    return [entry.id, detail]
  }))
}
