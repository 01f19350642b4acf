// The one list of frontmatter keys the deck knows (the YAML between a slide's `---` lines), what each
// must hold, and the type of a slide's frontmatter derived from it. The frontmatter rule
// (tools/rules/frontmatter.ts) validates every slide against it; the model types `slide.frontmatter`.
import type { Frontmatter } from '@slidev/types'
import type { ChapterSpanSpec } from '../../lib/chapters.ts'
import { activities } from '../../data/activities.ts'
import { events } from '../../data/events.ts'
import { phases } from '../../data/phases.ts'
import { VERIFIED_LINE } from '../../data/status.ts'
import { chapterSpan, eventDatesOf } from '../../lib/chapters.ts'

export interface KeyContext {
  /** Layouts a slide may use */
  layouts: readonly string[]
}

export interface KeyRule<Value = unknown> {
  /** What a valid value looks like, e.g. "a whole number of click steps, like clicks: 2" */
  expect: string
  /** Whether the value is valid; keys without it take any value */
  valid?: (value: unknown, context: KeyContext) => value is Value
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isString = (value: unknown): value is string => typeof value === 'string'
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0
const any = (expect: string): KeyRule => ({ expect })

function isSpan(value: unknown): value is ChapterSpanSpec {
  const spec = typeof value === 'string' || (Array.isArray(value) && value.length === 2 && value.every(isString)) ? value as ChapterSpanSpec : undefined
  try {
    return spec !== undefined && Boolean(chapterSpan(spec, eventDatesOf(events)))
  }
  catch {
    return false
  }
}

/** The keys this deck adds; slide-top.vue, the chapter divider, the timing and the rules read them. */
const DECK_KEYS = {
  verified: { expect: `true or false (true: a slide about the present; the footer shows "${VERIFIED_LINE}", the date in data/status.ts)`, valid: isBoolean },
  optional: { expect: 'true or false (true: a slide the 50-minute class skips; tools/rules/timing.ts)', valid: isBoolean },
  activity: { expect: `the id of an activity in data/activities.ts (${activities.map(a => a.id).join(', ')})`, valid: (value): value is string => activities.some(a => a.id === value) },
  discussion: { expect: 'true or false (true: seminar questions, counted as class work in the timing)', valid: isBoolean },
  span: { expect: `a phase (${phases.map(range => range.phase).join(', ')}), an event id, or [first-event-id, last-event-id] in order, from data/events.ts`, valid: isSpan },
} satisfies Record<string, KeyRule<any>>

/** Slidev's per-slide keys (its `Frontmatter` type: the compiler keeps this list complete). */
const SLIDEV_KEYS = {
  layout: { expect: 'the name of a layout', valid: (value, { layouts }): value is string => typeof value === 'string' && layouts.includes(value) },
  class: any('CSS classes'),
  clicks: { expect: 'a whole number of click steps, like clicks: 2', valid: isCount },
  clicksStart: { expect: 'a whole number, like clicksStart: 1', valid: isCount },
  preload: { expect: 'true or false', valid: isBoolean },
  hide: { expect: 'true or false', valid: isBoolean },
  disabled: { expect: 'true or false', valid: isBoolean },
  hideInToc: { expect: 'true or false', valid: isBoolean },
  title: { expect: 'text', valid: isString },
  level: { expect: 'a heading level from 1 to 6', valid: (value): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 },
  routeAlias: { expect: 'text without spaces, like routeAlias: sources-1', valid: (value): value is string => typeof value === 'string' && /^[\w-]+$/.test(value) },
  zoom: { expect: 'a number, like zoom: 0.9', valid: (value): value is number => typeof value === 'number' && value > 0 },
  clickAnimation: { expect: 'text', valid: isString },
  dragPos: any('positions of draggable elements'),
  src: { expect: 'the path of a Markdown file, like src: ./pages/04-singapore.md', valid: isString },
  transition: any('a transition name'),
} satisfies Record<keyof Frontmatter, KeyRule<any>>

const KEYS = { ...SLIDEV_KEYS, ...DECK_KEYS }

/** Keys the deck no longer reads, and what to write instead: the build names them, with the fix. */
export const RETIRED_KEYS: Readonly<Record<string, string>> = {
  asOf: 'write verified: true instead; the footer takes the date from VERIFIED_THROUGH in data/status.ts, the one place to move it.',
}

/** Every frontmatter key the deck knows, and what its value must be. */
export const FRONTMATTER_KEYS: Readonly<Record<string, KeyRule>> = KEYS

type ValueOf<Rule> = Rule extends { valid: (value: unknown, context: KeyContext) => value is infer Value } ? Value : unknown

/** A slide's frontmatter as the rules let it through: each known key with its type; other keys are layout props. */
export type SlideFrontmatter = { [Key in keyof typeof KEYS]?: ValueOf<typeof KEYS[Key]> } & Record<string, unknown>
