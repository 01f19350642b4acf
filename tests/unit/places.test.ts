import type { Flight } from '../../data/schema.ts'
// The places on the maps: their data, the map outlines, the projection, and the check that every
// <PlaceMap> on a slide names places that exist.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { geoDistance, geoMercator } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { deckData, findDataProblems } from '../../data/check.ts'
import { flights } from '../../data/flights.ts'
import { places } from '../../data/places.ts'
import { MAP_SHAPES } from '../../lib/map-shapes.ts'
import { MAP_VIEWS, projectPoint } from '../../lib/map.ts'
import { shapesModule } from '../../tools/map/shapes.ts'
import { ROOT } from '../../tools/shared/paths.ts'

describe('data/places.ts', () => {
  it('passes its schema and cites facts in the bibliography', () => {
    expect(findDataProblems().filter(found => found.module === 'data/places.ts')).toEqual([])
  })

  it('names the place, the entry and the field when an entry is malformed (negative control)', () => {
    const bad = [...places, { ...places[0]!, id: 'nowhere', coordinates: [200, 39], factId: 'ESC-99' }]
    const found = findDataProblems({ ...deckData(), places: bad }).find(problems => problems.module === 'data/places.ts')
    expect(found?.problems.join('\n')).toMatch(/entry "nowhere": coordinates\.0: /)
    const uncited = [...places, { ...places[0]!, id: 'nowhere', factId: 'ESC-99' }]
    expect(findDataProblems({ ...deckData(), places: uncited }).find(problems => problems.module === 'data/places.ts')?.problems)
      .toEqual(['entry "nowhere": factId: "ESC-99" is not in the bibliography: add it to data/sources.ts or fix the id'])
  })

  it('puts every place inside the bounds of its map view', () => {
    for (const place of places) {
      const [[west, south], [east, north]] = MAP_VIEWS[place.view].bounds
      const [longitude, latitude] = place.coordinates
      expect(longitude > west && longitude < east && latitude > south && latitude < north, `${place.id} lies outside the ${place.view} view`).toBe(true)
    }
  })
})

/** Earth's mean radius in km (IUGG), to turn d3-geo's great-circle angles into distances. */
const EARTH_KM = 6371
const kmBetween = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_KM
const placeAt = (id: string) => places.find(place => place.id === id)!.coordinates

/** Where a drawn flight disagrees with the pack's figures by more than 3 %: its length, and how far east of the reference place it fell. */
function flightMismatches(flight: Flight): string[] {
  const start = placeAt(flight.launchSite)
  const reference = placeAt(flight.fellEastOf.place)
  const flown = kmBetween(start, flight.over.coordinates) + kmBetween(flight.over.coordinates, flight.impact)
  const fromReference = kmBetween(reference, flight.impact)
  return [
    Math.abs(flown / flight.distanceKm - 1) > 0.03 ? `${flight.id}: drawn ${Math.round(flown)} km long, the pack says about ${flight.distanceKm}` : '',
    Math.abs(fromReference / flight.fellEastOf.km - 1) > 0.03 ? `${flight.id}: falls ${Math.round(fromReference)} km from ${flight.fellEastOf.place}, the pack says about ${flight.fellEastOf.km}` : '',
    flight.impact[0] <= reference[0] ? `${flight.id}: falls west of ${flight.fellEastOf.place}` : '',
  ].filter(Boolean)
}

describe('data/flights.ts', () => {
  it('passes its schema, cites facts in the bibliography and starts from places of its view', () => {
    expect(findDataProblems().filter(found => found.module === 'data/flights.ts')).toEqual([])
  })

  it('names the flight and the field when an entry is malformed or names an unknown place (negative control)', () => {
    const bad = [...flights, { ...flights[0]!, id: 'nowhere', launchSite: 'sunnan', fellEastOf: { place: 'cape-erimo', km: -5 } }]
    const problems = findDataProblems({ ...deckData(), flights: bad }).find(found => found.module === 'data/flights.ts')?.problems.join('\n')
    expect(problems).toMatch(/entry "nowhere": fellEastOf\.km: /)
    const misplaced = [...flights, { ...flights[0]!, id: 'nowhere', launchSite: 'sunnan', factId: 'ESC-07d' }]
    expect(findDataProblems({ ...deckData(), flights: misplaced }).find(found => found.module === 'data/flights.ts')?.problems).toEqual([
      'entry "nowhere": factId: "ESC-07d" is not in the bibliography: add it to data/sources.ts or fix the id',
      'entry "nowhere": launchSite: "sunnan" is not a place of view "japan" in data/places.ts',
    ])
  })

  it('draws each flight at the pack\'s length, falling at its distance east of the reference place', () => {
    expect(flights.flatMap(flightMismatches)).toEqual([])
    for (const flight of flights) {
      const [[west, south], [east, north]] = MAP_VIEWS[flight.view].bounds
      for (const [longitude, latitude] of [flight.over.coordinates, flight.impact])
        expect(longitude > west && longitude < east && latitude > south && latitude < north, `${flight.id} leaves the ${flight.view} view`).toBe(true)
    }
  })

  it('notices a flight drawn too short or falling in the wrong place (negative control)', () => {
    const aug29 = flights[0]!
    expect(flightMismatches({ ...aug29, impact: [150.0, 42.3] })).toEqual([
      expect.stringMatching(/drawn \d+ km long, the pack says about 2700/),
      expect.stringMatching(/falls \d+ km from cape-erimo, the pack says about 1180/),
    ])
    expect(flightMismatches({ ...aug29, fellEastOf: { place: 'cape-erimo', km: 1180 }, impact: [128.7, 41.6], over: { name: 'x', coordinates: [126.9, 40.5] } }))
      .toContainEqual('hwasong-12-2017-08-29: falls west of cape-erimo')
  })
})

describe('the map projection and outlines', () => {
  it('projects points exactly as d3-geo\'s Mercator with the same scale and offset', () => {
    for (const place of places) {
      const shapes = MAP_SHAPES[place.view]
      const d3 = geoMercator().scale(shapes.scale).translate(shapes.translate)(place.coordinates)!
      const ours = projectPoint(shapes, place.coordinates)
      expect(ours[0]).toBeCloseTo(d3[0], 6)
      expect(ours[1]).toBeCloseTo(d3[1], 6)
    }
  })

  it('ships outlines generated from the current view settings (else run `npm run map`)', () => {
    const shipped = readFileSync(resolve(ROOT, 'lib/map-shapes.ts'), 'utf8')
    expect(shipped === shapesModule(), 'lib/map-shapes.ts is out of date: run `npm run map`').toBe(true)
  }, 30_000) // projects three views of the world's outlines: seconds on a busy machine
})
