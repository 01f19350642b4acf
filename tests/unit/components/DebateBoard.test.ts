import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import DebateBoard from '../../../components/DebateBoard.vue'
import { DEBATE_STEPS, debatePairs } from '../../../data/debate.ts'
import { global } from './stubs.ts'

interface Props { step?: number, from?: number, to?: number }

function revealed(props: Props) {
  return mount(DebateBoard, { props, global })
    .findAll('tbody tr')
    .map(row => row.attributes('aria-hidden') !== 'true' && !row.classes().includes('debate__row--hidden'))
}

describe('DebateBoard', () => {
  it('puts critics and supporters in two headed columns, a pair per row', () => {
    const wrapper = mount(DebateBoard, { global })
    expect(wrapper.get('table caption').text()).not.toBe('')
    expect(wrapper.findAll('thead th[scope="col"]').map(th => th.text())).toEqual(['Topic', 'Critics', 'Supporters'])
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(debatePairs.length)
    expect(DEBATE_STEPS).toBe(debatePairs.length)
    debatePairs.forEach((pair, index) => {
      const row = rows[index]!
      expect(row.get('th[scope="row"]').text()).toBe(pair.topic)
      const [critic, supporter] = row.findAll('td')
      for (const [cell, side] of [[critic!, pair.critic], [supporter!, pair.supporter]] as const) {
        expect(cell.get('strong').text()).toBe(side.claim)
        expect(cell.text()).toContain(side.evidence)
        expect(cell.findAll('a').map(a => a.text())).toEqual(side.cites.map(id => `[${id}]`))
      }
      expect(critic!.classes()).toContain('debate__cell--critic')
      expect(supporter!.classes()).toContain('debate__cell--supporter')
    })
  })

  it('hides every pair at step 0, from sight and from assistive technology', () => {
    expect(revealed({ step: 0 })).toEqual(debatePairs.map(() => false))
  })

  it('reveals both sides of pair i together once step > i', () => {
    expect(revealed({ step: 2 })).toEqual(debatePairs.map((_, index) => index < 2))
  })

  it('shows every pair by default', () => {
    expect(revealed({})).toEqual(debatePairs.map(() => true))
  })

  it('shows a subset, counting steps within it', () => {
    const wrapper = mount(DebateBoard, { props: { from: 1, to: 3, step: 1 }, global })
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(row => row.get('th').text())).toEqual(debatePairs.slice(1, 3).map(pair => pair.topic))
    expect(rows.map(row => row.attributes('aria-hidden'))).toEqual([undefined, 'true'])
  })

  it.each([[-1, 2], [2, 2], [0, DEBATE_STEPS + 1], [3, 1]])('rejects the range from=%i to=%i', (from, to) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(DebateBoard, { props: { from, to }, global })).toThrow(`DebateBoard: pairs ${from}–${to}`)
  })
})
