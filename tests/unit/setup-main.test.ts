// setup/main.ts: a component that throws while rendering is logged with the slide it is on.

import type { AppContext } from '@slidev/types'
import { afterEach, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h, ref } from 'vue'
import setupMain from '../../setup/main.ts'

const Failing = defineComponent({
  setup() {
    throw new Error('Unknown citation id "XXX-99"')
  },
})

/** Stands in for Slidev's SlideWrapper, which receives the slide's route as a prop. */
const SlideWrapper = defineComponent({
  props: { route: { type: Object, required: true } },
  setup: (_, { slots }) => () => slots.default?.(),
})

function mountWith(render: () => ReturnType<typeof h>): ReturnType<typeof vi.spyOn> {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  // Vue also warns that the component whose setup threw has no render function: expected here, not shown.
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const app = createApp({ render })
  // The setup also watches the route (print mode, hidden citations): a play-mode route stands in.
  const router = { currentRoute: ref({ query: {}, name: 'play' }) }
  setupMain({ app, router } as unknown as AppContext)
  app.mount(document.createElement('div'))
  return logged
}

afterEach(() => {
  vi.restoreAllMocks()
})

it('names the slide number and title of the failing component', () => {
  const route = { no: 17, meta: { slide: { title: 'Singapore, **June 12**, 2018' } } }
  const logged = mountWith(() => h(SlideWrapper, { route }, () => h(Failing)))
  expect(logged).toHaveBeenCalledWith(expect.stringContaining('Error on slide 17 "Singapore, June 12, 2018"'), expect.any(Error))
  expect(logged.mock.calls[0]![0]).toContain('Unknown citation id "XXX-99"')
})

it('says "a slide" when the component is not on one', () => {
  const logged = mountWith(() => h(Failing))
  expect(logged).toHaveBeenCalledWith(expect.stringContaining('Error on a slide'), expect.any(Error))
})
