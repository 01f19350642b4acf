// SIPRI's estimates of North Korea's nuclear warheads, by Yearbook (estimate as of January of that
// year): fact NUM-04, with the like-for-like reading of DEB-05 and correction 5 of the fact pack.
// SIPRI changed method in 2022: through 2021 it estimated warheads BUILDABLE from fissile material;
// from 2022 it estimates ASSEMBLED warheads. The drop from 40–50 (2021) to about 20 (2022) is the
// change of method, not a shrinking arsenal. Every comparison in the deck is rendered from this
// series through `warheadChange`, which refuses to compare across the break.
// Plain data, checked by data/check.ts (unit tests and build): no zod in the browser.
import type { WarheadEstimate, WarheadMethod } from './schema.ts'

export const WARHEAD_FACT_ID = 'NUM-04'

export const WARHEAD_METHODS: Record<WarheadMethod, { label: string, explained: string }> = {
  buildable: { label: 'buildable', explained: 'warheads that could be built from fissile material' },
  assembled: { label: 'assembled', explained: 'warheads assembled' },
}

export const warheadSeries: WarheadEstimate[] = [
  { year: 2017, method: 'buildable', low: 10, high: 20 },
  { year: 2018, method: 'buildable', low: 10, high: 20 },
  { year: 2019, method: 'buildable', low: 20, high: 30 },
  { year: 2020, method: 'buildable', low: 30, high: 40 },
  { year: 2021, method: 'buildable', low: 40, high: 50 },
  { year: 2022, method: 'assembled', low: 20, high: 20, materialFor: '45–55' },
  { year: 2023, method: 'assembled', low: 30, high: 30, materialFor: '50–70' },
  { year: 2024, method: 'assembled', low: 50, high: 50, materialFor: 'up to 90' },
  { year: 2025, method: 'assembled', low: 50, high: 50, materialFor: 'up to 90' },
]

/** The comparisons the deck makes (start and end year); data/check.ts keeps each within one method. */
export const WARHEAD_COMPARISONS: ReadonlyArray<readonly [number, number]> = [
  [2018, 2021],
  [2022, 2025],
]

function warheadEstimate(year: number): WarheadEstimate {
  const found = warheadSeries.find(row => row.year === year)
  if (!found)
    throw new Error(`data/warheads.ts has no SIPRI estimate for ${year} (years ${warheadSeries[0]!.year}–${warheadSeries[warheadSeries.length - 1]!.year}).`)
  return found
}

/** "10–20" for a range, "about 50" for a point estimate. */
export function warheadFigure(row: WarheadEstimate): string {
  return row.low === row.high ? `about ${row.low}` : `${row.low}–${row.high}`
}

/** Why a comparison is not like for like, or undefined when it is. */
export function crossMethodProblem(from: number, to: number): string | undefined {
  const [a, b] = [warheadEstimate(from), warheadEstimate(to)]
  if (a.method !== b.method)
    return `${from} (${a.method}) and ${to} (${b.method}) use different SIPRI methods; compare years within one method (2017–2021 buildable, 2022 on assembled)`
  if (from >= to)
    return `${from} is not before ${to}`
  return undefined
}

/** "buildable warheads: 10–20 (2018) to 40–50 (2021)"; throws across SIPRI's 2022 method break. */
export function warheadChange(from: number, to: number): string {
  const problem = crossMethodProblem(from, to)
  if (problem)
    throw new Error(`Warhead comparison ${from}→${to}: ${problem}.`)
  const [a, b] = [warheadEstimate(from), warheadEstimate(to)]
  return `${WARHEAD_METHODS[a.method].label} warheads: ${warheadFigure(a)} (${from}) to ${warheadFigure(b)} (${to})`
}
