// Build-time check of the maps on the slides: every <PlaceMap> names a known view and highlights
// places that data/places.ts holds for that view. A pure function over the slide sources, so the
// build (tools/checks) and the tests share it; each problem names the file, the slide and the fix.
import type { MapView, Place } from '../../data/schema'
import { places as deckPlaces } from '../../data/places'

export interface SlideSource {
  /** 1-based slide number, as in the URL. */
  no: number
  /** Where the slide is written, e.g. pages/05-between-summits.md. */
  file: string
  content: string
}

const VIEWS: readonly MapView[] = ['peninsula', 'region']

/** The `view` and `:highlight` of every <PlaceMap> tag in a slide's source. */
export function placeMapsIn(content: string): { view: string | undefined, highlight: string[] | undefined }[] {
  return [...content.matchAll(/<PlaceMap\b([^>]*)>/g)].map(([, attributes]) => {
    const view = attributes!.match(/\sview="([^"]*)"/)?.[1]
    const list = attributes!.match(/\s:highlight="\[([^\]]*)\]"/)?.[1]
    const highlight = list === undefined ? undefined : [...list.matchAll(/'([^']*)'/g)].map(([, id]) => id!)
    return { view, highlight }
  })
}

/** One line per problem: `file, slide N: what is wrong and how to fix it`. */
export function checkPlaceMaps(slides: readonly SlideSource[], places: readonly Place[] = deckPlaces): string[] {
  const problems: string[] = []
  for (const slide of slides) {
    const where = `${slide.file}, slide ${slide.no}`
    for (const { view, highlight } of placeMapsIn(slide.content)) {
      if (!VIEWS.includes(view as MapView)) {
        problems.push(`${where}: <PlaceMap view="${view ?? ''}"> is not a map view; use view="${VIEWS.join('" or view="')}".`)
        continue
      }
      if (!highlight?.length) {
        problems.push(`${where}: <PlaceMap> needs :highlight="['place-id', …]" with the places the slide is about.`)
        continue
      }
      const known = places.filter(place => place.view === view).map(place => place.id)
      for (const id of highlight.filter(id => !known.includes(id)))
        problems.push(`${where}: <PlaceMap> highlights "${id}", which is not a place of view "${view}" in data/places.ts; use one of ${known.join(', ')} or add it there.`)
    }
  }
  return problems
}
