// virtual:deck/citation-details: what the citation panel (components/CitePanel.vue) shows of each
// cited fact: summary, date, the tags on the part cited, and each source with its kind. The panel
// imports it, and <Cite> loads the panel only when a citation is first opened, so none of this is
// in slide 1's bytes (virtual:deck/citations, which every <Cite> loads, stays small).
// Built from data/sources.ts and data/source-hosts.ts on each load; in dev an edit reloads the page.
import type { Plugin, ViteDevServer } from 'vite'
import type { CitationDetail } from '../../lib/deck-modules'
import { citedTags, sourceKindWords } from '../../lib/citations'
import { loadSources } from './deck-modules'
import { freshImport } from './fresh-import'

const CITATION_DETAILS = 'virtual:deck/citation-details'
const RESOLVED = `\0${CITATION_DETAILS}`
const WATCHED = /[\\/]data[\\/](?:sources|source-hosts)\.ts$/

export async function citationDetails(root: string): Promise<Record<string, CitationDetail>> {
  const [{ bibliography }, { sourceHost }] = await Promise.all([
    loadSources(root),
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

/** Serves virtual:deck/citation-details; reloads it in dev when the bibliography or the host list changes. */
export function citationDetailsModule(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:citation-details',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return id === CITATION_DETAILS ? RESOLVED : undefined
    },
    async load(id) {
      if (id === RESOLVED)
        return `export default ${JSON.stringify(await citationDetails(root))}`
    },
    configureServer(server: ViteDevServer) {
      server.watcher.on('change', (file) => {
        const module = WATCHED.test(file) ? server.moduleGraph.getModuleById(RESOLVED) : undefined
        if (module)
          server.moduleGraph.invalidateModule(module)
      })
    },
  }
}
