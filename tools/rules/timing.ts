// How long the class takes, from the "Timing: …" hint in each slide's speaker notes, and which slides
// the 50-minute class keeps. Pure functions over parsed slides, used by the deck tests, the
// teaching guide (session plans) and setup/preparser.ts (the 50-minute deck).

/** What the timing rules need of a slide (a DeckSlide of tools/shared/deck.ts fits). */
export interface TimedSlide {
  no: number
  title: string
  note: string
  frontmatter: Record<string, unknown>
  file: string
}

/** Frontmatter key: `optional: true` marks a slide the 50-minute class leaves out. */
export const OPTIONAL_KEY = 'optional'
/** Frontmatter key: `activity: <id from data/activities.ts>` marks the slide where an activity happens. */
export const ACTIVITY_KEY = 'activity'
/** Frontmatter key: `discussion: true` marks seminar questions (class time, not lecture). */
export const DISCUSSION_KEY = 'discussion'

/** The two class lengths the deck is timed for, with the most the lecture part may take in each. */
export const CLASS_LENGTHS = { 50: { total: 50, lectureCore: 40 }, 75: { total: 75, lectureCore: 75 } } as const
/** Activities and discussion in the full (75-minute) class take at least this long. */
export const MIN_INTERACTIVE_MINUTES = 15

const TIMING = /Timing:\s*(\d+(?:\.\d+)?)\s*(seconds?|minutes?)\b/i

/** The minutes a slide's notes give it ("Timing: 1.5 minutes." → 1.5, "Timing: 30 seconds." → 0.5). */
export function slideMinutes(note: string): number | undefined {
  const match = note.match(TIMING)
  if (!match)
    return undefined
  const value = Number(match[1])
  return match[2]!.toLowerCase().startsWith('second') ? value / 60 : value
}

export const isOptional = (slide: Pick<TimedSlide, 'frontmatter'>): boolean => slide.frontmatter[OPTIONAL_KEY] === true
export const isInteractive = (slide: Pick<TimedSlide, 'frontmatter'>): boolean =>
  typeof slide.frontmatter[ACTIVITY_KEY] === 'string' || slide.frontmatter[DISCUSSION_KEY] === true

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
    problems.push(`the 50-minute class takes ${short.total} minutes: mark more slides \`${OPTIONAL_KEY}: true\``)
  if (short.lectureCore > CLASS_LENGTHS[50].lectureCore)
    problems.push(`the 50-minute lecture core takes ${short.lectureCore} minutes, more than ${CLASS_LENGTHS[50].lectureCore}: mark more slides \`${OPTIONAL_KEY}: true\``)
  return problems
}

/** Minutes per chapter file, in deck order. */
export function minutesByChapter(slides: readonly TimedSlide[]): { file: string, minutes: number, slides: number }[] {
  const chapters = new Map<string, { minutes: number, slides: number }>()
  for (const slide of slides) {
    const entry = chapters.get(slide.file) ?? { minutes: 0, slides: 0 }
    entry.minutes += slideMinutes(slide.note) ?? 0
    entry.slides += 1
    chapters.set(slide.file, entry)
  }
  return [...chapters].map(([file, { minutes, slides }]) => ({ file, minutes: Math.round(minutes * 100) / 100, slides }))
}

/** The environment variable that selects the short class: CLASS_MINUTES=50. */
export const SHORT_CLASS_ENV = 'CLASS_MINUTES'

/** Whether the value of CLASS_MINUTES asks for the 50-minute class; any other value is a mistake. */
export function shortClassRequested(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '75')
    return false
  if (value === '50')
    return true
  throw new Error(`${SHORT_CLASS_ENV}=${value} is not a class length this deck is timed for: use 50 (npm run dev:50) or leave it unset for 75.`)
}

/** What a session plan gets wrong about the deck's chapters: each must be in exactly one block, and no block may name a missing file. */
export function planChapterProblems(plan: { id: string, blocks: readonly { chapters: readonly string[] }[] }, slides: readonly Pick<TimedSlide, 'file'>[]): string[] {
  const files = [...new Set(slides.map(slide => slide.file))]
  const planned = plan.blocks.flatMap(block => block.chapters)
  return [
    ...files.filter(file => !planned.includes(file)).map(file => `plan "${plan.id}": ${file} is in no block; add it to one in data/sessions.ts`),
    ...[...new Set(planned)].filter(file => planned.indexOf(file) !== planned.lastIndexOf(file)).map(file => `plan "${plan.id}": ${file} is in more than one block`),
    ...planned.filter(file => !files.includes(file)).map(file => `plan "${plan.id}": ${file} is not a chapter of the deck`),
  ]
}
