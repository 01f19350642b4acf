import type { DeckData } from '../../data/check.ts'
// The data modules: cross-references, ordering, validation messages and the figures charts rely on.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAllData, deckData, findDataProblems } from '../../data/check.ts'
import { isIsoDate } from '../../data/dates.ts'
import { DEBATE_STEPS, debatePairs } from '../../data/debate.ts'
import { events, eventsBetween } from '../../data/events.ts'
import { LAUNCH_COUNT_RULE, LAUNCH_FACT_ID, LAUNCH_SOURCE, launches } from '../../data/launches.ts'
import { phaseOf, phases } from '../../data/phases.ts'
import { quoteById, quotes } from '../../data/quotes.ts'
import { bibliographyEntry, phaseRange, quote, timelineEvent } from '../../data/schema.ts'
import { bibliography, isKnownSource, SOURCE_PAGES, sourceById, sourcePageOf, SOURCES_PER_PAGE, sourcesOnPage } from '../../data/sources.ts'
import { SUMMIT_STEPS, summitRows } from '../../data/summits.ts'
import { malformed, parseEntries } from '../../data/validate.ts'

/** Hosts of sources the fact pack tags [weakly sourced] or lists as "still weak". */
const WEAK_HOSTS = ['iuvmpress', 'pano.news', 'newsar.codejungle', 'rbtfl.xyz', 'noticiabrasil', 'wixsite', 'infodecay', 'jbpress']

const words = (text: string) => text.trim().split(/\s+/).length

describe('checkAllData (run by the unit tests and by `slidev build` through vite.config.ts)', () => {
  it('finds no problem in the deck\'s data', () => {
    expect(findDataProblems()).toEqual([])
    expect(() => checkAllData()).not.toThrow()
  })
})

describe('cross-references', () => {
  const cited: { where: string, id: string }[] = [
    ...quotes.map(q => ({ where: `quote ${q.id}`, id: q.factId })),
    ...events.map(e => ({ where: `event ${e.id}`, id: e.factId })),
    ...summitRows.flatMap(row => [...row.singapore.cites, ...row.hanoi.cites].map(id => ({ where: `summit row "${row.label}"`, id }))),
    ...debatePairs.flatMap(pair => [...pair.critic.cites, ...pair.supporter.cites].map(id => ({ where: `debate pair "${pair.topic}"`, id }))),
    { where: 'launches', id: LAUNCH_FACT_ID },
  ]

  it('cites only fact ids that are in the bibliography', () => {
    const unknown = cited.filter(ref => !isKnownSource(ref.id)).map(ref => `${ref.where} → ${ref.id}`)
    expect(unknown).toEqual([])
  })

  it('names each quote after its fact, with -b, -c… for further quotations', () => {
    // The deck shows a selection, so a fact's first quotation may be absent while its -b is shown.
    for (const q of quotes)
      expect(q.id, q.id).toMatch(new RegExp(`^${q.factId}(?:-[b-z])?$`))
  })

  it('keeps quote texts free of weak paraphrases the pack warns about', () => {
    expect(quotes.some(q => q.text.includes('He\'s a smart person'))).toBe(false)
  })
})

describe('quotes', () => {
  it('marks the renderings the pack tags [translation varies]', () => {
    expect(quoteById('T2-07').translationVaries).toBe(true)
    expect(quoteById('T2-13').translationVaries).toBe(true)
  })

  it('dates Korean and US words on their local calendar day', () => {
    expect(quoteById('ESC-12')).toMatchObject({ date: '2017-09-22', tz: 'KST' })
    expect(quoteById('AFT-07')).toMatchObject({ date: '2020-01-01', tz: 'KST' })
    expect(quoteById('ESC-04')).toMatchObject({ date: '2017-08-08', tz: 'ET' })
    expect(quoteById('SGP-06')).toMatchObject({ date: '2018-06-12', tz: 'SGT' })
    expect(quoteById('T2-16')).toMatchObject({ date: '2026-06-07', tz: 'KST' })
  })

  it('calls Trump president in both terms, and former president only between them', () => {
    for (const q of quotes.filter(q => q.speaker.startsWith('Donald Trump'))) {
      const inOffice = (q.date >= '2017-01-20' && q.date < '2021-01-20') || q.date >= '2025-01-20'
      expect(q.speaker, q.id).toBe(inOffice ? 'Donald Trump, US President' : 'Donald Trump, former US President')
    }
  })

  // The fact pack lives outside the repository; when it is present, every quotation must be in it verbatim.
  const packPath = resolve(process.cwd(), '../shared/facts.md')
  it.skipIf(!existsSync(packPath))('quotes every text word for word from the fact pack', () => {
    const pack = readFileSync(packPath, 'utf8')
    expect(quotes.filter(q => !pack.includes(q.text)).map(q => q.id)).toEqual([])
  })

  it('throws a clear error for an unknown quote id', () => {
    expect(() => quoteById('ESC-99')).toThrow('Unknown quote id "ESC-99": add it to data/quotes.ts or fix the id.')
  })
})

describe('bibliography', () => {
  it('has unique ids in fact-pack order', () => {
    const order = ['ESC', 'RTS', 'SGP', 'BTW', 'HAN', 'AFT', 'T2', 'PRA', 'HR', 'DEB', 'NUM']
    const rank = (id: string) => order.indexOf(id.split('-')[0]) * 100 + Number(id.split('-')[1])
    const ranks = bibliography.map(entry => rank(entry.id))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(bibliography.map(entry => entry.id)).size).toBe(bibliography.length)
  })

  it('uses no weakly sourced URL', () => {
    const weak = bibliography.flatMap(entry => entry.sources
      .filter(source => WEAK_HOSTS.some(host => new URL(source.url).hostname.includes(host)))
      .map(source => `${entry.id}: ${source.url}`))
    expect(weak).toEqual([])
  })

  it('leaves out facts with no non-weak source, and PRA entries that only point elsewhere', () => {
    for (const id of ['T2-17', 'PRA-03', 'PRA-08', 'PRA-11', 'PRA-13', 'PRA-14', 'PRA-15', 'PRA-16', 'PRA-17'])
      expect(isKnownSource(id), id).toBe(false)
  })

  it('keeps summaries to one line without quotation marks', () => {
    for (const entry of bibliography) {
      expect(entry.summary, entry.id).not.toMatch(/["“”\n]/)
      expect(entry.summary.length, entry.id).toBeLessThanOrEqual(120)
    }
  })

  it('throws a clear error for an unknown citation id', () => {
    expect(() => sourceById('XYZ-01')).toThrow('Unknown citation id "XYZ-01": add it to data/sources.ts or fix the id.')
    expect(isKnownSource('XYZ-01')).toBe(false)
    expect(sourceById('ESC-04').date).toBe('2017-08-08')
  })

  it('pages every entry exactly once, in order', () => {
    expect(SOURCE_PAGES).toBe(Math.ceil(bibliography.length / SOURCES_PER_PAGE))
    const paged = Array.from({ length: SOURCE_PAGES }, (_, i) => sourcesOnPage(i + 1)).flat()
    expect(paged.map(entry => entry.id)).toEqual(bibliography.map(entry => entry.id))
    for (let page = 1; page <= SOURCE_PAGES; page++) {
      const onPage = sourcesOnPage(page)
      expect(onPage.length).toBeGreaterThan(0)
      expect(onPage.length).toBeLessThanOrEqual(SOURCES_PER_PAGE)
      for (const entry of onPage)
        expect(sourcePageOf(entry.id), entry.id).toBe(page)
    }
  })

  it('rejects pages out of range and unknown ids when paging', () => {
    expect(() => sourcesOnPage(0)).toThrow(/does not exist/)
    expect(() => sourcesOnPage(SOURCE_PAGES + 1)).toThrow(/does not exist/)
    expect(() => sourcesOnPage(1.5)).toThrow(/does not exist/)
    expect(() => sourcePageOf('XYZ-01')).toThrow('Unknown citation id "XYZ-01"')
  })
})

describe('timeline', () => {
  it('keeps events sorted by date', () => {
    const dates = events.map(event => event.date)
    expect(dates).toEqual([...dates].sort())
  })

  it('puts every event in the phase its date falls in', () => {
    for (const event of events)
      expect(event.phase, event.id).toBe(phaseOf(event.date))
  })

  it('covers every phase and runs from 2017 to 2026', () => {
    expect(new Set(events.map(event => event.phase))).toEqual(new Set(phases.map(range => range.phase)))
    expect(events[0].date.startsWith('2017')).toBe(true)
    expect(events[events.length - 1].date.startsWith('2026')).toBe(true)
  })

  it('has contiguous phases and rejects dates outside them', () => {
    expect(phases.map(range => range.phase)).toEqual(['escalation', 'summitry', 'stall', 'second-term'])
    expect(phaseOf('2018-03-07')).toBe('escalation')
    expect(phaseOf('2018-03-08')).toBe('summitry')
    expect(phaseOf('2019-06-30')).toBe('summitry')
    expect(phaseOf('2019-07-01')).toBe('stall')
    expect(phaseOf('2025-01-20')).toBe('second-term')
    expect(() => phaseOf('2016-12-31')).toThrow(/outside every timeline phase/)
  })

  it('dates the headline events on their local day', () => {
    const byId = (id: string) => events.find(event => event.id === id)!
    expect(byId('first-icbm').date).toBe('2017-07-04')
    expect(byId('sixth-nuclear-test').date).toBe('2017-09-03')
    expect(byId('hwasong-15').date).toBe('2017-11-29')
    expect(byId('singapore-summit').date).toBe('2018-06-12')
    expect(byId('dmz-meeting').date).toBe('2019-06-30')
    expect(byId('moratorium-ended').date).toBe('2020-01-01')
  })

  it('selects events in an inclusive range', () => {
    expect(eventsBetween('2018-06-12', '2018-06-12').map(event => event.id)).toEqual(['singapore-summit'])
    expect(eventsBetween('2019-02-27', '2019-02-28')).toHaveLength(2)
    expect(() => eventsBetween('2019-01-01', '2018-01-01')).toThrow()
  })
})

describe('summits and debate', () => {
  it('keeps summit cells short enough for one slide', () => {
    expect(SUMMIT_STEPS).toBe(summitRows.length)
    expect(SUMMIT_STEPS).toBeGreaterThanOrEqual(7)
    expect(SUMMIT_STEPS).toBeLessThanOrEqual(8)
    for (const row of summitRows) {
      expect(words(row.singapore.text), row.label).toBeLessThanOrEqual(14)
      expect(words(row.hanoi.text), row.label).toBeLessThanOrEqual(14)
    }
  })

  it('pairs a critic (DEB-01…06) with a supporter (DEB-07…12) on each topic, briefly', () => {
    expect(DEBATE_STEPS).toBe(debatePairs.length)
    expect(DEBATE_STEPS).toBeGreaterThanOrEqual(5)
    expect(DEBATE_STEPS).toBeLessThanOrEqual(6)
    const debNo = (id: string) => Number(id.slice(4))
    for (const pair of debatePairs) {
      const criticDeb = pair.critic.cites.filter(id => id.startsWith('DEB-'))
      const supporterDeb = pair.supporter.cites.filter(id => id.startsWith('DEB-'))
      expect(criticDeb.length, pair.topic).toBeGreaterThan(0)
      expect(supporterDeb.length, pair.topic).toBeGreaterThan(0)
      expect(criticDeb.every(id => debNo(id) <= 6), pair.topic).toBe(true)
      expect(supporterDeb.every(id => debNo(id) >= 7), pair.topic).toBe(true)
      for (const side of [pair.critic, pair.supporter]) {
        expect(words(side.claim), side.claim).toBeLessThanOrEqual(12)
        expect(words(side.evidence), side.evidence).toBeLessThanOrEqual(22)
      }
    }
  })

  it('labels the pack\'s opinion pieces as opinion (data: kind; DebateBoard prints it)', () => {
    const opinionFacts = ['DEB-02', 'DEB-03', 'DEB-06', 'DEB-07']
    for (const pair of debatePairs) {
      for (const side of [pair.critic, pair.supporter]) {
        if (side.cites.some(id => opinionFacts.includes(id)))
          expect(side.kind, pair.topic).toBe('opinion')
      }
    }
  })
})

describe('launches (NUM-01)', () => {
  it('covers 2016–2025 with 2025 marked preliminary', () => {
    expect(launches.map(row => row.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
    expect(launches.filter(row => row.preliminary).map(row => row.year)).toEqual([2025])
  })

  it('shows the diplomacy year as zero and 2022 as the record', () => {
    expect(launches.find(row => row.year === 2018)!.missiles).toBe(0)
    const max = Math.max(...launches.map(row => row.missiles))
    expect(launches.find(row => row.year === 2022)!.missiles).toBe(max)
    expect(launches.filter(row => row.missiles === max)).toHaveLength(1)
  })

  it('states its counting rule and source', () => {
    expect(LAUNCH_FACT_ID).toBe('NUM-01')
    expect(LAUNCH_COUNT_RULE).toMatch(/satellite/)
    expect(LAUNCH_SOURCE).toMatch(/CNS/)
  })
})

describe('validation', () => {
  /** The message checkAllData gives for these entries of a module (through data/validate.ts). */
  const validate = <S extends Parameters<typeof parseEntries>[0]>(module: string, schema: S, entries: unknown[], keyOf?: Parameters<typeof parseEntries>[2]) => {
    const { valid, problems } = parseEntries(schema, entries, keyOf)
    if (problems.length)
      throw new Error(malformed(module, problems))
    return valid
  }
  const goodQuote = { id: 'ESC-04', factId: 'ESC-04', speaker: 'Donald Trump, US President', date: '2017-08-08', occasion: 'Tweet', text: 'words' }
  const goodEvent = { id: 'singapore-summit', date: '2018-06-12', label: 'Singapore summit', phase: 'summitry', kind: 'meeting', factId: 'SGP-01' }

  it('accepts well-formed entries', () => {
    expect(validate('data/quotes.ts', quote, [goodQuote])).toHaveLength(1)
    expect(validate('data/events.ts', timelineEvent, [goodEvent])).toHaveLength(1)
  })

  it('names the module, entry and field when a date is missing', () => {
    const noDate: Partial<typeof goodEvent> = { ...goodEvent }
    delete noDate.date
    expect(() => validate('data/events.ts', timelineEvent, [goodEvent, { ...noDate, id: 'no-date' }]))
      .toThrow(/data\/events\.ts has malformed data:\n {2}entry "no-date": date: /)
  })

  it('rejects an impossible calendar date', () => {
    expect(() => validate('data/events.ts', timelineEvent, [{ ...goodEvent, id: 'feb-30', date: '2018-02-30' }]))
      .toThrow(/entry "feb-30": date: is not a real calendar date/)
  })

  it('rejects an ill-formed or unknown-prefix fact id', () => {
    expect(() => validate('data/events.ts', timelineEvent, [{ ...goodEvent, id: 'bad-fact', factId: 'SGP-1' }]))
      .toThrow(/entry "bad-fact": factId: must be a fact id like ESC-04/)
    expect(() => validate('data/events.ts', timelineEvent, [{ ...goodEvent, id: 'unknown-prefix', factId: 'XYZ-01' }]))
      .toThrow(/entry "unknown-prefix": factId: must be a fact id/)
    expect(() => validate('data/quotes.ts', quote, [{ ...goodQuote, id: 'ESC-04-1' }]))
      .toThrow(/entry "ESC-04-1": id: /)
  })

  it('rejects a bibliography entry without sources or with a bad URL', () => {
    expect(() => validate('data/sources.ts', bibliographyEntry, [{ id: 'ESC-04', date: '2017-08-08', summary: 'x', sources: [] }]))
      .toThrow(/entry "ESC-04": sources: needs at least one source/)
    expect(() => validate('data/sources.ts', bibliographyEntry, [{ id: 'ESC-04', date: '2017-08-08', summary: 'x', sources: [{ outlet: 'X', url: 'not a url' }] }]))
      .toThrow(/entry "ESC-04": sources\.0\.url: /)
  })

  it('rejects a phase range whose end is before its start', () => {
    expect(() => validate('data/phases.ts', phaseRange, [{ phase: 'stall', label: 'Stall', start: '2020-01-01', end: '2019-12-31' }], entry => entry.phase))
      .toThrow(/data\/phases\.ts has malformed data:\n {2}entry "stall": end: end is before start/)
  })

  it('rejects repeated keys', () => {
    const data = deckData()
    const quotesProblems = findDataProblems({ ...data, quotes: [...data.quotes, data.quotes[0]] })
      .find(found => found.module === 'data/quotes.ts')
      ?.problems ?? []
    expect(quotesProblems).toContain(`entry "${(data.quotes[0] as { id: string }).id}": id: is used by 2 entries; each must be unique`)
  })

  it('checks real dates without zod (the check the browser keeps)', () => {
    expect(isIsoDate('2018-06-12')).toBe(true)
    expect(isIsoDate('2020-02-29')).toBe(true)
    for (const bad of ['2018-13-40', '2018-02-30', '2019-02-29', '2018-6-12', '', undefined])
      expect(isIsoDate(bad), String(bad)).toBe(false)
  })
})

describe('checkAllData rejects malformed data, naming the module, the entry and the field', () => {
  /** The deck's data with one module replaced. */
  const withData = (patch: Partial<DeckData>): DeckData => ({ ...deckData(), ...patch })
  const replaced = <T extends { id?: string }>(list: readonly T[], id: string, change: Partial<T>) =>
    list.map(entry => (entry.id === id ? { ...entry, ...change } : entry))
  const failure = (data: DeckData): string => {
    try {
      checkAllData(data)
    }
    catch (error) {
      return (error as Error).message
    }
    throw new Error('checkAllData accepted malformed data')
  }

  it('reports an impossible date in the module and entry that hold it', () => {
    const message = failure(withData({ events: replaced(events, 'singapore-summit', { date: '2018-13-40' }) }))
    expect(message).toMatch(/^The deck's data has \d+ problems? \(fix them in data\/\):\n/)
    expect(message).toMatch(/data\/events\.ts has malformed data:\n {2}entry "singapore-summit": date: is not a real calendar date/)
  })

  it('reports a missing date', () => {
    const undated: Partial<ReturnType<typeof sourceById>> = { ...sourceById('ESC-04') }
    delete undated.date
    const message = failure(withData({ bibliography: bibliography.map(entry => (entry.id === 'ESC-04' ? undated : entry)) }))
    expect(message).toMatch(/data\/sources\.ts has malformed data:\n {2}entry "ESC-04": date: /)
  })

  it('reports a fact id missing from the bibliography wherever it is cited', () => {
    const quoted = quotes[0]!
    const message = failure(withData({
      bibliography: bibliography.filter(entry => entry.id !== 'SGP-01' && entry.id !== quoted.factId),
      launchFactId: 'NUM-99',
    }))
    expect(message).toMatch(/data\/events\.ts has malformed data:\n(?: {2}.*\n)* {2}entry "singapore-summit": factId: "SGP-01" is not in the bibliography: add it to data\/sources\.ts or fix the id\n/)
    expect(message).toContain('data/summits.ts has malformed data:\n  entry "Venue": singapore.cites.0: "SGP-01" is not in the bibliography')
    expect(message).toContain(`data/quotes.ts has malformed data:\n  entry "${quoted.id}": factId: "${quoted.factId}" is not in the bibliography`)
    expect(message).toContain('data/launches.ts has malformed data:\n  LAUNCH_FACT_ID: "NUM-99" is not in the bibliography')
    const pairs = debatePairs.map((pair, i) => (i === 0 ? { ...pair, critic: { ...pair.critic, cites: ['DEB-01', 'DEB-99'] } } : pair))
    expect(failure(withData({ debatePairs: pairs }))).toContain(`entry "${debatePairs[0]!.topic}": critic.cites.1: "DEB-99" is not in the bibliography`)
  })

  it('reports unsorted events and an event in the wrong phase', () => {
    const swapped = [...events]
    const i = swapped.findIndex(event => event.id === 'singapore-summit')
    ;[swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!]
    expect(failure(withData({ events: swapped }))).toMatch(/entry "singapore-summit": date: 2018-06-12 comes before the previous event "remains-returned"/)
    expect(failure(withData({ events: replaced(events, 'singapore-summit', { phase: 'stall' }) })))
      .toContain('entry "singapore-summit": phase: is "stall" but 2018-06-12 falls in "summitry"')
    expect(failure(withData({ events: [{ ...events[0]!, id: 'too-early', date: '2016-01-01' }, ...events] })))
      .toContain('entry "too-early": date: 2016-01-01 is outside every timeline phase')
  })

  it('reports phases with a gap or an end before their start', () => {
    const gap = phases.map(range => (range.phase === 'stall' ? { ...range, start: '2019-07-02' } : range))
    expect(failure(withData({ phases: gap }))).toContain('data/phases.ts has malformed data:\n  entry "stall": start: must be the day after "summitry" ends (2019-06-30)')
    const reversed = phases.map(range => (range.phase === 'second-term' ? { ...range, end: '2024-01-01' } : range))
    expect(failure(withData({ phases: reversed }))).toContain('entry "second-term": end: end is before start')
  })

  it('reports a quote whose id does not match its fact, or is not a quote id at all', () => {
    expect(failure(withData({ quotes: replaced(quotes, 'ESC-04', { factId: 'ESC-05' }) })))
      .toContain('data/quotes.ts has malformed data:\n  entry "ESC-04": factId: "ESC-05" does not match the quote id')
    expect(failure(withData({ quotes: replaced(quotes, 'ESC-04', { id: 'ESC-04-B' }) })))
      .toContain('entry "ESC-04-B": id: must be a fact id, optionally with -b, -c…')
  })

  it('reports repeated ids, bad launch rows, and lists every problem in one error', () => {
    const message = failure(withData({
      events: [...events, { ...events[events.length - 1]! }],
      launches: launches.map(row => (row.year === 2020 ? { ...row, launchDays: row.missiles + 1 } : row.year === 2021 ? { ...row, missiles: -1 } : row)),
      summitRows: summitRows.map((row, i) => (i === 0 ? { ...row, hanoi: { text: '', cites: [] } } : row)),
    }))
    expect(message).toContain(`entry "${events[events.length - 1]!.id}": id: is used by 2 entries; each must be unique`)
    expect(message).toMatch(/data\/launches\.ts has malformed data:\n {2}entry "2021": missiles: .*\n {2}entry "2020": launchDays: \d+ cannot exceed missiles \(\d+\)$/m)
    expect(message).not.toContain('years must be consecutive')
    expect(message).toContain('data/summits.ts has malformed data:\n  entry "Venue": hanoi.text: must not be empty\n  entry "Venue": hanoi.cites: needs at least one citation')
    expect(findDataProblems(withData({ launches: [...launches].reverse() })).map(p => p.module)).toEqual(['data/launches.ts'])
  })
})
