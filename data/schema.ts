// The shape of every data module. Node side only: data/check.ts validates the modules with these
// schemas from the unit tests and from the build (vite.config.ts), so a malformed entry fails both
// with a message naming the module, the entry and the field. The data modules themselves import
// only the inferred types (`import type`), which keeps zod out of the browser bundle.
import { z } from 'zod'
import { isIsoDate } from './dates'

/** A fact id from ../shared/facts.md, e.g. ESC-04, T2-07, PRA-05, NUM-01. */
export const factId = z.string().regex(/^(?:ESC|RTS|SGP|BTW|HAN|AFT|T2|PRA|HR|DEB|NUM)-\d{2}$/, 'must be a fact id like ESC-04')

/** A calendar date, local to where the event happened. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2018-06-12').refine(isIsoDate, 'is not a real calendar date')

/** Where the pack flags a US/Korea calendar difference, the zone of the date given. */
export const timeZone = z.enum(['KST', 'SGT', 'ICT', 'ET', 'UTC', 'PYT'])

const nonEmpty = z.string().trim().min(1, 'must not be empty')

export const sourceLink = z.object({
  outlet: nonEmpty,
  url: z.url({ protocol: /^https?$/ }),
})

/** A date as precise as the pack gives it: 2018-06-12, 2018-07 (month) or 2024 (year). */
export const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date like 2018-06-12, 2018-07 or 2024')
  .refine(value => value.length < 10 ? Number(value.slice(5, 7) || '1') >= 1 && Number(value.slice(5, 7) || '1') <= 12 : isIsoDate(value), 'is not a real calendar date')

/** The pack's reliability tags (facts.md, "How to read this sheet"). */
export const sourceTag = z.enum(['weakly sourced', 'single report', 'translation varies'])

export const bibliographyEntry = z.object({
  id: factId,
  /** As precise as the pack gives it; never a day the pack does not state. */
  date: partialDate,
  /** For facts that span a period: its end, as precise as the pack gives it. */
  until: partialDate.optional(),
  /** The pack's tags on this fact as the deck uses it: a 'weakly sourced' fact is never cited alone,
   *  a 'single report' is marked wherever cited, 'translation varies' matches its quotations. */
  tags: z.array(sourceTag).optional(),
  /** A part of the fact the pack tags weak, which the deck leaves out (neither listed nor claimed). */
  weakLeftOut: nonEmpty.optional(),
  /** A one-line paraphrase of what the fact says, in our own words. */
  summary: nonEmpty,
  sources: z.array(sourceLink).min(1, 'needs at least one source'),
})

export const quote = z.object({
  id: z.string().regex(/^(?:ESC|RTS|SGP|BTW|HAN|AFT|T2|PRA|HR|DEB|NUM)-\d{2}(?:-[b-z])?$/, 'must be a fact id, optionally with -b, -c…'),
  factId,
  speaker: nonEmpty,
  date: isoDate,
  tz: timeZone.optional(),
  occasion: nonEmpty,
  text: nonEmpty,
  /** The pack notes more than one English rendering of the original. */
  translationVaries: z.boolean().optional(),
})

export const phase = z.enum(['escalation', 'summitry', 'stall', 'second-term'])

export const timelineEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  date: isoDate,
  tz: timeZone.optional(),
  label: nonEmpty.max(60, 'keep timeline labels under 60 characters'),
  phase,
  factId,
})

export const citedText = z.object({
  text: nonEmpty,
  cites: z.array(factId).min(1, 'needs at least one citation'),
})

export const summitRow = z.object({
  label: nonEmpty,
  singapore: citedText,
  hanoi: citedText,
})

/** What kind of commentary an argument rests on, labelled the same way on both sides. */
export const commentaryKind = z.enum(['opinion', 'analysis', 'report'])

export const argument = z.object({
  claim: nonEmpty,
  kind: commentaryKind,
  evidence: nonEmpty,
  cites: z.array(factId).min(1, 'needs at least one citation'),
})

export const debatePair = z.object({
  topic: nonEmpty,
  critic: argument,
  supporter: argument,
})

export const launchYear = z.object({
  year: z.number().int().min(2016).max(2026),
  missiles: z.number().int().min(0),
  launchDays: z.number().int().min(0),
  preliminary: z.boolean(),
})

export const warheadMethod = z.enum(['buildable', 'assembled'])

export const warheadEstimate = z.object({
  year: z.number().int().min(2017).max(2026),
  method: warheadMethod,
  low: z.number().int().min(0),
  high: z.number().int().min(0),
  /** Assembled estimates: the warheads the fissile material would allow, as the pack words it. */
  materialFor: nonEmpty.optional(),
}).refine(row => row.low <= row.high, { message: 'low is above high', path: ['high'] })

export const phaseRange = z.object({
  phase,
  label: nonEmpty,
  start: isoDate,
  end: isoDate,
}).refine(range => range.start <= range.end, { message: 'end is before start', path: ['end'] })

export type FactId = z.infer<typeof factId>
export type SourceLink = z.infer<typeof sourceLink>
export type BibliographyEntry = z.infer<typeof bibliographyEntry>
export type Quote = z.infer<typeof quote>
export type Phase = z.infer<typeof phase>
export type PhaseRange = z.infer<typeof phaseRange>
export type TimelineEvent = z.infer<typeof timelineEvent>
export type CitedText = z.infer<typeof citedText>
export type SummitRow = z.infer<typeof summitRow>
export type Argument = z.infer<typeof argument>
export type DebatePair = z.infer<typeof debatePair>
export type SourceTag = z.infer<typeof sourceTag>
export type CommentaryKind = z.infer<typeof commentaryKind>
export type WarheadMethod = z.infer<typeof warheadMethod>
export type WarheadEstimate = z.infer<typeof warheadEstimate>
export type LaunchYear = z.infer<typeof launchYear>
