// Warhead comparisons stay within one SIPRI method (the 2022 break: buildable through 2021, assembled
// from 2022): in the data every comparison is checked, and no slide or note retypes one across the break.
import { describe, expect, it } from 'vitest'
import { crossMethodProblem, WARHEAD_COMPARISONS, warheadChange, warheadSeries } from '../../data/warheads.ts'
import { crossMethodSentences } from '../../tools/rules/warheads.ts'

describe('warhead comparisons', () => {
  it('holds the series with its method per year, buildable through 2021 and assembled from 2022', () => {
    expect(warheadSeries.map(row => `${row.year} ${row.method}`)).toEqual([
      '2017 buildable',
      '2018 buildable',
      '2019 buildable',
      '2020 buildable',
      '2021 buildable',
      '2022 assembled',
      '2023 assembled',
      '2024 assembled',
      '2025 assembled',
    ])
  })

  it('makes every comparison within one method, and refuses one across the break', () => {
    for (const [from, to] of WARHEAD_COMPARISONS)
      expect(crossMethodProblem(from, to), `${from}→${to}`).toBeUndefined()
    expect(warheadChange(2018, 2021)).toBe('buildable warheads: 10–20 (2018) to 40–50 (2021)')
    expect(warheadChange(2022, 2025)).toBe('assembled warheads: about 20 (2022) to about 50 (2025)')
    expect(() => warheadChange(2018, 2025)).toThrow('Warhead comparison 2018→2025: 2018 (buildable) and 2025 (assembled) use different SIPRI methods')
  })

  // That no slide or note compares across the break is a rule of tools/rules/ (tests/deck/rules.test.ts).

  it('catches the old cross-method wording (negative control)', () => {
    expect(crossMethodSentences('SIPRI\'s arsenal estimate rose from 10–20 warheads (2018) to about 50 (2024–25).')).toHaveLength(1)
    expect(crossMethodSentences('Warheads: 10–20 (2018) to about 50 (2024–25).')).toHaveLength(1)
    expect(crossMethodSentences('Buildable warheads rose from 10–20 (2018) to 40–50 (2021).')).toEqual([])
  })
})
