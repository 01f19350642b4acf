// Components run inside Slidev, which gives each slide a context; the unit tests stand in for it
// once here instead of in every component test.
import { vi } from 'vitest'

vi.mock('@slidev/client', async () => {
  const { ref } = await import('vue')
  const { SLIDE_NO, renderContext, printMode } = await import('./components/stubs')
  return {
    useSlideContext: () => ({ $page: ref(SLIDE_NO), $renderContext: renderContext }),
    useNav: () => ({ isPrintMode: printMode, currentPage: ref(SLIDE_NO) }),
  }
})
