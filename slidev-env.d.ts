// Ambient types for type-checking a Slidev project with vue-tsc. `@slidev/client` ships TypeScript
// sources (not .d.ts), so vue-tsc checks them when a component imports it; they rely on the build-time
// constants Slidev's Vite config defines, on its virtual modules and on its vue-router meta shim.
/// <reference types="@slidev/types/client" />
/// <reference types="@slidev/client/shim.d.ts" />
/// <reference types="@slidev/client/shim-vue.d.ts" />

declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean

// Imported lazily by @slidev/client for its PDF download button (off in this deck); ships no types.
declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

// Built from data/ and the slides by tools/vite/deck-modules.ts.
declare module 'virtual:deck/citations' {
  const citations: Record<string, import('./lib/deck-modules.ts').CitationTarget>
  export default citations
}
declare module 'virtual:deck/search-index' {
  const documents: import('./lib/deck-modules.ts').SearchDocument[]
  export default documents
}
declare module 'virtual:deck/citation-details' {
  const details: Record<string, import('./lib/deck-modules.ts').CitationDetail>
  export default details
}
declare module 'virtual:deck/event-dates' {
  const dates: import('./lib/chapters.ts').EventDates
  export default dates
}
