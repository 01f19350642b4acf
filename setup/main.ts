// Marks the document for the deck's styles: `html.deck-print` in Slidev's print and export views
// (the PDF stays light and shows every citation), `html.deck-citations-hidden` when the lecturer
// has hidden the citations for the room (lib/citations.ts).
import { defineAppSetup } from '@slidev/types'
import { watchEffect } from 'vue'
import { citationsHidden } from '../lib/citations'

export default defineAppSetup(({ router }) => {
  if (typeof document === 'undefined')
    return
  watchEffect(() => {
    const route = router.currentRoute.value
    const print = 'print' in route.query || route.name === 'export' || route.name === 'print'
    document.documentElement.classList.toggle('deck-print', print)
    document.documentElement.classList.toggle('deck-citations-hidden', citationsHidden.value && !print)
  })
})
