// The map views PlaceMap.vue draws, and the projection that places a point on them.
// tools/map/shapes.ts (`npm run map`) draws the coastlines and borders for the same views into lib/map-shapes.ts
// (with d3-geo's Mercator, fitted to `bounds` and `width`); the browser then needs no map library:
// projectPoint() below is the same Mercator formula, checked against d3-geo in the unit tests.
import type { MapView } from '../data/schema.ts'

/** A country's name on the map; `pointsTo` draws a leader line to it when the name sits outside (a small country on a wide map). */
interface CountryLabel {
  name: string
  /** Where the name is written, [longitude, latitude]. */
  at: [number, number]
  pointsTo?: [number, number]
}

export interface MapViewSpec {
  /** What the map shows, for its text alternative. */
  title: string
  /** [[west, south], [east, north]] in degrees. */
  bounds: [[number, number], [number, number]]
  /** Drawn width in CSS pixels (at least half the 980 px slide); the height follows from the bounds. */
  width: number
  /** Country names (the map writes them in capitals) and where; North and South Korea on every view. */
  countries: CountryLabel[]
  /** What the heavy lines show where they are large enough to see, for the text alternative. */
  heavyBorders?: string
  /** The legend beside the map, or over its open sea at the bottom right (a map as wide as the slide). */
  legend: 'beside' | 'over'
}

export const MAP_VIEWS: Record<MapView, MapViewSpec> = {
  peninsula: {
    title: 'Map of the Korean peninsula and its borders with China and Russia',
    bounds: [[121.5, 34.45], [134.6, 43.3]],
    width: 500,
    countries: [
      { name: 'North Korea', at: [126.9, 40.45] },
      { name: 'South Korea', at: [128.0, 36.3] },
      { name: 'China', at: [123.6, 42.3] },
      { name: 'Russia', at: [133.0, 42.95] },
      { name: 'Japan', at: [133.4, 35.05] },
    ],
    heavyBorders: 'Heavy lines mark the border between the Koreas and North Korea’s short land border with Russia.',
    legend: 'beside',
  },
  region: {
    title: 'Map of East and Southeast Asia',
    bounds: [[88, -2.5], [154, 44.5]],
    width: 500,
    countries: [
      { name: 'North Korea', at: [113.5, 42.0], pointsTo: [126.3, 40.3] },
      { name: 'South Korea', at: [139.5, 29.8], pointsTo: [128.0, 36.3] },
      { name: 'China', at: [104, 33] },
      { name: 'Japan', at: [145.5, 38.5] },
    ],
    legend: 'beside',
  },
  japan: {
    title: 'Map of Korea, Japan and the Pacific east of Japan',
    bounds: [[120.5, 28], [175, 46.8]],
    width: 868,
    countries: [
      { name: 'North Korea', at: [127.2, 40.7] },
      { name: 'South Korea', at: [128.1, 36.4] },
      { name: 'China', at: [125.2, 44.6] },
      { name: 'Russia', at: [136.5, 45.6] },
      { name: 'Japan', at: [138.6, 36.6] },
    ],
    legend: 'over',
  },
}

/** Scale and offset of a Mercator projection (d3-geo: `scale()` and `translate()`). */
export interface Projection {
  scale: number
  translate: [number, number]
}

/** [longitude, latitude] in degrees to [x, y] in pixels, the way d3-geo's geoMercator() does it. */
export function projectPoint(projection: Projection, [longitude, latitude]: [number, number]): [number, number] {
  const lambda = longitude * Math.PI / 180
  const phi = latitude * Math.PI / 180
  return [
    projection.translate[0] + projection.scale * lambda,
    projection.translate[1] - projection.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  ]
}
