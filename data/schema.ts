// The shape of every data module. Node side only: data/check.ts validates the modules with these
// schemas from the unit tests and from the build (vite.config.ts), so a malformed entry fails both
// with a message naming the module, the entry and the field. The data modules themselves import
// only the inferred types (`import type`), which keeps zod out of the browser bundle.
import { z } from 'zod'
import { isIsoDate } from './dates.ts'

/** A fact id from ../shared/facts.md, e.g. ESC-04, T2-07, PRA-05, NUM-01, or ESC-07b (a fact the pack adds to another). */
const factId = z.string().regex(/^(?:ESC|RTS|SGP|BTW|HAN|AFT|T2|PRA|HR|DEB|NUM)-\d{2}[a-z]?$/, 'must be a fact id like ESC-04')

/** A calendar date, local to where the event happened. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2018-06-12').refine(isIsoDate, 'is not a real calendar date')

/** Where the pack flags a US/Korea calendar difference, the zone of the date given. */
const timeZone = z.enum(['KST', 'SGT', 'ICT', 'ET', 'UTC', 'PYT'])

const nonEmpty = z.string().trim().min(1, 'must not be empty')

const sourceLink = z.object({
  outlet: nonEmpty,
  url: z.url({ protocol: /^https?$/ }),
})

/** A date as precise as the pack gives it: 2018-06-12, 2018-07 (month) or 2024 (year). */
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date like 2018-06-12, 2018-07 or 2024').refine(value => value.length < 10 ? Number(value.slice(5, 7) || '1') >= 1 && Number(value.slice(5, 7) || '1') <= 12 : isIsoDate(value), 'is not a real calendar date')

/** The pack's reliability tags (facts.md, "How to read this sheet"). */
const sourceTag = z.enum(['weakly sourced', 'single report', 'translation varies'])

/** A tag the pack puts on one detail of a fact, not on the whole fact (e.g. SGP-11's one dog tag). */
const partTag = z.object({
  tag: sourceTag,
  /** the detail, as a reader would name it: "one dog tag" */
  part: nonEmpty,
  /** words that show a text uses the detail (matched case-insensitively): ["dog tag"] */
  mentions: z.array(nonEmpty).min(1, 'needs at least one word that marks the detail'),
})

export const bibliographyEntry = z.object({
  id: factId,
  /** As precise as the pack gives it; never a day the pack does not state. */
  date: partialDate,
  /** For facts that span a period: its end, as precise as the pack gives it. */
  until: partialDate.optional(),
  /**
   * The pack's tags on the whole fact: a 'weakly sourced' fact is never cited alone, a 'single
   *  report' is marked wherever cited, 'translation varies' matches its quotations.
   */
  tags: z.array(sourceTag).optional(),
  /**
   * The pack's tags on one detail of the fact (tools/rules/part-tags.ts): a text that uses a
   *  single-report detail shows "(single report)" beside it; a weakly sourced detail (its source is
   *  left out of `sources`) is used only beside a second citation.
   */
  partTags: z.array(partTag).optional(),
  /** The publication date the pack states for the cited piece (commentary); `date` then equals it. */
  published: partialDate.optional(),
  /**
   * Where the pack gives no publication date: what `date` is instead, e.g. "the June 2018 Singapore
   *  summit"; the Sources chapter shows "about …" in place of the date.
   */
  about: nonEmpty.optional(),
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

const phase = z.enum(['escalation', 'summitry', 'stall', 'second-term'])

/** What kind of event it is; the timeline shows an icon and this word beside it. */
const eventKind = z.enum(['weapons', 'meeting', 'statement', 'sanctions', 'action'])

export const timelineEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  date: isoDate,
  tz: timeZone.optional(),
  label: nonEmpty.max(60, 'keep timeline labels under 60 characters'),
  phase,
  kind: eventKind,
  factId,
})

/** The maps: the Korean peninsula with its borders, the region from Singapore to Korea, and Japan with the Pacific east of it. */
export const mapView = z.enum(['peninsula', 'region', 'japan'])

/** [longitude, latitude] in degrees. */
const coordinates = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
const placeId = z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case')

export const place = z.object({
  id: placeId,
  name: nonEmpty.max(24, 'keep place names under 24 characters'),
  view: mapView,
  coordinates,
  /** What happened there, one line. */
  what: nonEmpty.max(80, 'keep what happened under 80 characters'),
  factId,
  /** Where the name goes beside the dot when the place is highlighted; right unless it would collide. */
  label: z.enum(['left', 'right', 'above', 'below']).optional(),
})

/** A missile's flight as the pack states it: where it started, what it flew over, where it fell. */
export const flight = z.object({
  id: placeId,
  view: mapView,
  /** The launch day, local (KST). */
  date: isoDate,
  missile: nonEmpty,
  /** The place (data/places.ts, same view) it was launched from. */
  launchSite: placeId,
  /** What the pack says it flew over, and a point there the line is drawn through. */
  over: z.object({ name: nonEmpty, coordinates }),
  /** Where it fell: approximate, since the pack gives a distance from a place, not coordinates. */
  impact: coordinates,
  /** The distance from a place (data/places.ts, same view) the pack gives for where it fell. */
  fellEastOf: z.object({ place: placeId, km: z.number().int().positive() }),
  /** The distance flown, as the pack rounds it ("about 2,700 km"). */
  distanceKm: z.number().int().positive(),
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
const commentaryKind = z.enum(['opinion', 'analysis', 'report'])

const argument = z.object({
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

const warheadMethod = z.enum(['buildable', 'assembled'])

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

export type BibliographyEntry = z.infer<typeof bibliographyEntry>
export type Quote = z.infer<typeof quote>
export type Phase = z.infer<typeof phase>
export type PhaseRange = z.infer<typeof phaseRange>
export type TimelineEvent = z.infer<typeof timelineEvent>
export type EventKind = z.infer<typeof eventKind>
export type MapView = z.infer<typeof mapView>
export type Place = z.infer<typeof place>
export type Flight = z.infer<typeof flight>
export type CitedText = z.infer<typeof citedText>
export type SummitRow = z.infer<typeof summitRow>
export type DebatePair = z.infer<typeof debatePair>
export type SourceTag = z.infer<typeof sourceTag>
export type PartTag = z.infer<typeof partTag>
export type WarheadMethod = z.infer<typeof warheadMethod>
export type WarheadEstimate = z.infer<typeof warheadEstimate>
export type LaunchYear = z.infer<typeof launchYear>

// ─── Teaching kit (issue 15): glossary, readings, activities, session plans, assessment bank ───

const kebabId = z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case')

export const glossaryTerm = z.object({
  id: kebabId,
  term: nonEmpty,
  /** The words an abbreviation stands for (CVID → complete, verifiable and irreversible denuclearization). */
  expansion: nonEmpty.optional(),
  /** In our own words; short enough for a glossary slide. */
  definition: nonEmpty.refine(text => text.split(/\s+/).length <= 30, 'keep definitions to 30 words'),
  /** The facts that support what the definition says about events. Empty only with checkBeforeTeaching. */
  cites: z.array(factId),
  /** For a term the fact pack does not cover: what the lecturer should verify. */
  checkBeforeTeaching: nonEmpty.optional(),
}).refine(term => term.cites.length > 0 || term.checkBeforeTeaching, { message: 'needs a citation or a checkBeforeTeaching note', path: ['cites'] })

export const reading = z.object({
  id: kebabId,
  title: nonEmpty,
  /** Who issued or spoke the text. */
  author: nonEmpty,
  date: isoDate,
  /** primary: the document itself; near-primary: a transcript or full text carried by a news outlet. */
  kind: z.enum(['primary', 'near-primary']),
  /** Where to read it: one of the outlets the bibliography (data/sources.ts) lists for fact `cite`. */
  link: z.object({ cite: factId, outlet: nonEmpty }),
  whatToRead: nonEmpty,
  guidingQuestion: nonEmpty.regex(/\?$/, 'a guiding question ends with "?"'),
  minutes: z.number().int().min(5).max(60),
  cites: z.array(factId).min(1, 'needs at least one citation'),
})

export const activity = z.object({
  id: kebabId,
  title: nonEmpty,
  minutes: z.number().int().min(3).max(20),
  aims: z.array(nonEmpty).min(1),
  /** Steps for the lecturer, in order. */
  instructions: z.array(nonEmpty).min(2),
  materials: z.array(nonEmpty).min(1),
  debrief: z.array(nonEmpty).min(1),
  /** What students see on the activity slide: one task and at most three steps. */
  slideTask: nonEmpty.refine(text => text.split(/\s+/).length <= 30, 'keep the slide task to 30 words'),
  slideSteps: z.array(nonEmpty).min(1).max(3),
  cites: z.array(factId).min(1, 'needs at least one citation'),
  /** Readings (data/readings.ts) the activity builds on. */
  readings: z.array(kebabId),
})

const sessionBlock = z.object({
  label: nonEmpty,
  /** Chapter files whose slides the block covers, e.g. pages/04-singapore.md; minutes come from the notes' timing. */
  chapters: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be a chapter id: cover (slides.md), or a chapter file name without its number, like singapore for pages/04-singapore.md')).min(1),
  /** A question to pause for at the end of the block. */
  pauseFor: nonEmpty.optional(),
})

export const sessionPlan = z.object({
  id: z.enum(['50-minutes', '75-minutes']),
  minutes: z.union([z.literal(50), z.literal(75)]),
  title: nonEmpty,
  /** True for the short class: slides marked `optional: true` are left out. */
  skipsOptional: z.boolean(),
  blocks: z.array(sessionBlock).min(3),
  /** What to cut, in order, when time runs short. */
  ifShortOfTime: z.array(nonEmpty).min(1),
})

const feedback = nonEmpty
const choice = z.object({ text: nonEmpty, correct: z.boolean(), feedback })

const multipleChoice = z.object({
  id: z.string().regex(/^mcq-\d{2}$/, 'must be mcq-NN'),
  kind: z.literal('multiple-choice'),
  stem: nonEmpty,
  choices: z.array(choice).min(3).max(5),
  cites: z.array(factId).min(1, 'needs at least one citation'),
}).refine(q => q.choices.filter(c => c.correct).length === 1, { message: 'needs exactly one correct choice', path: ['choices'] })

const shortAnswer = z.object({
  id: z.string().regex(/^sa-\d{2}$/, 'must be sa-NN'),
  kind: z.literal('short-answer'),
  stem: nonEmpty,
  /** Answers a platform accepts (case-insensitive, exact); the first is the one the key prints. */
  accepted: z.array(nonEmpty.refine(text => text.split(/\s+/).length <= 4, 'an accepted answer is at most four words')
    // GIFT has no escape for ">" in an answer ("->" makes Moodle read a matching question), and
    // platforms compare answers literally, so an HTML entity would never match what a student types.
    .refine(text => !/[<>&]/.test(text), 'an accepted answer may not contain <, > or & (GIFT and the platforms cannot match them reliably): write the words out')).min(1),
  /** Why it is right: shown as feedback and in the answer key. */
  explanation: nonEmpty,
  cites: z.array(factId).min(1, 'needs at least one citation'),
})

const essayPrompt = z.object({
  id: z.string().regex(/^essay-\d{2}$/, 'must be essay-NN'),
  kind: z.literal('essay'),
  stem: nonEmpty,
  /** Expected length in words, shown to students in every format. */
  words: z.number().int().min(300),
  /** What the essay is worth on every platform: the marking guide's total. */
  marks: z.number().int().min(1),
  /** Marking guide: criteria with the marks each carries. */
  criteria: z.array(z.object({ criterion: nonEmpty, marks: z.number().int().min(1), lookFor: nonEmpty })).min(3),
  /** Evidence a strong answer uses, with the facts behind it. */
  evidence: z.array(z.object({ point: nonEmpty, cites: z.array(factId).min(1) })).min(4),
  cites: z.array(factId).min(1, 'needs at least one citation'),
}).refine(q => q.marks === q.criteria.reduce((sum, c) => sum + c.marks, 0), { message: 'must equal the marking guide\'s total (add up the criteria\'s marks)', path: ['marks'] })

export const question = z.union([multipleChoice, shortAnswer, essayPrompt])

export type GlossaryTerm = z.infer<typeof glossaryTerm>
export type Reading = z.infer<typeof reading>
export type Activity = z.infer<typeof activity>
export type SessionPlan = z.infer<typeof sessionPlan>
export type MultipleChoice = z.infer<typeof multipleChoice>
export type ShortAnswer = z.infer<typeof shortAnswer>
export type EssayPrompt = z.infer<typeof essayPrompt>
export type Question = z.infer<typeof question>
