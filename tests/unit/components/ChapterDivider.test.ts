import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChapterDivider from '../../../components/ChapterDivider.vue'
import { events } from '../../../data/events.ts'
import { phases } from '../../../data/phases.ts'
import { chapterSpan, eventDatesOf, timelinePosition } from '../../../lib/chapters.ts'
import { global, SLIDE_NO } from './stubs.ts'

function divider(span?: string | [string, string]) {
  return mount(ChapterDivider, { props: { number: 2, total: 12, span }, slots: { default: '<h1>Escalation</h1>' }, global })
}

/** The highlighted box's left edge and width, in % of the 2017–2026 track. */
function highlightBox(wrapper: ReturnType<typeof divider>) {
  const style = wrapper.get('.chapter-divider__highlight').attributes('style')!
  const [left, width] = [/left: ([\d.]+)%/, /width: ([\d.]+)%/].map(pattern => Number(style.match(pattern)![1]))
  return { left: left!, width: width! }
}

describe('ChapterDivider', () => {
  it('shows the chapter number, its title and the phase colour', () => {
    const wrapper = divider('escalation')
    expect(wrapper.get('.chapter-divider__number').text()).toBe('Chapter 2 of 12')
    expect(wrapper.get('h1').text()).toBe('Escalation')
    expect(wrapper.classes()).toContain('phase-escalation')
  })

  it.each(phases.map(range => [range.phase, range] as const))('highlights the dates of the %s phase', (phase, range) => {
    const wrapper = divider(phase)
    const figure = wrapper.get('.chapter-divider__timeline')
    expect([figure.attributes('data-from'), figure.attributes('data-to')]).toEqual([range.start, range.end])
    const box = highlightBox(wrapper)
    expect(box.left).toBeCloseTo(timelinePosition(range.start), 5)
    expect(box.left + box.width).toBeCloseTo(timelinePosition(range.end), 5)
    // The phase band of the same phase is drawn at full strength, the others dimmed.
    expect(wrapper.findAll('.chapter-divider__band--current').map(band => band.classes())).toEqual([expect.arrayContaining([`phase-${phase}`])])
  })

  it('spans from the first to the last event named, and says so in words', () => {
    const wrapper = divider(['pyeongchang', 'singapore-summit'])
    const [from, to] = ['pyeongchang', 'singapore-summit'].map(id => events.find(event => event.id === id)!.date)
    expect(wrapper.get('.chapter-divider__timeline').attributes('data-from')).toBe(from)
    expect(wrapper.get('.chapter-divider__timeline').attributes('data-to')).toBe(to)
    expect(wrapper.get('.chapter-divider__span').text()).toBe('This chapter: Feb 2018 – Jun 2018')
    expect(wrapper.classes()).toContain('phase-escalation')
  })

  it('places the whole timeline from the first to the last day of the phases', () => {
    expect(timelinePosition(phases[0]!.start)).toBe(0)
    expect(timelinePosition(phases[phases.length - 1]!.end)).toBe(100)
    // 2017–2026 and a mark for every year.
    expect(divider('escalation').findAll('.chapter-divider__years li').map(year => year.text())).toEqual(
      ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'],
    )
  })

  it('marks every event of data/events.ts on the track', () => {
    expect(divider('escalation').findAll('.chapter-divider__tick')).toHaveLength(events.length)
  })

  it('highlights nothing for a chapter about the whole period', () => {
    const wrapper = divider()
    expect(wrapper.find('.chapter-divider__highlight').exists()).toBe(false)
    expect(wrapper.get('.chapter-divider__span').text()).toBe('This chapter: Across 2017–2026')
  })

  it('rejects a span that names no phase or event, and events in the wrong order', () => {
    const dates = eventDatesOf(events)
    expect(() => chapterSpan('escalaton', dates)).toThrow('"escalaton" is neither a phase')
    expect(() => chapterSpan(['singapore-summit', 'pyeongchang'], dates)).toThrow('swap them')
  })
})

describe('ChapterDivider with a mistyped span', () => {
  it('stops, naming the slide and the span', () => {
    expect(() => divider('summitri')).toThrow(`Chapter divider on slide ${SLIDE_NO}: span: "summitri" is neither a phase`)
  })
})
