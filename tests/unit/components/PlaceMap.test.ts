import type { VueWrapper } from '@vue/test-utils'
import type { MapView } from '../../../data/schema.ts'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PlaceMap from '../../../components/PlaceMap.vue'
import { flights } from '../../../data/flights.ts'
import { placesIn } from '../../../data/places.ts'
import { MAP_SHAPES } from '../../../lib/map-shapes.ts'
import { MAP_VIEWS } from '../../../lib/map.ts'
import { global, SLIDE_NO } from './stubs.ts'

const FLIGHT_IDS = flights.map(flight => flight.id)

/** Every dot on the map that has no name written beside it. */
function unnamedDots(svg: Element): string[] {
  return [...svg.querySelectorAll('circle')]
    .filter(circle => !circle.closest('g')?.querySelector('text')?.textContent?.trim())
    .map(circle => circle.closest('[data-place], [data-flight]')?.outerHTML.slice(0, 80) ?? circle.outerHTML)
}

/** The country names written on the map. */
const countryNames = (wrapper: VueWrapper) => wrapper.findAll('.place-map__country text').map(text => text.text())

/** Each flight drawn, with the lines written at its end. */
function flightLabels(wrapper: VueWrapper) {
  return Object.fromEntries(wrapper.findAll('g[data-flight]')
    .map(group => [group.attributes('data-flight'), group.findAll('tspan').map(line => line.text()).join(' / ')]))
}

/** A map of each view as the deck draws it. */
const EXAMPLES: Record<MapView, { highlight?: string[], flights?: string[] }> = {
  peninsula: { highlight: ['pyongyang', 'russia-border'] },
  region: { highlight: ['singapore', 'hanoi', 'dmz'] },
  japan: { flights: FLIGHT_IDS },
}

describe('PlaceMap', () => {
  const highlight = ['punggye-ri', 'sohae', 'yongbyon']
  const wrapper = mount(PlaceMap, { props: { view: 'peninsula', highlight }, global, attachTo: document.body })
  const svg = wrapper.get('svg')

  it('is a picture whose text alternative names the map, its countries, the places it marks and its heavy lines', () => {
    expect(svg.attributes('role')).toBe('img')
    const title = document.getElementById(svg.attributes('aria-labelledby')!)
    expect(title?.tagName.toLowerCase()).toBe('title')
    expect(title?.textContent).toBe('Map of the Korean peninsula and its borders with China and Russia, naming North Korea, '
      + 'South Korea, China, Russia, Japan. Marked: Punggye-ri, Sohae, Yongbyon. Heavy lines mark the border between the '
      + 'Koreas and North Korea’s short land border with Russia.')
  })

  it('draws a dot only for the places it names, each inside the map', () => {
    const drawn = svg.findAll('[data-place]')
    expect(drawn.map(mark => mark.attributes('data-place'))).toEqual(highlight)
    expect(svg.findAll('.place-map__place text').map(text => text.text())).toEqual(['Punggye-ri', 'Sohae', 'Yongbyon'])
    for (const mark of drawn) {
      const circle = mark.get('circle')
      const [x, y] = [Number(circle.attributes('cx')), Number(circle.attributes('cy'))]
      expect(x, mark.attributes('data-place')).toBeGreaterThan(0)
      expect(x).toBeLessThan(MAP_SHAPES.peninsula.width)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(MAP_SHAPES.peninsula.height)
    }
  })

  it.each(Object.keys(EXAMPLES) as MapView[])('draws no unnamed dot on the %s view', (view) => {
    const map = mount(PlaceMap, { props: { view, ...EXAMPLES[view] }, global })
    expect(map.findAll('circle').length).toBeGreaterThan(0)
    expect(unnamedDots(map.get('svg').element)).toEqual([])
  })

  it('finds a dot whose name is missing (negative control)', () => {
    const copy = svg.element.cloneNode(true) as Element
    copy.querySelector('[data-place="sohae"] text')!.remove()
    expect(unnamedDots(copy)).toEqual([expect.stringContaining('data-place="sohae"')])
  })

  it.each(Object.keys(EXAMPLES) as MapView[])('names North Korea and South Korea on the %s view', (view) => {
    const map = mount(PlaceMap, { props: { view, ...EXAMPLES[view] }, global })
    expect(countryNames(map)).toEqual(expect.arrayContaining(['North Korea', 'South Korea']))
  })

  describe('a view that forgets a Korea (negative control)', () => {
    const countries = MAP_VIEWS.region.countries
    afterEach(() => {
      MAP_VIEWS.region.countries = countries
    })
    it('shows on the map', () => {
      MAP_VIEWS.region.countries = countries.filter(country => country.name !== 'South Korea')
      const map = mount(PlaceMap, { props: { view: 'region', ...EXAMPLES.region }, global })
      expect(countryNames(map)).not.toContain('South Korea')
    })
  })

  it('lists each highlighted place with what happened there and its citation, in the order given', () => {
    const items = wrapper.findAll('.place-map__legend li')
    const expected = highlight.map(id => placesIn('peninsula').find(place => place.id === id)!)
    expect(items.map(item => item.attributes('data-place'))).toEqual(highlight)
    for (const [i, place] of expected.entries()) {
      expect(items[i]!.text()).toContain(`${place.name}: ${place.what}`)
      expect(items[i]!.find('.cite').text()).toBe(`[${place.factId}]`)
    }
  })

  it('credits its map data, and says nothing of dots without a name', () => {
    expect(wrapper.get('.place-map__legend').text()).toContain('Natural Earth')
    expect(wrapper.get('.place-map__legend').text()).not.toMatch(/without a name/)
  })

  it('draws the coastline, the line between the Koreas and North Korea’s border with Russia', () => {
    expect(svg.get('.place-map__land').attributes('d')).toMatch(/^M\d/)
    expect(svg.get('.place-map__dmz').attributes('d')).toMatch(/^M\d/)
    expect(svg.get('.place-map__russia-border').attributes('d')).toMatch(/^M\d/)
  })

  it('stops on an unknown place id, naming the slide and the ids it knows', () => {
    expect(() => mount(PlaceMap, { props: { view: 'peninsula', highlight: ['pyongyangg'] }, global }))
      .toThrow(`PlaceMap: unknown place "pyongyangg" for view "peninsula" on slide ${SLIDE_NO}`)
    // A place of another view is unknown here too.
    expect(() => mount(PlaceMap, { props: { view: 'peninsula', highlight: ['singapore'] }, global }))
      .toThrow(/use one of pyongyang, seoul/)
  })
})

describe('PlaceMap with the 2017 flights over Japan', () => {
  const wrapper = mount(PlaceMap, { props: { view: 'japan', flights: FLIGHT_IDS }, global, attachTo: document.body })

  it('draws both flights, each labelled with its date and distance', () => {
    expect(flightLabels(wrapper)).toEqual({
      'hwasong-12-2017-08-29': 'August 29, 2017 / about 2,700 km',
      'hwasong-12-2017-09-15': 'September 15, 2017 / about 3,700 km',
    })
    for (const id of FLIGHT_IDS)
      expect(wrapper.get(`g[data-flight="${id}"] .place-map__flight-path`).attributes('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}$/)
  })

  it('misses a flight it was not given (negative control)', () => {
    const one = mount(PlaceMap, { props: { view: 'japan', flights: [FLIGHT_IDS[0]!] }, global })
    expect(flightLabels(one)).toEqual({ 'hwasong-12-2017-08-29': 'August 29, 2017 / about 2,700 km' })
  })

  it('names the launch site and the cape the distances are measured from, and nothing else', () => {
    expect(wrapper.findAll('[data-place]').map(mark => mark.attributes('data-place'))).toEqual(['sunan', 'cape-erimo'])
  })

  it('lists both flights with where they fell and their citations, and says the routes are approximate', () => {
    const items = wrapper.findAll('.place-map__legend li')
    expect(items.map(item => item.text().replace(/\s+/g, ' '))).toEqual([
      'August 29, 2017: Hwasong-12, about 2,700 km over the Oshima Peninsula of Hokkaido; fell about 1,180 km east of Cape Erimo [ESC-07b]',
      'September 15, 2017: Hwasong-12, about 3,700 km over Hokkaido; fell about 2,200 km east of Cape Erimo [ESC-07c]',
    ])
    expect(wrapper.get('.place-map__credit').text()).toContain('Routes and impact points are approximate.')
  })

  it('describes both flights in its text alternative, with the same words, and says they are approximate', () => {
    const svg = wrapper.get('svg')
    const alt = document.getElementById(svg.attributes('aria-labelledby')!)!.textContent!
    expect(alt).toContain('Marked: Sunan, Cape Erimo.')
    expect(alt).toContain('Flight of August 29, 2017 from Sunan: Hwasong-12, about 2,700 km over the Oshima Peninsula of Hokkaido; fell about 1,180 km east of Cape Erimo.')
    expect(alt).toContain('Flight of September 15, 2017 from Sunan: Hwasong-12, about 3,700 km over Hokkaido; fell about 2,200 km east of Cape Erimo.')
    expect(alt).toMatch(/Routes and impact points are approximate\.$/)
  })

  it('stops on an unknown flight id, naming the slide and the ids it knows', () => {
    expect(() => mount(PlaceMap, { props: { view: 'japan', flights: ['hwasong-12-2017-08-30'] }, global }))
      .toThrow(`PlaceMap: unknown flight "hwasong-12-2017-08-30" for view "japan" on slide ${SLIDE_NO}: use one of hwasong-12-2017-08-29, hwasong-12-2017-09-15 or add it to data/flights.ts.`)
  })
})
