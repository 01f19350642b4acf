// Places on the maps (components/PlaceMap.vue): where something in the lecture happened.
// Coordinates are [longitude, latitude] in degrees (WGS 84), rounded to about a kilometre.
// `view` is the map a place belongs to: the Korean peninsula, or the region around it.
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { Place } from './schema'

export const places: Place[] = [
  // The Korean peninsula
  { id: 'pyongyang', label: 'below', name: 'Pyongyang', view: 'peninsula', coordinates: [125.754, 39.039], what: 'Putin and Kim signed a mutual-defense treaty here, June 2024', factId: 'AFT-11' },
  { id: 'seoul', name: 'Seoul', view: 'peninsula', coordinates: [126.978, 37.566], what: 'Select US–South Korean exercises suspended after Singapore', factId: 'SGP-07' },
  { id: 'panmunjom', label: 'left', name: 'Panmunjom', view: 'peninsula', coordinates: [126.677, 37.956], what: 'Trump and Kim met at the demarcation line, June 30, 2019', factId: 'AFT-02' },
  { id: 'yongbyon', name: 'Yongbyon', view: 'peninsula', coordinates: [125.755, 39.797], what: 'Nuclear complex at the centre of the Hanoi bargaining', factId: 'HAN-05' },
  { id: 'punggye-ri', label: 'left', name: 'Punggye-ri', view: 'peninsula', coordinates: [129.078, 41.279], what: 'Sixth and largest nuclear test, Sept. 3, 2017', factId: 'ESC-08' },
  { id: 'sohae', label: 'below', name: 'Sohae', view: 'peninsula', coordinates: [124.705, 39.660], what: 'Engine test site Trump said Kim would destroy', factId: 'SGP-08' },
  { id: 'wonsan', name: 'Wonsan', view: 'peninsula', coordinates: [127.443, 39.153], what: 'US remains flown out to Osan, July 27, 2018', factId: 'SGP-11' },
  // The region
  { id: 'singapore', name: 'Singapore', view: 'region', coordinates: [103.827, 1.250], what: 'First summit, June 12, 2018, on Sentosa Island', factId: 'SGP-01' },
  { id: 'hanoi', name: 'Hanoi', view: 'region', coordinates: [105.854, 21.025], what: 'Second summit, Feb. 27–28, 2019, ended with no deal', factId: 'HAN-01' },
  { id: 'beijing', label: 'left', name: 'Beijing', view: 'region', coordinates: [116.407, 39.904], what: 'Trump held talks with Xi here in May 2026', factId: 'T2-14' },
  { id: 'tokyo', label: 'left', name: 'Tokyo', view: 'region', coordinates: [139.692, 35.690], what: 'Japan reported two North Korean missiles over its territory in 2017', factId: 'ESC-07' },
  { id: 'dmz', label: 'below', name: 'DMZ', view: 'region', coordinates: [126.677, 37.956], what: 'Third meeting, at the demarcation line in Panmunjom, June 30, 2019', factId: 'AFT-02' },
  { id: 'pyongyang-region', label: 'below', name: 'Pyongyang', view: 'region', coordinates: [125.754, 39.039], what: 'Putin and Kim signed a mutual-defense treaty here, June 2024', factId: 'AFT-11' },
  { id: 'russia-border', label: 'above', name: 'Russian border', view: 'region', coordinates: [130.640, 42.420], what: 'North Korea’s land border with Russia, its treaty ally since 2024', factId: 'AFT-11' },
]

/** The places drawn on one view of the map, in data order. */
export function placesIn(view: Place['view']): Place[] {
  return places.filter(place => place.view === view)
}
