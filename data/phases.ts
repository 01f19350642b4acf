// The four phases of the timeline. Ranges are inclusive, contiguous and in order; the last ends on
// the last verified day (VERIFIED_THROUGH in data/status.ts: nothing later is verified).
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { Phase, PhaseRange } from './schema.ts'
import { VERIFIED_THROUGH } from './status.ts'

export const phases: PhaseRange[] = [
  { phase: 'escalation', label: 'Escalation', start: '2017-01-20', end: '2018-03-07' },
  { phase: 'summitry', label: 'Summitry', start: '2018-03-08', end: '2019-06-30' },
  { phase: 'stall', label: 'Stall', start: '2019-07-01', end: '2025-01-19' },
  { phase: 'second-term', label: 'Second term', start: '2025-01-20', end: VERIFIED_THROUGH },
]

/** The phase a date (YYYY-MM-DD) falls in; throws for dates outside every phase. */
export function phaseOf(date: string): Phase {
  const found = phases.find(range => range.start <= date && date <= range.end)
  if (!found)
    throw new Error(`Date "${date}" is outside every timeline phase (${phases[0].start} to ${phases[phases.length - 1].end}).`)
  return found.phase
}
