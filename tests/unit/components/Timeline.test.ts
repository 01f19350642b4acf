import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import Timeline from '../../../components/Timeline.vue'
import { events, eventsBetween } from '../../../data/events.ts'
import { phases } from '../../../data/phases.ts'
import { formatDate } from '../../../lib/format.ts'
import { global } from './stubs.ts'

const phaseLabel = (phase: string) => phases.find(range => range.phase === phase)!.label

describe('Timeline, detailed (up to 12 events)', () => {
  const from = events[0]!.date
  const to = events[Math.min(5, events.length - 1)]!.date
  const expected = eventsBetween(from, to)

  it('lists each event in the range in order with its date, label and citation', () => {
    expect(expected.length).toBeLessThanOrEqual(12)
    const wrapper = mount(Timeline, { props: { from, to }, global })
    expect(wrapper.get('ol').classes()).toContain('timeline--detailed')
    const items = wrapper.findAll('.timeline__event')
    expect(items).toHaveLength(expected.length)
    expected.forEach((event, index) => {
      const item = items[index]!
      expect(item.get('time').attributes('datetime')).toBe(event.date)
      expect(item.get('time').text()).toBe(formatDate(event.date))
      expect(item.text()).toContain(event.label)
      expect(item.get('a').text()).toBe(`[${event.factId}]`)
    })
  })

  it('groups events under their phase, named in text', () => {
    const wrapper = mount(Timeline, { props: { from, to }, global })
    const groups = wrapper.findAll('.timeline__phase')
    const phasesShown = [...new Set(expected.map(event => event.phase))]
    expect(groups.map(group => group.get('.timeline__phase-label').text())).toEqual(phasesShown.map(phaseLabel))
    for (const group of groups) {
      const label = group.get('.timeline__phase-label').text()
      const phase = phases.find(range => range.label === label)!.phase
      expect(group.findAll('.timeline__event')).toHaveLength(expected.filter(event => event.phase === phase).length)
    }
  })
})

describe('Timeline, overview (more than 12 events)', () => {
  it('shows every phase with its event count and names its first and last events by default', () => {
    expect(events.length).toBeGreaterThan(12)
    const wrapper = mount(Timeline, { global })
    expect(wrapper.get('ol').classes()).toContain('timeline--overview')
    const groups = wrapper.findAll('.timeline__phase')
    const present = phases.filter(range => events.some(event => event.phase === range.phase))
    expect(groups).toHaveLength(present.length)
    present.forEach((range, index) => {
      const inPhase = events.filter(event => event.phase === range.phase)
      const group = groups[index]!
      expect(group.get('.timeline__phase-label').text()).toBe(range.label)
      expect(group.get('.timeline__phase-count').text()).toBe(`${inPhase.length} event${inPhase.length === 1 ? '' : 's'}`)
      const named = group.findAll('.timeline__event').map(item => item.get('time').attributes('datetime'))
      expect(named).toEqual([...new Set([inPhase[0]!, inPhase[inPhase.length - 1]!])].map(event => event.date))
    })
  })

  it('names the highlighted events instead when given', () => {
    const chosen = [events[1]!.id, events[events.length - 2]!.id]
    const wrapper = mount(Timeline, { props: { highlight: chosen }, global })
    const named = wrapper.findAll('.timeline__event').map(item => item.text())
    expect(named).toHaveLength(2)
    expect(named[0]).toContain(events[1]!.label)
    expect(named[1]).toContain(events[events.length - 2]!.label)
  })
})

describe('Timeline props', () => {
  it('rejects "from" after "to"', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Timeline, { props: { from: '2019-01-01', to: '2018-01-01' }, global }))
      .toThrow('Timeline: "from" (2019-01-01) is after "to" (2018-01-01); swap them.')
  })

  it('rejects a date that is not a real date', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Timeline, { props: { from: '2018-02-30' }, global })).toThrow('"from" must be a real date')
  })

  it('rejects a range without events', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Timeline, { props: { from: '1990-01-01', to: '1990-12-31' }, global })).toThrow('no events between 1990-01-01 and 1990-12-31')
  })

  it('rejects a highlight that is not an event in the range', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Timeline, { props: { highlight: ['no-such-event'] }, global })).toThrow('highlight "no-such-event"')
  })
})
