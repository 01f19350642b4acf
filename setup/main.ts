// Slidev app setup, two jobs:
// - Marks the document for the deck's styles: `html.deck-print` in Slidev's print and export views
//   (the PDF stays light and shows every citation), `html.deck-citations-hidden` when the lecturer
//   has hidden the citations for the room (lib/citations.ts).
// - A component that throws while rendering (a bad prop the build-time checks could not see, such
//   as a value bound at run time) disappears from its slide; Vue only logs the error. The handler
//   below logs it with the slide's number and title, so the console says which slide to fix.
import type { ComponentInternalInstance, ComponentPublicInstance } from 'vue'
import { defineAppSetup } from '@slidev/types'
import { watchEffect } from 'vue'
import { citationsHidden } from '../lib/citations.ts'
import { slideTitle } from '../lib/slide-title.ts'

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

export default defineAppSetup(({ app, router }) => {
  const previous = app.config.errorHandler
  app.config.errorHandler = (error, instance, info) => {
    const slide = slideOf(instance)
    const where = slide ? `slide ${slide.no} "${slideTitle(slide.meta?.slide?.title, slide.no)}"` : 'a slide'
    console.error(`Error on ${where} (${info}): ${error instanceof Error ? error.message : String(error)}`, error)
    previous?.(error, instance, info)
  }

  if (typeof document === 'undefined')
    return
  watchEffect(() => {
    const route = router.currentRoute.value
    const print = 'print' in route.query || route.name === 'export' || route.name === 'print'
    document.documentElement.classList.toggle('deck-print', print)
    document.documentElement.classList.toggle('deck-citations-hidden', citationsHidden.value && !print)
  })
})
