// The slide search: `/` or the navigation-bar button opens it; a term lands on a slide that has it;
// Escape closes it and focus goes back where it was. Runs against the e2e build (with notes).
import { bibliography, sourcePageOf } from '../../data/sources.ts'
import { plainText } from '../../lib/plain-text.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { axeProblems } from './axe.ts'
import { expect, expectNoProblems, expectTitle, test } from './fixtures.ts'

const { slides: deck } = await loadDeck()
const TERM = 'Yongbyon'

/** Slides a reader would expect for a term: it is in their text or notes, or in a source they list. */
function slidesWith(term: string): number[] {
  const needle = term.toLowerCase()
  const direct = deck
    .filter(slide => `${plainText(slide.content)} ${slide.note}`.toLowerCase().includes(needle))
    .map(slide => slide.no)
  const viaSources = bibliography
    .filter(entry => `${entry.summary} ${entry.sources.map(source => source.outlet).join(' ')}`.toLowerCase().includes(needle))
    .map(entry => deck.find(slide => slide.frontmatter.routeAlias === `sources-${sourcePageOf(entry.id)}`)!.no)
  return [...new Set([...direct, ...viaSources])].sort((a, b) => a - b)
}

test('a term found on a few slides lands on one of them; focus returns after', async ({ page, problems }) => {
  const expected = slidesWith(TERM)
  expect(expected.length, `"${TERM}" should be on a few slides, not none or most`).toBeGreaterThan(0)
  expect(expected.length).toBeLessThan(deck.length / 4)

  await page.goto('1')
  await expectTitle(page, deck[0]!)
  await page.keyboard.press('/')
  const dialog = page.getByRole('dialog', { name: 'Search the slides' })
  const box = dialog.getByRole('combobox', { name: 'Search the slides' })
  await expect(box).toBeFocused()
  await box.pressSequentially(TERM.toLowerCase())
  const options = dialog.getByRole('option')
  await expect(options.first()).toBeVisible()
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', await options.first().getAttribute('id') ?? '')

  // Every result is a slide that has the term; each shows its number and title.
  const shown = (await options.allInnerTexts()).map(text => Number(/Slide (\d+)/.exec(text)?.[1]))
  expect(shown.filter(no => !expected.includes(no)), `results without "${TERM}"`).toEqual([])
  for (const no of shown.slice(0, 3))
    await expect(options.filter({ hasText: new RegExp(`^Slide ${no}\\b`) })).toContainText(deck[no - 1]!.title.slice(0, 20))

  await box.press('ArrowDown')
  const chosen = shown[shown.length > 1 ? 1 : 0]!
  await expect(options.nth(shown.length > 1 ? 1 : 0)).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')
  await expect(dialog).toBeHidden()
  // Sources slides have a named route (/sources-5): the title tells which slide is on screen.
  await expectTitle(page, deck[chosen - 1]!)
  await expect(page.locator('body')).toBeFocused()
  // Keys drive the slides again.
  const url = page.url()
  await page.keyboard.press('ArrowRight')
  await expect(page).not.toHaveURL(url)
  expectNoProblems(problems, 'search')
})

test('a term that is nowhere finds nothing (negative control)', async ({ page, problems }) => {
  await page.goto('1')
  // Slidev registers its keys once the slide is up.
  await expectTitle(page, deck[0]!)
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: 'Search the slides' })
  await box.fill('qqxzzv')
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('No slide matches.')
  await expect(page.getByRole('option')).toHaveCount(0)
  expectNoProblems(problems, 'search')
})

test('the navigation-bar button opens the search; Escape closes it and focus returns to the button', async ({ page, problems }) => {
  await page.goto('3')
  const button = page.getByRole('button', { name: 'Search the slides' })
  await button.focus()
  await button.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Search the slides' })
  await expect(dialog.getByRole('combobox')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
  await expect(page).toHaveURL(/\/3$/)

  // Opening a slide from the button's search leaves the focus on the page: arrows move the slides.
  await button.press('Enter')
  await dialog.getByRole('combobox').fill(TERM)
  await dialog.getByRole('combobox').press('Enter')
  await expect(dialog).toBeHidden()
  const url = page.url()
  await page.keyboard.press('ArrowRight')
  await expect(page).not.toHaveURL(url)
  expectNoProblems(problems, 'search button')
})

test('the lecturer build also searches the speaker notes', async ({ page, problems }) => {
  // A run of words from a note that is not on any slide: only the notes can find it.
  const slide = deck.find(candidate => /\bTiming: \d/.test(candidate.note) && candidate.no > 10)!
  const phrase = slide.note.split(/[.:\n]/).map(part => part.trim()).find(part => part.split(' ').length >= 5
    && !deck.some(other => plainText(other.content).includes(part)))!
  await page.goto('1')
  // Slidev registers its keys once the slide is up.
  await expectTitle(page, deck[0]!)
  await page.keyboard.press('/')
  await page.getByRole('combobox', { name: 'Search the slides' }).fill(phrase)
  await expect(page.getByRole('option').filter({ hasText: new RegExp(`^Slide ${slide.no}\\b`) })).toContainText('in the speaker notes')
  expectNoProblems(problems, 'search in notes')
})

test('the open search with results passes axe-core (WCAG 2.2 A/AA, best practices, 7:1)', async ({ page, problems }) => {
  await page.goto('1')
  // Slidev registers its keys once the slide is up.
  await expectTitle(page, deck[0]!)
  await page.keyboard.press('/')
  await page.getByRole('combobox', { name: 'Search the slides' }).fill(TERM)
  await expect(page.getByRole('option').first()).toBeVisible()
  expect(await axeProblems(page, '.slide-search')).toEqual([])
  expectNoProblems(problems, 'search (axe)')
})
