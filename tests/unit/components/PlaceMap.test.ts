import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PlaceMap from '../../../components/PlaceMap.vue'
import { placesIn } from '../../../data/places'
import { MAP_SHAPES } from '../../../lib/map-shapes'
import { global, SLIDE_NO } from './stubs'

describe('PlaceMap', () => {
  const highlight = ['punggye-ri', 'sohae', 'yongbyon']
  const wrapper = mount(PlaceMap, { props: { view: 'peninsula', highlight }, global, attachTo: document.body })
  const svg = wrapper.get('svg')

  it('is a picture whose text alternative names the map and the places it marks', () => {
    expect(svg.attributes('role')).toBe('img')
    const title = document.getElementById(svg.attributes('aria-labelledby')!)
    expect(title?.tagName.toLowerCase()).toBe('title')
    expect(title?.textContent).toBe('Map of the Korean peninsula, marking Punggye-ri, Sohae, Yongbyon.')
  })

  it('draws a dot for every place of its view and names the highlighted ones on the map', () => {
    const drawn = svg.findAll('[data-place]')
    expect(drawn.map(mark => mark.attributes('data-place'))).toEqual(placesIn('peninsula').map(place => place.id))
    const named = svg.findAll('.place-map__place--highlighted text').map(text => text.text())
    expect(named).toEqual(placesIn('peninsula').filter(place => highlight.includes(place.id)).map(place => place.name))
    expect(named).toHaveLength(highlight.length)
    for (const mark of drawn) {
      const circle = mark.get('circle')
      const [x, y] = [Number(circle.attributes('cx')), Number(circle.attributes('cy'))]
      expect(x, mark.attributes('data-place')).toBeGreaterThan(0)
      expect(x).toBeLessThan(MAP_SHAPES.peninsula.width)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(MAP_SHAPES.peninsula.height)
    }
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

  it('credits its map data', () => {
    expect(wrapper.get('.place-map__legend').text()).toContain('Natural Earth')
  })

  it('draws the coastline and the line between the Koreas', () => {
    expect(svg.get('.place-map__land').attributes('d')).toMatch(/^M\d/)
    expect(svg.get('.place-map__dmz').attributes('d')).toMatch(/^M\d/)
  })

  it('stops on an unknown place id, naming the slide and the ids it knows', () => {
    expect(() => mount(PlaceMap, { props: { view: 'peninsula', highlight: ['pyongyangg'] }, global }))
      .toThrow(`PlaceMap: unknown place "pyongyangg" for view "peninsula" on slide ${SLIDE_NO}`)
    // A place of the other view is unknown here too.
    expect(() => mount(PlaceMap, { props: { view: 'peninsula', highlight: ['singapore'] }, global }))
      .toThrow(/use one of pyongyang, seoul/)
  })
})
