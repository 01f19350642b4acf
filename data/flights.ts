// The two Hwasong-12 flights over Japan in 2017 (fact pack section 12a, ESC-07b and ESC-07c), drawn on
// the Japan map by components/PlaceMap.vue. The pack names where each missile started, what it flew
// over and how far east of Cape Erimo it fell, not coordinates: `over` is a point on the land it names
// and `impact` a point on the same great circle at the stated distances, so both are approximate
// (tests/unit/places.test.ts checks the distances against the pack's figures).
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { Flight } from './schema.ts'

export const flights: Flight[] = [
  {
    id: 'hwasong-12-2017-08-29',
    view: 'japan',
    date: '2017-08-29',
    missile: 'Hwasong-12',
    launchSite: 'sunan',
    over: { name: 'the Oshima Peninsula of Hokkaido', coordinates: [140.3, 41.75] },
    impact: [157.7, 42.3],
    fellEastOf: { place: 'cape-erimo', km: 1180 },
    distanceKm: 2700,
    factId: 'ESC-07b',
  },
  {
    id: 'hwasong-12-2017-09-15',
    view: 'japan',
    date: '2017-09-15',
    missile: 'Hwasong-12',
    launchSite: 'sunan',
    over: { name: 'Hokkaido', coordinates: [142.8, 42.2] },
    impact: [169.7, 41.5],
    fellEastOf: { place: 'cape-erimo', km: 2200 },
    distanceKm: 3700,
    factId: 'ESC-07c',
  },
]

/** The flights drawn on one view of the map, in data order. */
export function flightsIn(view: Flight['view']): Flight[] {
  return flights.filter(flight => flight.view === view)
}
