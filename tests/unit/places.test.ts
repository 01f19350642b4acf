// The places on the maps: their data, the map outlines, the projection, and the check that every
// <PlaceMap> on a slide names places that exist.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { geoMercator } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { findDataProblems, deckData } from '../../data/check'
import { places } from '../../data/places'
import { MAP_VIEWS, projectPoint } from '../../lib/map'
import { MAP_SHAPES } from '../../lib/map-shapes'
import { shapesModule } from '../../tools/map/shapes'
import { ROOT } from '../../tools/shared/paths'

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
  })
})
