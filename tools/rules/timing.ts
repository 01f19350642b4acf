// How long the class takes, from the "Timing: …" hint in each slide's speaker notes, and which slides
// the 50-minute class keeps. Pure functions over parsed slides, used by the deck tests, the
// teaching guide (session plans) and setup/preparser.ts (the 50-minute deck).
import type { DeckSlide } from '../shared/deck.ts'
import type { Rule } from './problems.ts'
import { sessionPlans } from '../../data/sessions.ts'

/** What the timing rules need of a slide. */
export type TimedSlide = Pick<DeckSlide, 'no' | 'title' | 'note' | 'frontmatter' | 'file'>

/** The two class lengths the deck is timed for, with the most the lecture part may take in each. */
const CLASS_LENGTHS = { 50: { total: 50, lectureCore: 40 }, 75: { total: 75, lectureCore: 75 } } as const
/** Activities and discussion in the full (75-minute) class take at least this long. */
const MIN_INTERACTIVE_MINUTES = 15

const TIMING = /Timing:\s*(\d+(?:\.\d+)?)\s*(seconds?|minutes?)\b/i

/** The minutes a slide's notes give it ("Timing: 1.5 minutes." → 1.5, "Timing: 30 seconds." → 0.5). */
export function slideMinutes(note: string): number | undefined {
  const match = note.match(TIMING)
  if (!match)
    return undefined
  const value = Number(match[1])
  return match[2]!.toLowerCase().startsWith('second') ? value / 60 : value
}

/** `optional: true` marks a slide the 50-minute class leaves out. */
export const isOptional = (slide: Pick<TimedSlide, 'frontmatter'>): boolean => slide.frontmatter.optional === true
/** `activity: <id>` (an activity of data/activities.ts) and `discussion: true` (seminar questions) are class work. */
export function isInteractive(slide: Pick<TimedSlide, 'frontmatter'>): boolean {
  return typeof slide.frontmatter.activity === 'string' || slide.frontmatter.discussion === true
}

export interface TimingSum {
  /** All minutes, lecture and class work. */
  total: number
  /** Minutes of slides the lecturer talks through. */
  lectureCore: number
  /** Minutes of activities and seminar discussion. */
  interactive: number
  slides: number
}

/** Adds up the timing hints; throws naming every slide without one. */
export function sumTiming(slides: readonly TimedSlide[]): TimingSum {
  const missing = slides.filter(slide => slideMinutes(slide.note) === undefined)
  if (missing.length) {
    throw new Error(`These slides have no "Timing: N minutes." line in their notes: ${
      missing.map(slide => `slide ${slide.no} (${slide.file}) "${slide.title}"`).join('; ')}`)
  }
  let lectureCore = 0
  let interactive = 0
  for (const slide of slides) {
    const minutes = slideMinutes(slide.note)!
    if (isInteractive(slide))
      interactive += minutes
    else
      lectureCore += minutes
  }
  const round = (n: number) => Math.round(n * 100) / 100
  return { total: round(lectureCore + interactive), lectureCore: round(lectureCore), interactive: round(interactive), slides: slides.length }
}

/** The slides the 50-minute class shows: every slide not marked optional, in deck order. */
export function shortClassSlides<S extends TimedSlide>(slides: readonly S[]): S[] {
  return slides.filter(slide => !isOptional(slide))
}

/** What is wrong with the timing of the full and the short class (empty when both fit). */
export function timingProblems(slides: readonly TimedSlide[]): string[] {
  const problems: string[] = []
  const full = sumTiming(slides)
  const short = sumTiming(shortClassSlides(slides))
  if (full.total > CLASS_LENGTHS[75].total)
    problems.push(`the full class takes ${full.total} minutes, more than ${CLASS_LENGTHS[75].total}: shorten timing hints or cut slides`)
  if (full.interactive < MIN_INTERACTIVE_MINUTES)
    problems.push(`activities and discussion take ${full.interactive} minutes, fewer than ${MIN_INTERACTIVE_MINUTES}`)
  if (short.total > CLASS_LENGTHS[50].total)
    problems.push(`the 50-minute class takes ${short.total} minutes: mark more slides \`optional: true\``)
  if (short.lectureCore > CLASS_LENGTHS[50].lectureCore)
    problems.push(`the 50-minute lecture core takes ${short.lectureCore} minutes, more than ${CLASS_LENGTHS[50].lectureCore}: mark more slides \`optional: true\``)
  return problems
}

/** What a session plan gets wrong about the deck's chapters: each must be in exactly one block, and no block may name a missing chapter. */
export function planChapterProblems(plan: { id: string, blocks: readonly { chapters: readonly string[] }[] }, slides: readonly Pick<DeckSlide, 'chapter'>[]): string[] {
  const ids = [...new Set(slides.map(slide => slide.chapter.id))]
  const planned = plan.blocks.flatMap(block => block.chapters)
  return [
    ...ids.filter(id => !planned.includes(id)).map(id => `plan "${plan.id}": chapter ${id} is in no block; add it to one in data/sessions.ts`),
    ...[...new Set(planned)].filter(id => planned.indexOf(id) !== planned.lastIndexOf(id)).map(id => `plan "${plan.id}": chapter ${id} is in more than one block`),
    ...planned.filter(id => !ids.includes(id)).map(id => `plan "${plan.id}": ${id} is not a chapter id of the deck (${ids.join(', ')})`),
  ]
}

/** Every slide has a timing hint, and the full and the short class fit their lengths. */
export const timingRule: Rule = {
  name: 'timing',
  severity: 'warning',
  check: (deck) => {
    const missing = deck.slides.filter(slide => slideMinutes(slide.note) === undefined)
    if (missing.length) {
      return missing.map(slide => ({
        file: slide.file,
        line: slide.bodyLine,
        slide: { no: slide.no, title: slide.title },
        problem: 'the speaker notes have no "Timing: N minutes." line, so the class length cannot be added up.',
        fix: 'end the notes with "Timing: N minutes." (or "Timing: 30 seconds.").',
      }))
    }
    return timingProblems(deck.slides).map(problem => ({ file: 'slides.md', line: 1, problem: `${problem}.`, fix: 'change the timing hints in the notes, or which slides are optional: true.' }))
  },
}

/** Every chapter of the deck is in exactly one block of each session plan. */
export const sessionPlanRule: Rule = {
  name: 'session plans',
  severity: 'warning',
  check: deck => sessionPlans.flatMap(plan => planChapterProblems(plan, deck.slides))
    .map(problem => ({ file: 'data/sessions.ts', line: 1, problem: `${problem}.`, fix: 'name each chapter id once per plan in data/sessions.ts.' })),
}
