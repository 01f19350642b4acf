// Adds the deck's own key to Slidev's shortcuts (which stay as they are): `c` hides or shows the
// citations on the projected slides (lib/citations.ts).
import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { CITATIONS_KEY, toggleCitations } from '../lib/citations'

export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'toggle_citations', key: CITATIONS_KEY, fn: toggleCitations },
])
