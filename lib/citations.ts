// Quiet citations: the lecturer can hide the citations on the projected slides for the room (key
// `c`, setup/shortcuts.ts) and bring them back. The choice lives in localStorage, so the presenter
// window and the projector window share it. Print, the PDF and the handout always show citations
// (styles/deck.css), and screen readers hear them either way: they are made transparent, not removed.
import { useLocalStorage } from '@vueuse/core'

export const CITATIONS_KEY = 'c'

export const citationsHidden = useLocalStorage('deck-citations-hidden', false)

export function toggleCitations(): void {
  citationsHidden.value = !citationsHidden.value
}
