// A citation you can open (issue 25), in the built deck: a citation in slide text, one in a quote
// card and one in the summit comparison open a panel whose statement, date, tags, sources and kinds
// are data/sources.ts's; the keyboard (Enter, Space, Tab, Escape) and focus; Slidev's keys stay
// still while the panel has focus; the panel never covers its citation; axe in the light and dark
// rooms; a phone's tap, the presenter view, and print, where the citation stays the plain link.
import type { Locator, Page } from '@playwright/test'
import { sourceHost } from '../../data/source-hosts.ts'
import { sourceById, sourcePageOf } from '../../data/sources.ts'
import { citedTags, sourceKindWords } from '../../lib/citations.ts'
import { formatPeriod } from '../../lib/format.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { LAST_STEP } from '../../tools/shared/paths.ts'
import { axeProblems } from './axe.ts'
import { expect, expectNoProblems, test } from './fixtures.ts'

const deck = (await loadDeck()).slides
function slideWith(text: string) {
  const slide = deck.find(candidate => candidate.content.includes(text))
  if (!slide)
    throw new Error(`No slide has ${text}: pick another citation for this test.`)
  return slide
}

/** A citation in the text of a slide, one in a quote card, one in the comparison table. */
const IN_TEXT = { slide: slideWith('<Cite id="SGP-03" />'), id: 'SGP-03' }
const IN_QUOTE_CARD = { slide: slideWith('<QuoteCard id="ESC-04" />'), id: 'ESC-04' }
const IN_COMPARISON = slideWith('<SummitComparison')

function citation(page: Page, no: number, id: string) {
  return page.locator(`[data-slidev-no="${no}"] button.cite__ref`, { hasText: `[${id}]` }).first()
}
const panelOf = (page: Page, id: string) => page.getByRole('dialog', { name: `Source ${id}` })
/** Every open citation panel (Slidev's "Go to slide" box is a dialog too). */
const allPanels = (page: Page) => page.getByRole('dialog', { name: /^Source / })

interface Box { x: number, y: number, width: number, height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * The panel shows the fact as data/sources.ts has it: statement, date, tags, each source and its kind.
 * `timeout` shortens each wait, for a negative control that must fail without waiting out the default.
 */
async function expectPanelShows(panel: Locator, id: string, timeout?: number) {
  const within = { timeout }
  const entry = sourceById(id)
  await expect(panel).toBeVisible(within)
  await expect(panel).toHaveAccessibleDescription(entry.summary, within)
  await expect(panel.locator('.cite-panel__summary')).toHaveText(entry.summary, within)
  await expect(panel.locator('.cite-panel__date')).toHaveText(formatPeriod(entry.date, entry.until), within)
  await expect(panel.locator('.cite-panel__tag')).toHaveCount(citedTags(entry).length, within)
  const items = panel.locator('.cite-panel__source')
  await expect(items).toHaveCount(entry.sources.length, within)
  for (const [index, source] of entry.sources.entries()) {
    const link = items.nth(index).getByRole('link', { name: `${source.outlet} (opens in a new tab)` })
    await expect(link).toHaveAttribute('href', source.url, within)
    await expect(link).toHaveAttribute('target', '_blank', within)
    await expect(link).toHaveAttribute('rel', 'noopener', within)
    const host = sourceHost(source.url)
    await expect(items.nth(index).locator('.cite-panel__kind')).toHaveText(host ? [`· ${sourceKindWords(host)}`] : [], within)
  }
  await expect(panel.getByRole('link', { name: 'Full entry in the Sources chapter' }))
    .toHaveAttribute('href', new RegExp(`/sources-${sourcePageOf(id)}$`), within)
}

/** Opened panel: beside its citation, not over it, and inside the window. */
async function expectBeside(page: Page, cite: Locator, panel: Locator) {
  const [citeBox, panelBox] = [await cite.boundingBox(), await panel.boundingBox()]
  expect(citeBox && panelBox, 'citation and panel on screen').toBeTruthy()
  expect(overlaps(citeBox!, panelBox!), `panel ${JSON.stringify(panelBox)} covers its citation ${JSON.stringify(citeBox)}`).toBe(false)
  const viewport = page.viewportSize()!
  expect(panelBox!.x >= 0 && panelBox!.y >= 0 && panelBox!.x + panelBox!.width <= viewport.width && panelBox!.y + panelBox!.height <= viewport.height, `panel ${JSON.stringify(panelBox)} inside the ${viewport.width}×${viewport.height} window`).toBe(true)
}

test('the overlap check catches a panel over its citation', () => {
  expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true)
  expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 12, width: 10, height: 10 })).toBe(false)
})

test('a citation in slide text opens its panel on click, beside it, without moving the slide', async ({ page, problems }) => {
  const { slide, id } = IN_TEXT
  await page.goto(String(slide.no))
  const cite = citation(page, slide.no, id)
  await cite.click()
  const panel = panelOf(page, id)
  await expectPanelShows(panel, id)
  // A negative control: the same check against another fact's entry fails.
  await expect(expectPanelShows(panel, 'ESC-01', 1_000)).rejects.toThrow()
  await expect(panel).toBeFocused()
  await expect(cite).toHaveAttribute('aria-expanded', 'true')
  await expect(page).toHaveURL(new RegExp(`/${slide.no}$`))
  await expectBeside(page, cite, panel)
  expectNoProblems(problems, `slide ${slide.no}`)
})

test('a quote card\'s citation opens with Enter; Slidev\'s keys stay still; Tab stays in; Escape gives focus back', async ({ page, problems }) => {
  const { slide, id } = IN_QUOTE_CARD
  await page.goto(String(slide.no))
  const cite = citation(page, slide.no, id)
  await cite.focus()
  await page.keyboard.press('Enter')
  const panel = panelOf(page, id)
  await expectPanelShows(panel, id)
  await expect(panel).toBeFocused()
  await expectBeside(page, cite, panel)

  for (const key of ['ArrowRight', 'Space', 'PageDown', 'ArrowLeft'])
    await page.keyboard.press(key)
  await expect(page).toHaveURL(new RegExp(`/${slide.no}$`))
  await expect(panel).toBeVisible()

  const stops = await panel.locator('a[href], button').count()
  for (let press = 0; press <= stops; press++) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))), `Tab ${press + 1} left the panel`).toBe(true)
  }

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(cite).toBeFocused()
  await expect(cite).toHaveAttribute('aria-expanded', 'false')

  // Space opens it too; Close gives the focus back.
  await page.keyboard.press('Space')
  await expect(panel).toBeFocused()
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(panel).toBeHidden()
  await expect(cite).toBeFocused()
  await expect(page).toHaveURL(new RegExp(`/${slide.no}$`))

  // A negative control for "the slide stays": with the focus on the page, the same key moves it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('ArrowRight')
  await expect(page).not.toHaveURL(new RegExp(`/${slide.no}$`))
  expectNoProblems(problems, `slide ${slide.no}`)
})

test('a citation in the summit comparison opens with Space, one panel at a time, and links to its Sources entry', async ({ page, problems }) => {
  const no = IN_COMPARISON.no
  await page.goto(`${no}?clicks=${LAST_STEP}`)
  const cites = page.locator(`[data-slidev-no="${no}"] table button.cite__ref`)
  const first = cites.first()
  const firstId = (await first.textContent())!.replace(/^\[|\]$/g, '')
  await first.focus()
  await page.keyboard.press('Space')
  await expectPanelShows(panelOf(page, firstId), firstId)
  await expectBeside(page, first, panelOf(page, firstId))

  const other = cites.filter({ hasNotText: `[${firstId}]` }).last()
  const otherId = (await other.textContent())!.replace(/^\[|\]$/g, '')
  await other.click()
  await expect(allPanels(page)).toHaveCount(1)
  await expectPanelShows(panelOf(page, otherId), otherId)

  await panelOf(page, otherId).getByRole('link', { name: 'Full entry in the Sources chapter' }).click()
  await expect(page).toHaveURL(new RegExp(`/sources-${sourcePageOf(otherId)}$`))
  await expect(page.locator(`li#source-${otherId}`)).toBeVisible()
  await expect(allPanels(page)).toHaveCount(0)
  expectNoProblems(problems, `slide ${no}`)
})

for (const room of ['light', 'dark'] as const) {
  test.describe(`the ${room} room`, () => {
    test.use({ colorScheme: room })

    test(`axe finds nothing on the open panel (WCAG 2.2 AA, best practices, 7:1 contrast), ${room}`, async ({ page, problems }) => {
      const { slide, id } = IN_QUOTE_CARD
      await page.goto(String(slide.no))
      await expect(page.locator('html')).toHaveClass(room === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
      await citation(page, slide.no, id).click()
      await expectPanelShows(panelOf(page, id), id)
      expect(await axeProblems(page, '[role="dialog"]')).toEqual([])
      expectNoProblems(problems, `slide ${slide.no}, ${room}`)
    })
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap opens the panel, inside the screen and beside the citation', async ({ page, problems }) => {
    const { slide, id } = IN_TEXT
    await page.goto(String(slide.no))
    const cite = citation(page, slide.no, id)
    await cite.tap()
    await expectPanelShows(panelOf(page, id), id)
    await expectBeside(page, cite, panelOf(page, id))
    await expect(page).toHaveURL(new RegExp(`/${slide.no}$`))
    expectNoProblems(problems, `slide ${slide.no} on a phone`)
  })
})

test('the presenter view opens citations on the current slide', async ({ page, problems }) => {
  const { slide, id } = IN_TEXT
  await page.goto(`presenter/${slide.no}`)
  const cite = citation(page, slide.no, id)
  await cite.click()
  await expectPanelShows(panelOf(page, id), id)
  await expectBeside(page, cite, panelOf(page, id))
  await page.keyboard.press('Escape')
  await expect(cite).toBeFocused()
  expectNoProblems(problems, `presenter view, slide ${slide.no}`)
})

test('in print mode a citation stays the plain link to its Sources slide', async ({ page, problems }) => {
  const { slide, id } = IN_TEXT
  await page.goto(`${slide.no}?print`)
  const wrapper = page.locator(`[data-slidev-no="${slide.no}"]`)
  await expect(wrapper.locator('h1').first()).toBeVisible()
  await expect(wrapper.locator('button.cite__ref')).toHaveCount(0)
  const link = wrapper.locator('.cite a', { hasText: `[${id}]` }).first()
  await expect(link).toHaveText(`[${id}]`)
  await expect(link).toHaveAttribute('href', new RegExp(`sources-${sourcePageOf(id)}$`))
  expectNoProblems(problems, `slide ${slide.no} in print mode`)
})
