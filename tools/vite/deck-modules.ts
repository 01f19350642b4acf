// Virtual modules built from data/ and the slides at build time, so the browser gets only what a
// view needs:
//   virtual:deck/citations    id → Sources page and outlets; all <Cite> needs at first paint
//                             (the whole bibliography, with summaries and URLs, is ~14 KiB gzip).
//   virtual:deck/event-dates  event id → date; all a chapter divider needs of data/events.ts
//                             (slide 2 is a divider, and Slidev preloads it with slide 1).
//   virtual:deck/search-index one document per slide (title, text) and per bibliography entry,
//                             loaded only when the search opens. Speaker notes are not in it: the
//                             search reads them from Slidev's own slide data, which is empty in a
//                             `--without-notes` build.
//   virtual:deck/citation-details  what a citation's panel shows (citation-details.ts), loaded when a
//                             citation is first opened.
// Each is computed from the sources of truth (data/sources.ts, data/events.ts, slides.md and its
// chapters) on each load; in dev an edit to them reloads the page.
import type { Plugin, ViteDevServer } from 'vite'
import type { EventDates } from '../../lib/chapters.ts'
import type { CitationTarget, SearchDocument } from '../../lib/deck-modules.ts'
import { eventDatesOf } from '../../lib/chapters.ts'
import { citedTags } from '../../lib/citations.ts'
import { plainText } from '../../lib/plain-text.ts'
import { loadDeck } from '../shared/deck.ts'
import { citationDetails } from './citation-details.ts'
import { isDeckSource } from './deck-source.ts'
import { freshImport } from './fresh-import.ts'

const CITATIONS = 'virtual:deck/citations'
const SEARCH_INDEX = 'virtual:deck/search-index'
const EVENT_DATES = 'virtual:deck/event-dates'
const CITATION_DETAILS = 'virtual:deck/citation-details'
const MODULES = [CITATIONS, SEARCH_INDEX, EVENT_DATES, CITATION_DETAILS]
const RESOLVED = (id: string) => `\0${id}`

const loadSources = (root: string) => freshImport<typeof import('../../data/sources')>(root, 'data/sources.ts')

export async function eventDates(root: string): Promise<EventDates> {
  return eventDatesOf((await freshImport<typeof import('../../data/events')>(root, 'data/events.ts')).events)
}

export async function citationTargets(root: string): Promise<Record<string, CitationTarget>> {
  const { bibliography, sourcePageOf } = await loadSources(root)
  return Object.fromEntries(bibliography.map(entry => [entry.id, {
    page: sourcePageOf(entry.id),
    outlets: entry.sources.map(source => source.outlet),
    singleReport: citedTags(entry).some(note => note.tag === 'single report' && !note.part),
  }]))
}

/**
 * Slide text without speaker notes, components' tags, code fences or Markdown markup; the one tag
 *  that renders prose, <VerifiedThrough />, reads as the date it shows.
 */
function slideText(content: string, verifiedThrough: string): string {
  return plainText(content
    .replace(/<VerifiedThrough\s*\/>/g, verifiedThrough)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/^#+\s+.*$/m, ' ')
    .replace(/^\s*[-*+>]\s+|^\s*\d+\.\s+|^\|?[-:| ]+\|?$|\|/gm, ' ')
    .replace(/\{[^}]*\}/g, ' '))
}

export async function searchDocuments(root: string): Promise<SearchDocument[]> {
  const [{ bibliography, sourcePageOf }, { slides }, { VERIFIED_THROUGH_LABEL }] = await Promise.all([
    loadSources(root),
    loadDeck(root),
    freshImport<typeof import('../../data/status')>(root, 'data/status.ts'),
  ])
  const documents: SearchDocument[] = slides.map(slide => ({
    no: slide.no,
    title: slide.title,
    text: slideText(slide.content, VERIFIED_THROUGH_LABEL),
    kind: 'slide',
  }))
  for (const entry of bibliography) {
    const alias = `sources-${sourcePageOf(entry.id)}`
    const index = slides.findIndex(slide => slide.frontmatter?.routeAlias === alias)
    if (index < 0)
      throw new Error(`Search index: no slide has routeAlias "${alias}" for source ${entry.id}; pages/12-sources.md needs one slide per Sources page.`)
    documents.push({
      no: index + 1,
      title: `${entry.id} · ${documents[index].title}`,
      text: `${entry.id} ${entry.summary} ${entry.sources.map(source => source.outlet).join(', ')}`,
      kind: 'source',
    })
  }
  return documents
}

/** Serves the virtual modules; reloads the page in dev when their sources change. */
export function deckModules(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:modules',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return MODULES.includes(id) ? RESOLVED(id) : undefined
    },
    async load(id) {
      if (id === RESOLVED(CITATIONS))
        return `export default ${JSON.stringify(await citationTargets(root))}`
      if (id === RESOLVED(SEARCH_INDEX))
        return `export default ${JSON.stringify(await searchDocuments(root))}`
      if (id === RESOLVED(EVENT_DATES))
        return `export default ${JSON.stringify(await eventDates(root))}`
      if (id === RESOLVED(CITATION_DETAILS))
        return `export default ${JSON.stringify(await citationDetails(root))}`
    },
    configureServer(server: ViteDevServer) {
      server.watcher.on('change', (file) => {
        if (!isDeckSource(file))
          return
        for (const id of MODULES) {
          const module = server.moduleGraph.getModuleById(RESOLVED(id))
          if (module)
            server.moduleGraph.invalidateModule(module)
        }
      })
    },
  }
}
