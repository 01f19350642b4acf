import type { DeckData } from '../../data/check.ts'
// The pack's tags, the commentary kinds, the warhead series and the verified-through date, as the data
// checks enforce them and the components show them. Each rule has a negative control: bad data fails.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Cite from '../../components/Cite.vue'
import DebateBoard from '../../components/DebateBoard.vue'
import SourcesList from '../../components/SourcesList.vue'
import WarheadChange from '../../components/WarheadChange.vue'
import WarheadSeries from '../../components/WarheadSeries.vue'
import { deckData, findDataProblems } from '../../data/check.ts'
import { debatePairs } from '../../data/debate.ts'
import { quotes } from '../../data/quotes.ts'
import { bibliography, sourcePageOf } from '../../data/sources.ts'
import { VERIFIED_THROUGH } from '../../data/status.ts'
import { summitRows } from '../../data/summits.ts'
import { warheadSeries } from '../../data/warheads.ts'
import { formatPeriod } from '../../lib/format.ts'
import { global } from './components/stubs.ts'

function problemsWith(patch: Partial<DeckData>) {
  return findDataProblems({ ...deckData(), ...patch }).flatMap(({ module, problems }) => problems.map(problem => `${module}: ${problem}`))
}

describe('single reports are marked where the single-reported detail is used', () => {
  it('adds no "(single report)" to a citation of a fact whose tag covers one detail only (SGP-11: one dog tag)', () => {
    const single = mount(Cite, { props: { id: 'SGP-11' }, global })
    expect(single.get('a').text()).toBe('[SGP-11]')
    expect(single.text()).toBe('[SGP-11]')
    expect(mount(Cite, { props: { id: 'ESC-04' }, global }).text()).toBe('[ESC-04]')
  })

  it('shows the tags and partial dates on the sources pages', () => {
    const page = mount(SourcesList, { props: { page: sourcePageOf('SGP-11') } })
    expect(page.get('#source-SGP-11').text()).toContain('[single report: one dog tag]')
    expect(formatPeriod('2018-07', '2018-08')).toBe('July – August 2018')
    expect(formatPeriod('2021', '2023-02')).toBe('2021 – February 2023')
    expect(mount(SourcesList, { props: { page: sourcePageOf('BTW-02') } }).get('#source-BTW-02 time').text()).toBe('July – August 2018')
  })
})

describe('data checks for the pack\'s tags and the verified-through date', () => {
  it('accepts the deck\'s data', () => {
    expect(problemsWith({})).toEqual([])
  })

  it('rejects a debate cell or summit cell that cites only a weakly sourced fact', () => {
    const pairs = debatePairs.map((pair, i) => (i === 0 ? { ...pair, supporter: { ...pair.supporter, cites: ['T2-14'] } } : pair))
    // a whole fact tagged weak (the pack's T2-14 tag now covers one detail: tests/deck/part-tags.test.ts)
    const weakT214 = bibliography.map(entry => (entry.id === 'T2-14' ? { ...entry, tags: ['weakly sourced' as const] } : entry))
    expect(problemsWith({ debatePairs: pairs, bibliography: weakT214 })).toEqual([
      'data/debate.ts: entry "What Singapore produced": supporter.cites: cites only T2-14, which the pack tags [weakly sourced]; add a citation that supports the text on its own',
    ])
    const rows = summitRows.map((row, i) => (i === 0 ? { ...row, hanoi: { ...row.hanoi, cites: ['T2-14'] } } : row))
    expect(problemsWith({ summitRows: rows, bibliography: weakT214 })).toHaveLength(1)
  })

  it('rejects a bibliography date or a phase that runs past verifiedThrough', () => {
    const late = bibliography.map(entry => (entry.id === 'T2-23' ? { ...entry, date: '2026-11-25' } : entry))
    expect(problemsWith({ bibliography: late })[0]).toMatch(new RegExp(`^data/sources\\.ts: entry "T2-23": date: 2026-11-25 is after ${VERIFIED_THROUGH}, the last verified day`))
    expect(problemsWith({ verifiedThrough: '2026-06-01' }).join('\n')).toContain(`data/phases.ts: entry "second-term": end: ${VERIFIED_THROUGH} is after 2026-06-01`)
  })

  it('ties a quotation marked translation varies to a fact tagged so, both ways', () => {
    const flagged = quotes.map(q => (q.id === 'ESC-04' ? { ...q, translationVaries: true } : q))
    expect(problemsWith({ quotes: flagged })).toEqual(['data/quotes.ts: entry "ESC-04": translationVaries: set, but data/sources.ts does not tag ESC-04 [translation varies]'])
    const unflagged = quotes.map(q => (q.factId === 'T2-07' ? { ...q, translationVaries: false } : q))
    expect(problemsWith({ quotes: unflagged })[0]).toMatch(/translationVaries: T2-07 is tagged \[translation varies\]/)
  })

  it('rejects a debate argument without its commentary kind', () => {
    const unlabelled = debatePairs.map((pair, i) => (i === 0 ? { ...pair, critic: { ...pair.critic, kind: undefined } } : pair))
    expect(problemsWith({ debatePairs: unlabelled })[0]).toMatch(/^data\/debate\.ts: entry "What Singapore produced": critic\.kind: /)
  })

  it('rejects a warhead comparison across SIPRI\'s 2022 method break', () => {
    expect(problemsWith({ warheadComparisons: [[2018, 2025]] })).toEqual([
      'data/warheads.ts: comparison 2018→2025: compares buildable (2018) with assembled (2025) warheads across SIPRI\'s 2022 method break; compare like with like',
    ])
    const swapped = warheadSeries.map(row => (row.year === 2023 ? { ...row, method: 'buildable' as const } : row))
    expect(problemsWith({ warheads: swapped })[0]).toMatch(/entry "2023": method: SIPRI estimated buildable warheads only before/)
  })
})

describe('what the components show', () => {
  it('labels every debate argument with its kind, worded the same on both sides', () => {
    const board = mount(DebateBoard, { global })
    const labels = (side: string) => board.findAll(`.debate__cell--${side} .debate__kind`).map(label => label.text())
    expect(labels('critic')).toEqual(debatePairs.map(pair => `${pair.critic.kind[0]!.toUpperCase()}${pair.critic.kind.slice(1)}:`))
    expect(labels('supporter')).toEqual(debatePairs.map(pair => `${pair.supporter.kind[0]!.toUpperCase()}${pair.supporter.kind.slice(1)}:`))
  })

  it('shows each SIPRI method in its own table, and one comparison in words', () => {
    const series = mount(WarheadSeries, { global })
    expect(series.findAll('caption').map(caption => caption.text())).toEqual([
      'Until 2021: warheads that could be built from fissile material',
      'From 2022: warheads assembled',
    ])
    expect(series.findAll('table')[0]!.findAll('td').map(cell => cell.text())).toEqual(['10–20', '10–20', '20–30', '30–40', '40–50'])
    expect(series.findAll('table')[1]!.findAll('td').map(cell => cell.text())).toEqual(['about 20', 'about 30', 'about 50', 'about 50'])
    expect(mount(WarheadChange, { props: { from: 2022, to: 2025 } }).text()).toBe('assembled warheads: about 20 (2022) to about 50 (2025)')
    expect(() => mount(WarheadChange, { props: { from: 2018, to: 2025 } })).toThrow(/different SIPRI methods/)
  })
})
