// The one list of rules over the deck model (tools/shared/deck.ts). The Vite plugin
// (tools/vite/deck-checks.ts) runs it when `slidev build`, `slidev` (dev) and the export start, and
// again when a slide or data file is saved in dev: an error stops them with one message naming file,
// line, slide and fix; a warning is printed. Vitest runs the same list over the real deck and over
// small fixture decks (tests/unit/slide-checks.test.ts, tests/deck/).
import type { Deck } from '../shared/deck.ts'
import type { Problem, Rule, Severity } from './problems.ts'
import { loadDeck } from '../shared/deck.ts'
import { partTagRule, publicationDateRule, sourceAddressRule } from './bibliography.ts'
import { componentsRule } from './components.ts'
import { contentA11yRule } from './content-a11y.ts'
import { frontmatterRule } from './frontmatter.ts'
import { importsRule } from './imports.ts'
import { formatProblems } from './problems.ts'
import { sessionPlanRule, timingRule } from './timing.ts'
import { warheadWordingRule } from './warheads.ts'

/** Every rule, in the order its problems are listed. A new rule is added here. */
export const RULES: readonly Rule[] = [importsRule, frontmatterRule, componentsRule, partTagRule, sourceAddressRule, publicationDateRule, contentA11yRule, warheadWordingRule, timingRule, sessionPlanRule]

export type RuledProblem = Problem & { rule: string, severity: Severity }

/** Every problem the rules find: missing imports first, then slide by slide, line by line. */
export function findProblems(deck: Deck, rules: readonly Rule[] = RULES): RuledProblem[] {
  return rules
    .flatMap(rule => rule.check(deck).map(problem => ({ ...problem, rule: rule.name, severity: rule.severity })))
    .sort((a, b) => (a.slide?.no ?? 0) - (b.slide?.no ?? 0) || (a.slide ? a.line - b.line : 0))
}

/**
 * Parses the deck under `root` and runs the rules: throws one error listing every error, returns the
 * message listing the warnings ('' when there is none).
 */
export async function checkSlides(root: string): Promise<string> {
  const problems = findProblems(await loadDeck(root))
  const errors = problems.filter(problem => problem.severity === 'error')
  if (errors.length)
    throw new Error(formatProblems(errors))
  const warnings = problems.filter(problem => problem.severity === 'warning')
  return warnings.length ? formatProblems(warnings) : ''
}

export { formatProblems }
