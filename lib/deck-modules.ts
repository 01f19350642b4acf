// What the build-time modules of tools/vite/deck-modules.ts hold, for the components that read them.
import type { CitedTagNote } from './citations.ts'

export interface CitationTarget {
  /** the Sources page (1-based) that lists the entry: the slide with routeAlias `sources-<page>` */
  page: number
  /** outlets behind the fact, for the citation's accessible name */
  outlets: string[]
  /** the pack tags the fact [single report]: the citation says so */
  singleReport: boolean
}

export interface SearchDocument {
  /** 1-based slide number */
  no: number
  title: string
  /** what the slide shows (Markdown and HTML stripped), a source's id, summary and outlets, or a note */
  text: string
  /** notes are added in the browser from Slidev's slide data (empty in a --without-notes build) */
  kind: 'slide' | 'source' | 'note'
}

/** One source of a cited fact, as the citation panel shows it. */
interface CitationSource {
  outlet: string
  url: string
  /** what kind of source it is, in words ("wire service"); absent where data/source-hosts.ts does not know the host */
  kind?: string
}

/** What the citation panel shows of a fact (virtual:deck/citation-details, loaded on first open). */
export interface CitationDetail {
  /** the bibliography's one-line summary */
  summary: string
  /** as precise as the pack gives it (a day, a month or a year), with `until` for periods */
  date: string
  until?: string
  /** `date` is the piece's publication date (commentary), not the day of an event */
  published?: true
  /** where the pack gives no publication date: what the piece is about instead */
  about?: string
  /** the pack's tags, each with the detail it covers when it covers one (lib/citations.ts, citedTags) */
  tags: CitedTagNote[]
  sources: CitationSource[]
}
