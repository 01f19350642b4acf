import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LaunchChart from '../../../components/LaunchChart.vue'
import { LAUNCH_COUNT_RULE, LAUNCH_FACT_ID, LAUNCH_SOURCE, launches } from '../../../data/launches.ts'
import { global } from './stubs.ts'

describe('LaunchChart', () => {
  const wrapper = mount(LaunchChart, { global, attachTo: document.body })
  const svg = wrapper.get('svg')

  it('is a group named by its visible title, holding one image whose name is the numbers', () => {
    const group = wrapper.get('[role="group"]')
    const title = document.getElementById(group.attributes('aria-labelledby')!)
    expect(title?.textContent).toMatch(/missiles/i)
    expect(title?.textContent).toMatch(/not launch events/i)
    // No <figure>: in the tagged PDF it would be a Figure around the image with no /Alt of its own.
    expect(wrapper.find('figure').exists()).toBe(false)
    expect(svg.attributes('role')).toBe('img')
    const name = document.getElementById(svg.attributes('aria-labelledby')!)
    expect(name?.tagName.toLowerCase()).toBe('desc')
  })

  it('lists every year and count in its text alternative', () => {
    const alternative = document.getElementById(svg.attributes('aria-labelledby')!)!.textContent!
    for (const entry of launches)
      expect(alternative).toContain(`${entry.year}, ${entry.missiles}${entry.preliminary ? ' (preliminary)' : ''}`)
  })

  it('labels each bar with its year and value, including the zero year', () => {
    const years = svg.findAll('.launch-chart__year').map(text => text.text())
    const values = svg.findAll('.launch-chart__value').map(text => text.text())
    expect(years).toEqual(launches.map(entry => String(entry.year)))
    expect(values.map(value => Number.parseInt(value, 10))).toEqual(launches.map(entry => entry.missiles))
    expect(svg.findAll('rect.launch-chart__bar')).toHaveLength(launches.filter(entry => entry.missiles > 0).length)
  })

  it('notes the 2018 pause and marks the peak and the preliminary years', () => {
    expect(svg.get('.launch-chart__note').text()).toBe('2018: diplomacy, no launches')
    const peak = launches.reduce((top, entry) => (entry.missiles > top.missiles ? entry : top))
    expect(svg.get('.launch-chart__value--peak').text()).toBe(`${peak.missiles} (record)`)
    expect(svg.findAll('.launch-chart__prelim')).toHaveLength(launches.filter(entry => entry.preliminary).length)
    expect(svg.findAll('rect.launch-chart__bar--prelim')).toHaveLength(launches.filter(entry => entry.preliminary && entry.missiles > 0).length)
  })

  it('names the count rule and the source, with its citation', () => {
    const source = wrapper.get('.launch-chart__source')
    expect(source.text()).toContain(LAUNCH_COUNT_RULE)
    expect(source.text()).toContain(LAUNCH_SOURCE)
    expect(source.get('a').text()).toBe(`[${LAUNCH_FACT_ID}]`)
  })
})
