import { loadDeck } from '../../tools/shared/deck'
import { expect, expectNoProblems, expectTitle, test } from './fixtures'

const deck = (await loadDeck()).slides

test('every slide renders at its URL with its title, no console error and no off-machine request', async ({ page, problems }) => {
  // One visit per slide: the budget grows with the deck (as in citations.spec.ts), not a fixed two minutes.
  test.setTimeout(60_000 + deck.length * 2_500)
  for (const slide of deck) {
    await test.step(`slide ${slide.no}: ${slide.title}`, async () => {
      await page.goto(String(slide.no))
      await expect(page.locator(`[data-slidev-no="${slide.no}"]`)).toBeVisible()
      await expectTitle(page, slide)
      expectNoProblems(problems, `slide ${slide.no} (${slide.file})`)
    })
  }
  console.log(`checked ${deck.length} slides`)
})

test('the page declares English and follows the deck title', async ({ page, problems }) => {
  await page.goto('1')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle(/Trump and Kim Jong Un/)
  expectNoProblems(problems, 'slide 1')
})
