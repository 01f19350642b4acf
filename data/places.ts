// Places on the maps (components/PlaceMap.vue): where something in the lecture happened.
// Coordinates are [longitude, latitude] in degrees (WGS 84), rounded to about a kilometre.
// `view` is the map a place belongs to: the Korean peninsula, the region around it, or Japan and the
// Pacific (the 2017 flights, data/flights.ts). A map draws only the places its slide names.
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { Place } from './schema.ts'

export const places: Place[] = [
  // The Korean peninsula
  { id: 'pyongyang', label: 'below', name: 'Pyongyang', view: 'peninsula', coordinates: [125.754, 39.039], what: 'Putin and Kim signed a mutual-defense treaty here, June 2024', factId: 'AFT-11' },
  { id: 'seoul', name: 'Seoul', view: 'peninsula', coordinates: [126.978, 37.566], what: 'Select US–South Korean exercises suspended after Singapore', factId: 'SGP-07' },
  { id: 'panmunjom', label: 'left', name: 'Panmunjom', view: 'peninsula', coordinates: [126.677, 37.956], what: 'Trump and Kim met at the demarcation line, June 30, 2019', factId: 'AFT-02' },
  { id: 'yongbyon', name: 'Yongbyon', view: 'peninsula', coordinates: [125.755, 39.797], what: 'Nuclear complex at the centre of the Hanoi bargaining', factId: 'HAN-05' },
  { id: 'punggye-ri', label: 'left', name: 'Punggye-ri', view: 'peninsula', coordinates: [129.078, 41.279], what: 'Sixth and largest nuclear test, Sept. 3, 2017', factId: 'ESC-08' },
  { id: 'sohae', label: 'below', name: 'Sohae', view: 'peninsula', coordinates: [124.705, 39.660], what: 'Engine test site Trump said Kim would destroy', factId: 'SGP-08' },
  { id: 'russia-border', label: 'right', name: 'Russian border', view: 'peninsula', coordinates: [130.697, 42.293], what: 'North Korea’s land border with Russia, its treaty ally since 2024', factId: 'AFT-11' },
  { id: 'wonsan', name: 'Wonsan', view: 'peninsula', coordinates: [127.443, 39.153], what: 'US remains flown out to Osan, July 27, 2018', factId: 'SGP-11' },
  // The region
  { id: 'singapore', name: 'Singapore', view: 'region', coordinates: [103.827, 1.250], what: 'First summit, June 12, 2018, on Sentosa Island', factId: 'SGP-01' },
  { id: 'hanoi', name: 'Hanoi', view: 'region', coordinates: [105.854, 21.025], what: 'Second summit, Feb. 27–28, 2019, ended with no deal', factId: 'HAN-01' },
  { id: 'dmz', label: 'below', name: 'DMZ', view: 'region', coordinates: [126.677, 37.956], what: 'Third meeting, at the demarcation line in Panmunjom, June 30, 2019', factId: 'AFT-02' },
  // Japan and the Pacific: where the two 2017 flights over Japan started, and the cape their distances are measured from
  { id: 'sunan', label: 'left', name: 'Sunan', view: 'japan', coordinates: [125.670, 39.224], what: 'Launch area of the Aug. 29 flight, by Pyongyang’s airport', factId: 'ESC-07b' },
  { id: 'cape-erimo', label: 'below', name: 'Cape Erimo', view: 'japan', coordinates: [143.250, 41.925], what: 'The Aug. 29 missile fell about 1,180 km east of this cape', factId: 'ESC-07b' },
]

/** The places drawn on one view of the map, in data order. */
export function placesIn(view: Place['view']): Place[] {
  return places.filter(place => place.view === view)
}
