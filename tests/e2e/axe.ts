// axe-core in the page: the rule set every accessibility check here uses, and one way to run it.
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'
import axe from 'axe-core'

/** WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
/** The deck keeps 7:1 contrast (WCAG AAA), so the 7:1 rule runs too. */
const SEVEN_TO_ONE = { 'color-contrast-enhanced': { enabled: true } }
/** The colour rules alone (the dark room changes only colours): the 7:1 rule leaves ratios below 4.5:1 to the AA rule (its minThreshold), so both. */
export const CONTRAST_RULES = ['color-contrast', 'color-contrast-enhanced']

/**
 * axe-core's violations on the part of the page `selector` names: WCAG_TAGS and the 7:1 rule, or only
 * `rules`. axe is put in the page once per document, not once per run as @axe-core/playwright does:
 * a pass over every slide moves inside one page, and re-sending axe's 600 KB each time made a run
 * take about twice as long (0.8 s against 0.4 s on a quiet machine).
 */
export async function axeViolations(page: Page, selector: string, rules?: string[]): Promise<AxeResults['violations']> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axe.source)
  const options: RunOptions = {
    // Only violations are reported element by element (axe's advice for large pages).
    resultTypes: ['violations'],
    ...rules ? { runOnly: { type: 'rule', values: rules } } : { runOnly: { type: 'tag', values: WCAG_TAGS }, rules: SEVEN_TO_ONE },
  }
  return page.evaluate(([selector, options]) => (window as unknown as { axe: typeof axe }).axe.run(selector, options).then(results => results.violations), [selector, options] as const)
}

/** axeViolations as one line per failing element: the rule, its impact and help, the element, and what to fix. */
export async function axeProblems(page: Page, selector: string, rules?: string[]): Promise<string[]> {
  return (await axeViolations(page, selector, rules)).flatMap(violation => violation.nodes.map(node =>
    `${violation.id} (${violation.impact}): ${violation.help} — target ${node.target.map(String).join(' > ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').trim()}` : ''}`))
}
