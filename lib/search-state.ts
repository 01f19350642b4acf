// Whether the slide search is open, shared by the `/` shortcut (setup/shortcuts.ts) and the search
// button in the navigation bar (custom-nav-controls.vue). The search itself loads on first open.
import { ref } from 'vue'

export const searchOpen = ref(false)

export function openSearch() {
  searchOpen.value = true
}
