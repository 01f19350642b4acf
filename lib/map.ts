// The two map views PlaceMap.vue draws, and the projection that places a point on them.
// tools/map/generate.ts draws the coastlines and borders for the same views into lib/map-shapes.ts
// (with d3-geo's Mercator, fitted to `bounds` and `width`); the browser then needs no map library:
// projectPoint() below is the same Mercator formula, checked against d3-geo in the unit tests.
import type { MapView } from '../data/schema'

export interface MapViewSpec {
  /** What the map shows, for its text alternative. */
  title: string
  /** [[west, south], [east, north]] in degrees. */
  bounds: [[number, number], [number, number]]
  /** Drawn width in CSS pixels; the height follows from the bounds. */
  width: number
  /** Country names and where to write them, [longitude, latitude]. */
  countries: { name: string, at: [number, number] }[]
}

export const MAP_VIEWS: Record<MapView, MapViewSpec> = {
  peninsula: {
    title: 'Map of the Korean peninsula',
    bounds: [[124.1, 34.4], [131.2, 42.9]],
    width: 270,
    countries: [
      { name: 'NORTH KOREA', at: [126.35, 40.55] },
      { name: 'SOUTH KOREA', at: [127.0, 36.2] },
      { name: 'CHINA', at: [125.3, 42.45] },
    ],
  },
  region: {
    title: 'Map of East and Southeast Asia',
    bounds: [[98.5, -1.5], [147.5, 47.5]],
    width: 350,
    countries: [
      { name: 'CHINA', at: [106, 33] },
      { name: 'RUSSIA', at: [134.5, 46] },
      { name: 'JAPAN', at: [137.6, 39.5] },
    ],
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
