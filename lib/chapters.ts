// The span of years a chapter covers, for its divider's 2017–2026 timeline (ChapterDivider.vue).
// A chapter names its span in the frontmatter of its first slide, by phase or by events, so the
// dates themselves stay in data/phases.ts and data/events.ts (the divider gets the events' dates
// alone, from virtual:deck/event-dates, not the whole event list):
//   span: escalation                              (a phase from data/phases.ts)
//   span: [pyeongchang, singapore-summit]         (first and last event id from data/events.ts)
import type { Phase, TimelineEvent } from '../data/schema.ts'
import { phaseOf, phases } from '../data/phases.ts'
import { positionBetween } from './timeline-position.ts'

export type ChapterSpanSpec = string | readonly [string, string]

export interface ChapterSpan {
  from: string
  to: string
  /** The phase the span starts in: it gives the divider its colour. */
  phase: Phase
}

/** The whole timeline, first day of the first phase to the last day of the last. */
export const TIMELINE = { from: phases[0]!.start, to: phases[phases.length - 1]!.end }

/** Event id → date (YYYY-MM-DD): all a divider needs of data/events.ts. */
export type EventDates = Readonly<Record<string, string>>

export function eventDatesOf(events: readonly Pick<TimelineEvent, 'id' | 'date'>[]): EventDates {
  return Object.fromEntries(events.map(event => [event.id, event.date]))
}

function eventDate(id: string, dates: EventDates): string {
  const date = Object.hasOwn(dates, id) ? dates[id] : undefined
  if (!date)
    throw new Error(`"${id}" is neither a phase (${phases.map(range => range.phase).join(', ')}) nor an event id in data/events.ts`)
  return date
}

/** Resolves a chapter's `span:` to dates; throws a message naming what is wrong. */
export function chapterSpan(spec: ChapterSpanSpec, dates: EventDates): ChapterSpan {
  if (typeof spec === 'string') {
    const range = phases.find(candidate => candidate.phase === spec)
    if (range)
      return { from: range.start, to: range.end, phase: range.phase }
    const date = eventDate(spec, dates)
    return { from: date, to: date, phase: phaseOf(date) }
  }
  const [from, to] = [eventDate(spec[0], dates), eventDate(spec[1], dates)]
  if (from > to)
    throw new Error(`span: "${spec[0]}" (${from}) comes after "${spec[1]}" (${to}); swap them`)
  return { from, to, phase: phaseOf(from) }
}

/** Where a date falls on the whole timeline, 0–100 %. */
export function timelinePosition(date: string): number {
  return positionBetween(date, TIMELINE.from, TIMELINE.to)
}

/** What the agenda needs of a Slidev slide route (useNav().slides). */
export interface ChapterRoute {
  no: number
  meta: { slide: { frontmatter: Record<string, unknown>, title?: string } }
}

/** A chapter as the agenda lists it: the slide its divider is on, and its name. */
export interface ChapterEntry {
  no: number
  name: string
}

/** A divider's title up to its first colon: "The debate: did … work?" → "The debate". */
export function chapterName(title: string): string {
  return title.split(/:\s/, 1)[0]!.trim()
}

/** The chapters in slide order: every `layout: section` slide opens one (the cover is not a chapter). */
export function chaptersOf(routes: readonly ChapterRoute[]): ChapterEntry[] {
  return routes
    .filter(route => route.meta.slide.frontmatter.layout === 'section')
    .map(route => ({ no: route.no, name: chapterName(route.meta.slide.title ?? '') || `Slide ${route.no}` }))
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']

/** A count as prose writes it: 13 → "thirteen"; figures above twenty. */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count)
}
