// Shared test doubles for components that run inside Slidev: its global <Link> and slide context.
import { defineComponent, h } from 'vue'

/** The slide number the mocked useSlideContext() reports. */
export const SLIDE_NO = 12

/** Stands in for Slidev's global <Link>: an anchor to the route, rendering its slot. */
const LinkStub = defineComponent({
  name: 'Link',
  props: { to: { type: [String, Number], required: true } },
  setup(props, { slots }) {
    return () => h('a', { 'href': `#${props.to}`, 'data-to': String(props.to) }, slots.default?.())
  },
})

export const global = { stubs: { Link: LinkStub } }
