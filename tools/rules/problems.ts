// What a rule reports, and the one message that lists every problem.
import type { Deck } from '../shared/deck.ts'

/** An error stops build, dev and export; a warning is printed and fails the tests. */
export type Severity = 'error' | 'warning'

/** One mistake in the slide sources, with where it is and how to fix it. */
export interface Problem {
  /** File relative to the deck root, e.g. pages/04-singapore.md */
  file: string
  /** 1-based line in that file */
  line: number
  /** The slide the audience would see, when the mistake is on one */
  slide?: { no: number, title: string }
  /** What is wrong, e.g. `<Cite id="XXX-99">: "XXX-99" is not in data/sources.ts` */
  problem: string
  /** What to do about it */
  fix: string
}

/** A finding of a rule before the caller adds where it is. */
export type Finding = Pick<Problem, 'problem' | 'fix'>

/** A rule: a function of the deck, registered in tools/rules/index.ts with its severity. */
export interface Rule {
  /** Short name, shown in test titles, e.g. "components" */
  name: string
  severity: Severity
  check: (deck: Deck) => Problem[]
}

function place(problem: Problem): string {
  const slide = problem.slide ? `, slide ${problem.slide.no}${problem.slide.title ? ` "${problem.slide.title}"` : ''}` : ''
  return `${problem.file}:${problem.line}${slide}`
}

/** One message: a count, then each problem with file:line, slide number and title, and the fix. */
export function formatProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
  return [
    `The slides have ${count}. Fix ${problems.length === 1 ? 'it' : 'them'}, then run the command again (a running dev server re-checks on save):`,
    ...problems.flatMap(problem => ['', `  ${place(problem)}`, `    ${problem.problem}`, `    Fix: ${problem.fix}`]),
  ].join('\n')
}

/** Edit distance, for "did you mean …" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

/** The candidate closest to `value` (case-insensitive), if it is close enough to be a typo. */
export function closest(value: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  let best: { candidate: string, d: number } | undefined
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase())
    if (d <= maxDistance && (!best || d < best.d))
      best = { candidate, d }
  }
  return best?.candidate
}
