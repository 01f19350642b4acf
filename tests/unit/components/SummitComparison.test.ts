import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SummitComparison from '../../../components/SummitComparison.vue'
import { SUMMIT_STEPS, summitRows } from '../../../data/summits.ts'
import { global } from './stubs.ts'

function revealed(step?: number) {
  return mount(SummitComparison, { props: step === undefined ? {} : { step }, global })
    .findAll('tbody tr')
    .map(row => row.attributes('aria-hidden') !== 'true' && !row.classes().includes('summits__row--hidden'))
}

describe('SummitComparison', () => {
  it('is a captioned table with one body row per data row and scoped headers', () => {
    const wrapper = mount(SummitComparison, { global })
    expect(wrapper.get('table caption').text()).not.toBe('')
    const columns = wrapper.findAll('thead th[scope="col"]').map(th => th.text())
    expect(columns).toHaveLength(2)
    expect(columns[0]).toMatch(/^Singapore \(.+ 2018\)$/)
    expect(columns[1]).toMatch(/^Hanoi \(.+ 2019\)$/)
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(summitRows.length)
    expect(SUMMIT_STEPS).toBe(summitRows.length)
    summitRows.forEach((data, index) => {
      const row = rows[index]!
      expect(row.get('th[scope="row"]').text()).toBe(data.label)
      const [singapore, hanoi] = row.findAll('td')
      expect(singapore!.text()).toContain(data.singapore.text)
      expect(hanoi!.text()).toContain(data.hanoi.text)
      expect(singapore!.findAll('a').map(a => a.text())).toEqual(data.singapore.cites.map(id => `[${id}]`))
      expect(hanoi!.findAll('a').map(a => a.text())).toEqual(data.hanoi.cites.map(id => `[${id}]`))
    })
  })

  it('hides every row at step 0, from sight and from assistive technology', () => {
    expect(revealed(0)).toEqual(summitRows.map(() => false))
  })

  it('reveals row i once step > i', () => {
    expect(revealed(2)).toEqual(summitRows.map((_, index) => index < 2))
  })

  it('shows every row by default (and in print, where $clicks is at its maximum)', () => {
    expect(revealed()).toEqual(summitRows.map(() => true))
    expect(revealed(SUMMIT_STEPS)).toEqual(summitRows.map(() => true))
  })

  it('keeps hidden rows in the DOM so the layout does not jump', () => {
    expect(mount(SummitComparison, { props: { step: 0 }, global }).findAll('tbody tr')).toHaveLength(summitRows.length)
  })
})
