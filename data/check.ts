// Validates every data module with its zod schema and checks the rules that span entries and
// modules. Node side only: the unit tests call checkAllData(), and so does the build and the dev
// server (tools/vite/deck-checks.ts), so a malformed entry stops both with a message naming the module, the
// entry and the field. Nothing the browser loads imports this file, which keeps zod out of the bundle.
import type { BibliographyEntry, PhaseRange } from './schema.ts'
import type { KeyOf } from './validate.ts'
import { activities } from './activities.ts'
import { questionBank } from './assessment.ts'
import { dayAfter } from './dates.ts'
import { debatePairs } from './debate.ts'
import { events } from './events.ts'
import { flights } from './flights.ts'
import { glossary } from './glossary.ts'
import { LAUNCH_FACT_ID, launches } from './launches.ts'
import { phases } from './phases.ts'
import { places } from './places.ts'
import { quotes } from './quotes.ts'
import { readings } from './readings.ts'
import { activity, bibliographyEntry, citedText, debatePair, flight, glossaryTerm, launchYear, phaseRange, place, question, quote, reading, sessionPlan, summitRow, timelineEvent, warheadEstimate } from './schema.ts'
import { checkBeforeTeaching, sessionPlans } from './sessions.ts'
import { bibliography } from './sources.ts'
import { VERIFIED_THROUGH } from './status.ts'
import { summitRows } from './summits.ts'
import { malformed, parseEntries } from './validate.ts'
import { WARHEAD_COMPARISONS, WARHEAD_FACT_ID, warheadSeries } from './warheads.ts'

/** The entries of every data module. Typed loosely so tests can pass malformed copies. */
export interface DeckData {
  bibliography: readonly unknown[]
  quotes: readonly unknown[]
  events: readonly unknown[]
  phases: readonly unknown[]
  summitRows: readonly unknown[]
  debatePairs: readonly unknown[]
  launches: readonly unknown[]
  launchFactId: string
  warheads: readonly unknown[]
  /** The warhead comparisons the deck makes, as [from year, to year]. */
  warheadComparisons: ReadonlyArray<readonly [number, number]>
  warheadFactId: string
  /** The last verified day (data/status.ts): no date in the data may pass it. */
  verifiedThrough: string
  places: readonly unknown[]
  flights: readonly unknown[]
  glossary: readonly unknown[]
  readings: readonly unknown[]
  activities: readonly unknown[]
  sessionPlans: readonly unknown[]
  questionBank: readonly unknown[]
  checkBeforeTeaching: readonly unknown[]
}

/** The deck's data as the modules export it. */
export function deckData(): DeckData {
  return {
    bibliography,
    quotes,
    events,
    phases,
    summitRows,
    debatePairs,
    launches,
    launchFactId: LAUNCH_FACT_ID,
    warheads: warheadSeries,
    warheadComparisons: WARHEAD_COMPARISONS,
    warheadFactId: WARHEAD_FACT_ID,
    verifiedThrough: VERIFIED_THROUGH,
    places,
    flights,
    glossary,
    readings,
    activities,
    sessionPlans,
    questionBank,
    checkBeforeTeaching,
  }
}

/** The problems of one module: `entry "…": field: what is wrong`, one line each. */
export interface ModuleProblems {
  module: string
  problems: string[]
}

/** A field of an entry that may not even be an object. */
function field(entry: unknown, key: string): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined
}

const byKey = (key: string): KeyOf => (entry, index) => String(entry?.[key] ?? `#${index + 1}`)

/** One line per key used by more than one entry. */
function repeated(keys: readonly unknown[], field: string): string[] {
  const counts = new Map<string, number>()
  for (const key of keys) {
    if (key !== undefined)
      counts.set(String(key), (counts.get(String(key)) ?? 0) + 1)
  }
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `entry "${key}": ${field}: is used by ${n} entries; each must be unique`)
}

const notInBibliography = (id: string) => `"${id}" is not in the bibliography: add it to data/sources.ts or fix the id`

/** What the per-module checks share: the data, and the cross-module facts (the bibliography, the phases, the readings). */
interface DataContext {
  data: DeckData
  /** The bibliography's entries that parse */
  sources: BibliographyEntry[]
  /** The timeline phases that parse */
  phases: PhaseRange[]
  readingIds: Set<string>
  /** A problem when `id` is not in the bibliography */
  cite: (id: string, where: string) => string[]
  /** A problem when every one of `cites` is a fact the pack tags [weakly sourced] */
  notWeakAlone: (cites: readonly string[], where: string) => string[]
  /** The bibliography problems of every entry's `cites` */
  citesOf: <E extends { cites: readonly string[] }>(entries: readonly E[], key: (entry: E) => string) => string[]
}

/** The one cross-module pass: what every module's check may look up. */
function contextOf(data: DeckData): DataContext {
  // An entry with a bad field is still listed: citing it is not a second error.
  const known = new Set(data.bibliography.map(entry => field(entry, 'id')).filter((id): id is string => typeof id === 'string'))
  const sources = parseEntries(bibliographyEntry, data.bibliography).valid
  // The pack's tags: a fact that rests partly on a weak source is never the only citation of a text.
  const weak = new Set(sources.filter(entry => entry.tags?.includes('weakly sourced')).map(entry => entry.id))
  const cite = (id: string, where: string) => (known.has(id) ? [] : [`${where}: ${notInBibliography(id)}`])
  return {
    data,
    sources,
    phases: parseEntries(phaseRange, data.phases, byKey('phase')).valid,
    readingIds: new Set(parseEntries(reading, data.readings).valid.map(r => r.id)),
    cite,
    notWeakAlone: (cites, where) =>
      cites.length && cites.every(id => weak.has(id))
        ? [`${where}: cites only ${cites.join(', ')}, which the pack tags [weakly sourced]; add a citation that supports the text on its own`]
        : [],
    citesOf: (entries, key) => entries.flatMap(entry => entry.cites.flatMap((id, i) => cite(id, `entry "${key(entry)}": cites.${i}`))),
  }
}

/** data/sources.ts: the bibliography every other module cites. */
function checkSources({ data }: DataContext): string[] {
  const sources = parseEntries(bibliographyEntry, data.bibliography)
  return [...sources.problems, ...repeated(data.bibliography.map(entry => field(entry, 'id')), 'id')]
}

/** data/sources.ts: nothing is verified after data/status.ts's date, so no entry may be dated later. */
function checkSourceDates({ data, sources }: DataContext): string[] {
  return sources.flatMap(entry => [entry.date, entry.until ?? entry.date]
    .filter(date => date > data.verifiedThrough && !data.verifiedThrough.startsWith(date))
    .map(date => `entry "${entry.id}": date: ${date} is after ${data.verifiedThrough}, the last verified day (data/status.ts); date the fact by what the sources verify`))
}

/** data/phases.ts: in order, each starting the day after the previous one ends. */
function checkPhases({ data }: DataContext): string[] {
  const phaseRanges = parseEntries(phaseRange, data.phases, byKey('phase'))
  const problems = [...phaseRanges.problems, ...repeated(data.phases.map(range => field(range, 'phase')), 'phase')]
  for (let i = 1; i < phaseRanges.valid.length; i++) {
    const [previous, range] = [phaseRanges.valid[i - 1]!, phaseRanges.valid[i]!]
    if (dayAfter(previous.end) !== range.start)
      problems.push(`entry "${range.phase}": start: must be the day after "${previous.phase}" ends (${previous.end})`)
  }
  const lastPhase = phaseRanges.valid[phaseRanges.valid.length - 1]
  if (lastPhase && lastPhase.end > data.verifiedThrough)
    problems.push(`entry "${lastPhase.phase}": end: ${lastPhase.end} is after ${data.verifiedThrough}, the last verified day (data/status.ts)`)
  return problems
}

/** data/events.ts: in date order, each in the phase its date falls in, citing a known fact. */
function checkEvents({ data, phases: ranges, cite }: DataContext): string[] {
  const timeline = parseEntries(timelineEvent, data.events)
  const problems = [...timeline.problems, ...repeated(data.events.map(event => field(event, 'id')), 'id')]
  for (const [i, event] of timeline.valid.entries()) {
    const previous = timeline.valid[i - 1]
    if (previous && event.date < previous.date)
      problems.push(`entry "${event.id}": date: ${event.date} comes before the previous event "${previous.id}" (${previous.date}); keep events in date order`)
    const expected = ranges.find(range => range.start <= event.date && event.date <= range.end)?.phase
    if (!expected && ranges.length)
      problems.push(`entry "${event.id}": date: ${event.date} is outside every timeline phase (${ranges[0]!.start} to ${ranges[ranges.length - 1]!.end})`)
    else if (expected && event.phase !== expected)
      problems.push(`entry "${event.id}": phase: is "${event.phase}" but ${event.date} falls in "${expected}"`)
    problems.push(...cite(event.factId, `entry "${event.id}": factId`))
  }
  return problems
}

/**
 * data/quotes.ts: the id is the fact id, optionally with -b, -c… (the quotation's place in the pack, so
 * a deck that leaves out a fact's first quotation may start at -b); the fact is cited.
 */
function checkQuotes({ data, sources, cite }: DataContext): string[] {
  const quoted = parseEntries(quote, data.quotes)
  const problems = [...quoted.problems, ...repeated(data.quotes.map(q => field(q, 'id')), 'id')]
  for (const q of quoted.valid) {
    if (q.id.replace(/-[b-z]$/, '') !== q.factId)
      problems.push(`entry "${q.id}": factId: "${q.factId}" does not match the quote id`)
    if (q.translationVaries && !sources.find(entry => entry.id === q.factId)?.tags?.includes('translation varies'))
      problems.push(`entry "${q.id}": translationVaries: set, but data/sources.ts does not tag ${q.factId} [translation varies]`)
    problems.push(...cite(q.factId, `entry "${q.id}": factId`))
  }
  for (const entry of sources.filter(entry => entry.tags?.includes('translation varies'))) {
    const quotedHere = quoted.valid.filter(q => q.factId === entry.id)
    if (quotedHere.length && !quotedHere.some(q => q.translationVaries))
      problems.push(`entry "${quotedHere[0]!.id}": translationVaries: ${entry.id} is tagged [translation varies]; mark the quotation whose rendering varies`)
  }
  return problems
}

/** data/summits.ts: every cited fact is in the bibliography, never a weak one alone. */
function checkSummits({ data, cite, notWeakAlone }: DataContext): string[] {
  const rows = parseEntries(summitRow, data.summitRows, byKey('label'))
  return [
    ...rows.problems,
    ...rows.valid.flatMap(row => (['singapore', 'hanoi'] as const).flatMap(side =>
      [...row[side].cites.flatMap((id, i) => cite(id, `entry "${row.label}": ${side}.cites.${i}`)), ...notWeakAlone(row[side].cites, `entry "${row.label}": ${side}.cites`)])),
  ]
}

/** data/debate.ts: every cited fact is in the bibliography, never a weak one alone. */
function checkDebate({ data, cite, notWeakAlone }: DataContext): string[] {
  const pairs = parseEntries(debatePair, data.debatePairs, byKey('topic'))
  return [
    ...pairs.problems,
    ...pairs.valid.flatMap(pair => (['critic', 'supporter'] as const).flatMap(side =>
      [...pair[side].cites.flatMap((id, i) => cite(id, `entry "${pair.topic}": ${side}.cites.${i}`)), ...notWeakAlone(pair[side].cites, `entry "${pair.topic}": ${side}.cites`)])),
  ]
}

/** data/launches.ts: consecutive years, launch days never above missiles, a known source. */
function checkLaunches({ data, cite }: DataContext): string[] {
  const years = parseEntries(launchYear, data.launches, byKey('year'))
  const problems = [...years.problems, ...repeated(data.launches.map(row => field(row, 'year')), 'year')]
  // Years are compared on every row that has one, so one bad count does not break the sequence too.
  const yearList = data.launches.map(row => field(row, 'year')).filter((year): year is number => typeof year === 'number')
  for (let i = 1; i < yearList.length; i++) {
    if (yearList[i] !== yearList[i - 1]! + 1)
      problems.push(`entry "${yearList[i]}": year: years must be consecutive and ascending (after ${yearList[i - 1]})`)
  }
  for (const row of years.valid) {
    if (row.launchDays > row.missiles)
      problems.push(`entry "${row.year}": launchDays: ${row.launchDays} cannot exceed missiles (${row.missiles})`)
  }
  return [...problems, ...cite(data.launchFactId, 'LAUNCH_FACT_ID')]
}

/**
 * data/warheads.ts: consecutive years, SIPRI's buildable years all before its assembled ones, and
 * every comparison the deck makes within one method (never across the 2022 break).
 */
function checkWarheads({ data, cite }: DataContext): string[] {
  const estimates = parseEntries(warheadEstimate, data.warheads, byKey('year'))
  const problems = [...estimates.problems, ...repeated(data.warheads.map(row => field(row, 'year')), 'year')]
  for (let i = 1; i < estimates.valid.length; i++) {
    const [previous, row] = [estimates.valid[i - 1]!, estimates.valid[i]!]
    if (row.year !== previous.year + 1)
      problems.push(`entry "${row.year}": year: years must be consecutive and ascending (after ${previous.year})`)
    if (previous.method === 'assembled' && row.method === 'buildable')
      problems.push(`entry "${row.year}": method: SIPRI estimated buildable warheads only before its 2022 change to assembled ones`)
  }
  for (const [from, to] of data.warheadComparisons) {
    const [a, b] = [estimates.valid.find(row => row.year === from), estimates.valid.find(row => row.year === to)]
    if (!a || !b)
      problems.push(`comparison ${from}→${to}: no estimate for ${a ? to : from}`)
    else if (a.method !== b.method)
      problems.push(`comparison ${from}→${to}: compares ${a.method} (${from}) with ${b.method} (${to}) warheads across SIPRI's 2022 method break; compare like with like`)
  }
  return [...problems, ...cite(data.warheadFactId, 'WARHEAD_FACT_ID')]
}

/** data/places.ts: unique ids, each citing a known fact. */
function checkPlaces({ data, cite }: DataContext): string[] {
  const mapPlaces = parseEntries(place, data.places)
  return [
    ...mapPlaces.problems,
    ...repeated(data.places.map(entry => field(entry, 'id')), 'id'),
    ...mapPlaces.valid.flatMap(entry => cite(entry.factId, `entry "${entry.id}": factId`)),
  ]
}

/** data/flights.ts: unique ids citing known facts; launch site and reference place are places of the flight's view. */
function checkFlights({ data, cite }: DataContext): string[] {
  const mapPlaces = parseEntries(place, data.places).valid
  const mapFlights = parseEntries(flight, data.flights)
  const placeOf = (id: string, view: string, at: string) => mapPlaces.some(p => p.id === id && p.view === view)
    ? []
    : [`${at}: "${id}" is not a place of view "${view}" in data/places.ts`]
  return [
    ...mapFlights.problems,
    ...repeated(data.flights.map(entry => field(entry, 'id')), 'id'),
    ...mapFlights.valid.flatMap(entry => [
      ...cite(entry.factId, `entry "${entry.id}": factId`),
      ...placeOf(entry.launchSite, entry.view, `entry "${entry.id}": launchSite`),
      ...placeOf(entry.fellEastOf.place, entry.view, `entry "${entry.id}": fellEastOf.place`),
    ]),
  ]
}

/** data/glossary.ts: unique ids, known citations, terms in alphabetical order. */
function checkGlossary({ data, citesOf }: DataContext): string[] {
  const terms = parseEntries(glossaryTerm, data.glossary)
  const termNames = data.glossary.map(term => field(term, 'term')).filter((name): name is string => typeof name === 'string')
  const problems = [...terms.problems, ...repeated(data.glossary.map(term => field(term, 'id')), 'id'), ...citesOf(terms.valid, term => term.id)]
  const sorted = [...termNames].sort((a, b) => a.replace(/\W/g, '').localeCompare(b.replace(/\W/g, ''), 'en'))
  if (termNames.join('|') !== sorted.join('|'))
    problems.push(`entries: keep terms in alphabetical order (expected ${sorted.map(name => `"${name}"`).join(', ')})`)
  return problems
}

/** data/readings.ts: unique ids, known citations, a link to an outlet of the cited fact. */
function checkReadings({ data, citesOf }: DataContext): string[] {
  const readingEntries = parseEntries(reading, data.readings)
  const problems = [...readingEntries.problems, ...repeated(data.readings.map(r => field(r, 'id')), 'id'), ...citesOf(readingEntries.valid, r => r.id)]
  for (const r of readingEntries.valid) {
    const entry = data.bibliography.find(candidate => field(candidate, 'id') === r.link.cite) as { sources?: { outlet: string }[] } | undefined
    if (!entry)
      problems.push(`entry "${r.id}": link.cite: ${notInBibliography(r.link.cite)}`)
    else if (!entry.sources?.some(source => source.outlet === r.link.outlet))
      problems.push(`entry "${r.id}": link.outlet: "${r.link.outlet}" is not a source of ${r.link.cite} in data/sources.ts (use one of its outlets)`)
    if (!r.cites.includes(r.link.cite))
      problems.push(`entry "${r.id}": cites: must include the linked fact ${r.link.cite}`)
  }
  return problems
}

/** data/activities.ts: unique ids, known citations and readings. */
function checkActivities({ data, readingIds, citesOf }: DataContext): string[] {
  const activityEntries = parseEntries(activity, data.activities)
  const problems = [...activityEntries.problems, ...repeated(data.activities.map(a => field(a, 'id')), 'id'), ...citesOf(activityEntries.valid, a => a.id)]
  for (const a of activityEntries.valid) {
    for (const id of a.readings.filter(id => !readingIds.has(id)))
      problems.push(`entry "${a.id}": readings: "${id}" is not in data/readings.ts`)
  }
  return problems
}

/** data/sessions.ts: unique plan ids; what to check before teaching cites known facts. */
function checkSessions({ data, citesOf }: DataContext): string[] {
  const plans = parseEntries(sessionPlan, data.sessionPlans)
  const checks = parseEntries(citedText, data.checkBeforeTeaching, (_entry, index) => `checkBeforeTeaching #${index + 1}`)
  return [
    ...plans.problems,
    ...repeated(data.sessionPlans.map(plan => field(plan, 'id')), 'id'),
    ...checks.problems,
    ...checks.valid.flatMap((check, index) => citesOf([check], () => `checkBeforeTeaching #${index + 1}`)),
  ]
}

/** data/assessment.ts: unique ids; every question and essay evidence point cites known facts. */
function checkAssessment({ data, cite, citesOf }: DataContext): string[] {
  const bank = parseEntries(question, data.questionBank)
  const problems = [...bank.problems, ...repeated(data.questionBank.map(q => field(q, 'id')), 'id'), ...citesOf(bank.valid, q => q.id)]
  for (const q of bank.valid) {
    if (q.kind === 'essay')
      problems.push(...q.evidence.flatMap((point, i) => point.cites.flatMap((id, j) => cite(id, `entry "${q.id}": evidence.${i}.cites.${j}`))))
  }
  return problems
}

/** Each module's check, in the order the message lists them. */
const DATA_CHECKS: readonly [module: string, check: (context: DataContext) => string[]][] = [
  ['data/sources.ts', checkSources],
  ['data/sources.ts', checkSourceDates],
  ['data/phases.ts', checkPhases],
  ['data/events.ts', checkEvents],
  ['data/quotes.ts', checkQuotes],
  ['data/summits.ts', checkSummits],
  ['data/debate.ts', checkDebate],
  ['data/launches.ts', checkLaunches],
  ['data/warheads.ts', checkWarheads],
  ['data/places.ts', checkPlaces],
  ['data/flights.ts', checkFlights],
  ['data/glossary.ts', checkGlossary],
  ['data/readings.ts', checkReadings],
  ['data/activities.ts', checkActivities],
  ['data/sessions.ts', checkSessions],
  ['data/assessment.ts', checkAssessment],
]

/** Every problem in the data, grouped by module (modules without problems are left out). */
export function findDataProblems(data: DeckData = deckData()): ModuleProblems[] {
  const context = contextOf(data)
  return DATA_CHECKS.map(([module, check]) => ({ module, problems: check(context) })).filter(({ problems }) => problems.length)
}

/** The one message listing every problem, module by module. */
function formatDataProblems(found: readonly ModuleProblems[]): string {
  const count = found.reduce((sum, { problems }) => sum + problems.length, 0)
  return [
    `The deck's data has ${count} problem${count === 1 ? '' : 's'} (fix them in data/):`,
    ...found.map(({ module, problems }) => malformed(module, problems)),
  ].join('\n')
}

/** Throws one error listing every problem (module, entry, field); returns quietly when the data is sound. */
export function checkAllData(data: DeckData = deckData()): void {
  const found = findDataProblems(data)
  if (found.length)
    throw new Error(formatDataProblems(found))
}
