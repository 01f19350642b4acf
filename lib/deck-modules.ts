// What the build-time modules of tools/vite/deck-modules.ts hold, for the components that read them.

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
