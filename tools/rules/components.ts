// Checks of the components written on slides whose props name data: each id, date range and step
// count must exist in data/ (or match the slide's `clicks:`), so a typo stops the build here instead
// of the component dropping out of the hosted slide with only a console error.
//
// `COMPONENT_RULES` is the registry: one rule per component, keyed by its tag name. A new component
// whose props name data adds its rule here.
import type { MapView } from '../../data/schema.ts'
import type { ComponentUse } from '../shared/components.ts'
import type { DeckSlide } from '../shared/deck.ts'
import type { Finding, Problem, Rule } from './problems.ts'
import { isIsoDate } from '../../data/dates.ts'
import { debatePairs } from '../../data/debate.ts'
import { events, eventsBetween } from '../../data/events.ts'
import { flights } from '../../data/flights.ts'
import { places } from '../../data/places.ts'
import { quotes } from '../../data/quotes.ts'
import { mapView } from '../../data/schema.ts'
import { bibliography, isKnownSource, SOURCE_PAGES } from '../../data/sources.ts'
import { SUMMIT_STEPS } from '../../data/summits.ts'
import { crossMethodProblem, warheadSeries } from '../../data/warheads.ts'
import { RUNTIME } from '../shared/components.ts'
import { closest } from './problems.ts'

/** Checks one use of a component; returns what is wrong with it (nothing when it is fine). */
type ComponentRule = (use: ComponentUse, slide: DeckSlide) => Finding[]

// ---------------------------------------------------------------------------------------------
// Helpers the rules share

/** A prop's build-time value, or a finding when it is missing. Runtime-bound props are skipped. */
function staticProp(use: ComponentUse, name: string, required: boolean): { value?: unknown, findings: Finding[] } {
  const prop = use.props.get(name)
  if (!prop)
    return { findings: required ? [{ problem: `${use.tag}: the "${name}" prop is missing.`, fix: `write ${name}="…" on the tag.` }] : [] }
  if (prop.value === RUNTIME)
    return { findings: [] }
  return { value: prop.value, findings: [] }
}

function citation(id: unknown, tag: string): Finding[] {
  if (typeof id !== 'string' || isKnownSource(id))
    return []
  const guess = closest(id, bibliography.map(entry => entry.id))
  return [{
    problem: `${tag}: "${id}" is not a fact id in data/sources.ts, so the citation would be missing from the slide.`,
    fix: `${guess ? `did you mean "${guess}"? ` : ''}use a fact id from data/sources.ts (the Sources chapter), or add the source there from ../shared/facts.md.`,
  }]
}

/** When the component reveals one item per click (`:step="$clicks"`), the slide must declare that many clicks. */
function clicksMatch(use: ComponentUse, slide: DeckSlide, expected: number, what: string): Finding[] {
  const step = use.props.get('step')
  if (!step?.bound || step.raw.trim() !== '$clicks')
    return []
  const clicks = slide.frontmatter.clicks
  if (clicks === expected)
    return []
  return [{
    problem: `${use.tag}: reveals ${expected} ${what} one click each, but the slide's frontmatter says clicks: ${clicks === undefined ? '(none)' : JSON.stringify(clicks)}.`,
    fix: `set clicks: ${expected} in the slide's frontmatter (between its --- lines).`,
  }]
}

// ---------------------------------------------------------------------------------------------
// The rules, one per component

const cite: ComponentRule = (use) => {
  const { value, findings } = staticProp(use, 'id', true)
  return [...findings, ...citation(value, use.tag)]
}

const citeList: ComponentRule = (use) => {
  const { value, findings } = staticProp(use, 'ids', true)
  if (value === undefined)
    return findings
  if (!Array.isArray(value))
    return [{ problem: `${use.tag}: "ids" must be a list of fact ids.`, fix: `write :ids="['SGP-03', 'SGP-04']".` }]
  return value.flatMap(id => citation(id, use.tag))
}

const quoteCard: ComponentRule = (use) => {
  const { value: id, findings } = staticProp(use, 'id', true)
  if (typeof id !== 'string' || quotes.some(quote => quote.id === id))
    return findings
  const sameFact = quotes.filter(quote => quote.factId === id.replace(/-[a-z]$/, '')).map(quote => quote.id)
  const guess = closest(id, quotes.map(quote => quote.id))
  return [{
    problem: `${use.tag}: "${id}" is not a quotation in data/quotes.ts, so the card would be missing from the slide.`,
    fix: sameFact.length
      ? `data/quotes.ts has ${sameFact.map(q => `"${q}"`).join(', ')} for that fact; use one of them, or add the quotation there.`
      : `${guess ? `did you mean "${guess}"? ` : ''}use a quote id from data/quotes.ts, or add the quotation there.`,
  }]
}

const timeline: ComponentRule = (use) => {
  const from = staticProp(use, 'from', false)
  const to = staticProp(use, 'to', false)
  const findings = [...from.findings, ...to.findings]
  for (const [name, prop] of [['from', from.value], ['to', to.value]] as const) {
    if (prop !== undefined && !isIsoDate(prop))
      findings.push({ problem: `${use.tag}: ${name}="${String(prop)}" is not a real date.`, fix: `write the date as YYYY-MM-DD, e.g. ${name}="2018-06-12".` })
  }
  const first = isIsoDate(from.value) ? from.value : events[0]!.date
  const last = isIsoDate(to.value) ? to.value : events[events.length - 1]!.date
  if (!findings.length && first > last)
    findings.push({ problem: `${use.tag}: "from" (${first}) is after "to" (${last}), so the timeline would be empty.`, fix: 'swap the two dates: from is the first day shown, to the last.' })
  else if (!findings.length && !eventsBetween(first, last).length)
    findings.push({ problem: `${use.tag}: data/events.ts has no event between ${first} and ${last}.`, fix: 'widen the range, or add the events to data/events.ts.' })
  const highlight = staticProp(use, 'highlight', false).value
  if (Array.isArray(highlight)) {
    for (const id of highlight.filter(id => !events.some(event => event.id === id)))
      findings.push({ problem: `${use.tag}: highlights "${String(id)}", which is not an event id in data/events.ts.`, fix: 'use an event id from data/events.ts.' })
  }
  return findings
}

const summitComparison: ComponentRule = (use, slide) => clicksMatch(use, slide, SUMMIT_STEPS, 'rows of data/summits.ts')

const debateBoard: ComponentRule = (use, slide) => {
  const from = staticProp(use, 'from', false).value ?? 0
  const to = staticProp(use, 'to', false).value ?? debatePairs.length
  if (typeof from !== 'number' || typeof to !== 'number')
    return []
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > debatePairs.length || from >= to) {
    return [{
      problem: `${use.tag}: pairs ${from}–${to} are not a range within the ${debatePairs.length} pairs of data/debate.ts.`,
      fix: `use 0 ≤ from < to ≤ ${debatePairs.length} (from is inclusive, to exclusive).`,
    }]
  }
  return clicksMatch(use, slide, to - from, 'debate pairs')
}

const sourcesList: ComponentRule = (use) => {
  const { value: page, findings } = staticProp(use, 'page', true)
  if (page === undefined || (Number.isInteger(page) && (page as number) >= 1 && (page as number) <= SOURCE_PAGES))
    return findings
  return [{ problem: `${use.tag}: page ${String(page)} does not exist.`, fix: `use :page="1" to :page="${SOURCE_PAGES}" (data/sources.ts has ${SOURCE_PAGES} pages).` }]
}

const warheadChange: ComponentRule = (use) => {
  const from = staticProp(use, 'from', true)
  const to = staticProp(use, 'to', true)
  const findings = [...from.findings, ...to.findings]
  const years = warheadSeries.map(row => row.year)
  for (const [name, year] of [['from', from.value], ['to', to.value]] as const) {
    if (year !== undefined && !years.includes(year as number))
      findings.push({ problem: `${use.tag}: ${name} ${JSON.stringify(year)} is not a year of data/warheads.ts.`, fix: `use a year from ${years[0]} to ${years[years.length - 1]}, written :${name}="2018".` })
  }
  if (findings.length || from.value === undefined || to.value === undefined)
    return findings
  const problem = crossMethodProblem(from.value as number, to.value as number)
  return problem ? [{ problem: `${use.tag}: ${problem}.`, fix: 'compare two years of one SIPRI method, the earlier year first.' }] : []
}

/** Ids a <PlaceMap> prop names that are not entries of `view` in a data module. */
function unknownMapIds(use: ComponentUse, ids: unknown[], kind: 'place' | 'flight', view: unknown, known: string[], file: string): Finding[] {
  return ids.filter(id => !known.includes(id as string)).map(id => ({
    problem: `${use.tag}: ${kind === 'place' ? 'highlights' : 'draws'} "${String(id)}", which is not a ${kind} of view "${String(view)}" in ${file}, so the map would be missing from the slide.`,
    fix: `${closest(String(id), known) ? `did you mean "${closest(String(id), known)}"? ` : ''}use one of ${known.join(', ')}, or add the ${kind} to ${file}.`,
  }))
}

const placeMap: ComponentRule = (use) => {
  const { value: view, findings } = staticProp(use, 'view', true)
  if (view === undefined)
    return findings
  if (!mapView.options.includes(view as MapView))
    return [{ problem: `${use.tag}: "${String(view)}" is not a map view.`, fix: `use view="${mapView.options.join('" or view="')}".` }]
  // Either list may be left out, but not both; a list bound at run time is checked in the browser.
  const [placeIds, flightIds] = (['highlight', 'flights'] as const).map(name => staticProp(use, name, false).value)
  const atRunTime = ['highlight', 'flights'].some(name => use.props.get(name)?.value === RUNTIME)
  const lists = [placeIds, flightIds].filter(list => list !== undefined)
  if (!lists.every(Array.isArray) || (!atRunTime && !lists.some(list => (list as unknown[]).length)))
    return [{ problem: `${use.tag}: nothing to show.`, fix: `write :highlight="['place-id', …]" with the places the slide is about, or :flights="['flight-id', …]".` }]
  return [
    ...unknownMapIds(use, (placeIds ?? []) as unknown[], 'place', view, places.filter(place => place.view === view).map(place => place.id), 'data/places.ts'),
    ...unknownMapIds(use, (flightIds ?? []) as unknown[], 'flight', view, flights.filter(flight => flight.view === view).map(flight => flight.id), 'data/flights.ts'),
  ]
}

/** Every component whose props name data, and its rule. */
const COMPONENT_RULES: Record<string, ComponentRule> = {
  Cite: cite,
  CiteList: citeList,
  QuoteCard: quoteCard,
  Timeline: timeline,
  SummitComparison: summitComparison,
  DebateBoard: debateBoard,
  SourcesList: sourcesList,
  WarheadChange: warheadChange,
  PlaceMap: placeMap,
}

/** The problems of every registered component on every slide. */
export function checkComponents(slides: readonly DeckSlide[]): Problem[] {
  return slides.flatMap(slide => slide.components.filter(use => Object.hasOwn(COMPONENT_RULES, use.name)).flatMap(use =>
    COMPONENT_RULES[use.name]!(use, slide).map(finding => ({
      file: slide.file,
      line: use.line,
      slide: { no: slide.no, title: slide.title },
      ...finding,
    }))))
}

export const componentsRule: Rule = { name: 'components', severity: 'error', check: deck => checkComponents(deck.slides) }
