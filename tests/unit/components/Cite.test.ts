import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Cite from '../../../components/Cite.vue'
import { bibliography, sourcePageOf } from '../../../data/sources.ts'
import { global, SLIDE_NO } from './stubs.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('Cite', () => {
  it('shows the fact id, linked to the sources slide that lists it', () => {
    for (const entry of bibliography) {
      const link = mount(Cite, { props: { id: entry.id }, global }).get('a')
      expect(link.text()).toBe(`[${entry.id}]`)
      expect(link.attributes('data-to')).toBe(`sources-${sourcePageOf(entry.id)}`)
    }
  })

  it('names the outlets in the accessible name', () => {
    const entry = bibliography[0]!
    const label = mount(Cite, { props: { id: entry.id }, global }).get('a').attributes('aria-label')
    expect(label).toBe(`Source ${entry.id}: ${entry.sources.map(source => source.outlet).join(', ')}`)
  })

  it('uses the fine-print style', () => {
    const wrapper = mount(Cite, { props: { id: bibliography[0]!.id }, global })
    expect(wrapper.classes()).toContain('fine-print')
  })

  it('throws for an unknown id, naming the id and the slide', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Cite, { props: { id: 'XYZ-99' }, global }))
      .toThrow(`Unknown citation id "XYZ-99" on slide ${SLIDE_NO}: add it to data/sources.ts or fix the id.`)
  })
})
