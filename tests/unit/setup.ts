// Components run inside Slidev, which gives each slide a context; the unit tests stand in for it
// once here instead of in every component test.
import { afterAll, vi } from 'vitest'
import { printMode, renderContext } from './components/stubs.ts'

vi.mock('@slidev/client', async () => {
  const { ref } = await import('vue')
  const { SLIDE_NO, renderContext, printMode } = await import('./components/stubs.ts')
  return {
    useSlideContext: () => ({ $page: ref(SLIDE_NO), $renderContext: renderContext }),
    useNav: () => ({ isPrintMode: printMode, currentPage: ref(SLIDE_NO) }),
  }
})

// The component files share one document and one module cache per worker (vitest.config.ts): each
// file leaves an empty page and the stand-in slide context as it found them.
afterAll(() => {
  document.body.replaceChildren()
  renderContext.value = 'none'
  printMode.value = false
})
