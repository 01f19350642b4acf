// Citations in the browser:
// - Quiet citations: the lecturer can hide the citations on the projected slides for the room (key
//   `c`, setup/shortcuts.ts) and bring them back. The choice lives in localStorage, so the presenter
//   window and the projector window share it. Print, the PDF and the handout always show citations
//   (styles/deck.css), and screen readers hear them either way: they are made transparent, not removed.
// - The open citation: one citation panel at a time (components/Cite.vue, CitePanel.vue).
// - What a citation says about its fact, read at build time (tools/vite/): the tags that apply.
import type { BibliographyEntry, SourceTag } from '../data/schema.ts'
import type { SourceHost } from '../data/source-hosts.ts'
import { useLocalStorage } from '@vueuse/core'
import { shallowRef } from 'vue'

export const CITATIONS_KEY = 'c'

export const citationsHidden = useLocalStorage('deck-citations-hidden', false)

export function toggleCitations(): void {
  citationsHidden.value = !citationsHidden.value
}

/** The citation whose panel is open (each <Cite> has its own key), or none: opening one closes the other. */
export const openCitation = shallowRef<symbol | null>(null)

/**
 * The pack's tags a citation of this fact can carry: the one place that reads them, for the
 * citation's "(single report)" and the panel. A tag on the whole fact has no `part`; a tag on one
 * detail (`partTags`) names that detail. 'weakly sourced' never applies: the deck leaves a weakly
 * sourced part out, and a weakly sourced fact is cited only beside one that carries the claim.
 */
export function citedTags(entry: BibliographyEntry): CitedTagNote[] {
  const notWeak = (tag: SourceTag): tag is CitedTag => tag !== 'weakly sourced'
  return [
    ...(entry.tags ?? []).filter(notWeak).map(tag => ({ tag })),
    ...(entry.partTags ?? []).flatMap(({ tag, part }) => notWeak(tag) ? [{ tag, part }] : []),
  ]
}

/** A tag a citation can carry: the pack's tags but 'weakly sourced' (above). */
export type CitedTag = Exclude<SourceTag, 'weakly sourced'>

/** A tag with the detail it covers, when it covers one detail only. */
export interface CitedTagNote { tag: CitedTag, part?: string }

const KIND_WORDS: Record<Exclude<SourceHost['kind'], 'mirror'>, string> = {
  'official': 'official source',
  'wire': 'wire service',
  'newspaper': 'newspaper',
  'broadcaster': 'broadcaster',
  'magazine': 'magazine',
  'think tank': 'think tank',
  'academic': 'academic source',
  'reference': 'reference work',
  'advocacy': 'advocacy group',
}

/** The kind of source in words, as the panel shows it: "wire service", "copy of Washington Post". */
export function sourceKindWords(host: SourceHost): string {
  if (host.kind === 'mirror')
    return host.mirrorOf ? `copy of ${host.mirrorOf}` : 'copy of another outlet'
  return KIND_WORDS[host.kind]
}
