// Shared test doubles for components that run inside Slidev: its global <Link> and slide context.
import type { RenderContext } from '@slidev/types'
import { defineComponent, h, ref } from 'vue'

/** The slide number the mocked useSlideContext() reports. */
export const SLIDE_NO = 12

/**
 * Where the mocked slide is shown. 'none' by default: components render as outside a slide view,
 * so a citation is the plain link to its Sources slide; a test sets 'slide' to open citations.
 */
export const renderContext = ref<RenderContext>('none')

/** The mocked useNav()'s print mode (print and PDF export). */
export const printMode = ref(false)

/** Stands in for Slidev's global <Link>: an anchor to the route, rendering its slot. */
const LinkStub = defineComponent({
  name: 'Link',
  props: { to: { type: [String, Number], required: true } },
  setup(props, { slots }) {
    return () => h('a', { 'href': `#${props.to}`, 'data-to': String(props.to) }, slots.default?.())
  },
})

export const global = { stubs: { Link: LinkStub } }
