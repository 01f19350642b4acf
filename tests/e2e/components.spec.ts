// The reveal components as a student sees them in the built deck: one more row per click while
// presenting, everything at once in print (the PDF handout).
import { SUMMIT_STEPS } from '../../data/summits.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { expect, expectNoProblems, test, visit } from './fixtures.ts'

const deck = (await loadDeck()).slides
const comparison = deck.find(slide => slide.content.includes('<SummitComparison'))!

test('the summit comparison reveals one row per click', async ({ page, problems }) => {
  const rows = page.locator(`[data-slidev-no="${comparison.no}"] tbody tr`)
  for (let click = 0; click <= SUMMIT_STEPS; click++) {
    await visit(page, `${comparison.no}?clicks=${click}`)
    await expect(rows).toHaveCount(SUMMIT_STEPS)
    await expect(rows.filter({ visible: true })).toHaveCount(click)
    await expect(rows.and(page.locator('[aria-hidden="true"]'))).toHaveCount(SUMMIT_STEPS - click)
  }
  expectNoProblems(problems, `slide ${comparison.no}`)
})

test('the summit comparison shows every row in print mode', async ({ page, problems }) => {
  await page.goto(`${comparison.no}?print`)
  const rows = page.locator(`[data-slidev-no="${comparison.no}"] tbody tr`)
  await expect(rows.filter({ visible: true })).toHaveCount(SUMMIT_STEPS)
  await expect(page.locator(`[data-slidev-no="${comparison.no}"] caption`)).toBeAttached()
  expectNoProblems(problems, `slide ${comparison.no} in print`)
})
