// Slidev app setup. A component that throws while rendering (a bad prop the build-time checks could
// not see, such as a value bound at run time) disappears from its slide; Vue only logs the error.
// This handler logs it with the slide's number and title, so the console says which slide to fix.
import type { ComponentInternalInstance, ComponentPublicInstance } from 'vue'
import { defineAppSetup } from '@slidev/types'
import { slideTitle } from '../lib/slide-title'

interface SlideRouteProp { no: number, meta?: { slide?: { title?: string } } }

/** The slide a component is rendered on: the `route` prop of Slidev's slide wrapper above it. */
function slideOf(instance: ComponentPublicInstance | null): SlideRouteProp | undefined {
  for (let current: ComponentInternalInstance | null = instance?.$ ?? null; current; current = current.parent) {
    const route = current.props.route as SlideRouteProp | undefined
    if (typeof route?.no === 'number')
      return route
  }
  return undefined
}

export default defineAppSetup(({ app }) => {
  const previous = app.config.errorHandler
  app.config.errorHandler = (error, instance, info) => {
    const slide = slideOf(instance)
    const where = slide ? `slide ${slide.no} "${slideTitle(slide.meta?.slide?.title, slide.no)}"` : 'a slide'
    console.error(`Error on ${where} (${info}): ${error instanceof Error ? error.message : String(error)}`, error)
    previous?.(error, instance, info)
  }
})
