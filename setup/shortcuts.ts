// The deck's own keys, on top of Slidev's (which stay as they are):
// - `c` hides or shows the citations on the projected slides (lib/citations.ts);
// - `/` opens the slide search, as on many documentation sites. Slidev ignores shortcuts while a
//   text field has focus, so typing `/` in the search is just text.
import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { CITATIONS_KEY, toggleCitations } from '../lib/citations.ts'
import { openSearch } from '../lib/search-state.ts'

export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'toggle_citations', key: CITATIONS_KEY, fn: toggleCitations },
  { name: 'deck_search', key: '/', fn: openSearch, autoRepeat: false },
])
