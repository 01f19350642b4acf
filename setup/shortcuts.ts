// Extra keys on top of Slidev's own: `/` opens the slide search (as on many documentation sites).
// Slidev ignores shortcuts while a text field has focus, so typing `/` in the search is just text.
import { defineShortcutsSetup } from '@slidev/types'
import { openSearch } from '../lib/search-state'

export default defineShortcutsSetup((_nav, base) => [
  ...base,
  { name: 'deck_search', key: '/', fn: openSearch, autoRepeat: false },
])
