// The design of the built deck as the room sees it: quiet citations the lecturer can hide with one
// key (without moving anything, never in print, still read by screen readers), and the dark room
// (Slidev's `d` key) that print leaves light. Every slide's 7:1 contrast in the dark room is checked
// in the play-mode pass of every-slide.spec.ts.
import type { Page } from '@playwright/test'
import { loadDeck } from '../../tools/shared/deck.ts'
import { expect, expectNoProblems, ROOM_BACKGROUNDS, settle, test, visit } from './fixtures.ts'

const deck = (await loadDeck()).slides
/** A slide with several citations in bullet text (chapter 2, the 2017 tests). */
const CITED = deck.find(slide => slide.title.startsWith('In 2017 North Korea flew its first ICBMs'))!

/** Where every element of the slide is: tag, x, y, width, height. */
async function layoutOf(page: Page, no: number): Promise<[string, number, number, number, number][]> {
  return page.locator(`[data-slidev-no="${no}"] .slidev-layout`).first().evaluate(root =>
    [...root.querySelectorAll('*')].map((element) => {
      const box = element.getBoundingClientRect()
      return [element.tagName, box.x, box.y, box.width, box.height] as [string, number, number, number, number]
    }))
}

/** Elements that moved or changed size by more than a pixel (a transparent layer may round differently). */
function moved(before: Awaited<ReturnType<typeof layoutOf>>, after: Awaited<ReturnType<typeof layoutOf>>): string[] {
  if (before.length !== after.length)
    return [`${before.length} elements before, ${after.length} after`]
  return before.flatMap((box, i) => box.slice(1).some((value, k) => Math.abs((value as number) - (after[i]![k + 1] as number)) > 1)
    ? [`${box.join(' ')} → ${after[i]!.join(' ')}`]
    : [])
}

async function citeOpacities(page: Page, no: number): Promise<string[]> {
  return page.locator(`[data-slidev-no="${no}"] .cite`).evaluateAll(cites => cites.map(cite => getComputedStyle(cite).opacity))
}

test.describe('quiet citations', () => {
  test('the key hides and restores the citations without moving the layout', async ({ page, problems }) => {
    await visit(page, String(CITED.no))
    await settle(page, CITED.no)
    const before = await layoutOf(page, CITED.no)
    const shown = await citeOpacities(page, CITED.no)
    expect(shown.length, 'the slide has citations').toBeGreaterThan(2)
    expect(shown.every(opacity => opacity === '1')).toBe(true)
    const toggle = page.locator('.deck-citations-toggle')

    await page.keyboard.press('c')
    await expect.poll(() => citeOpacities(page, CITED.no)).toEqual(shown.map(() => '0'))
    expect(moved(before, await layoutOf(page, CITED.no)), 'nothing moves when citations hide').toEqual([])
    // Screen readers still reach every source, named by its outlets.
    await expect(page.getByRole('button', { name: /^Source ESC-01: / })).toHaveCount(1)
    // The state is shown in the navigation bar (presenter view and play view).
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(toggle).toContainText('Citations hidden')

    await page.keyboard.press('c')
    await expect.poll(() => citeOpacities(page, CITED.no)).toEqual(shown)
    expect(moved(before, await layoutOf(page, CITED.no))).toEqual([])
    // Negative control: the comparison does see a real move.
    expect(moved(before, before.map(([tag, x, y, w, h]) => [tag, x, y + 2, w, h]))).toHaveLength(before.length)
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expectNoProblems(problems, `slide ${CITED.no}`)
  })

  test('the presenter view shows and switches the state the room sees', async ({ page, context }) => {
    await page.goto(`presenter/${CITED.no}`)
    const toggle = page.locator('.deck-citations-toggle').first()
    await expect(toggle).toBeVisible()
    await toggle.click()
    await expect(toggle).toContainText('Citations hidden')
    // The projector window, another tab of the same deck, follows.
    const room = await context.newPage()
    await room.goto(String(CITED.no))
    await settle(room, CITED.no)
    await expect.poll(() => citeOpacities(room, CITED.no)).toContain('0')
    await toggle.click()
    await expect.poll(() => citeOpacities(room, CITED.no)).not.toContain('0')
  })

  test('print mode and printing always show the citations', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('deck-citations-hidden', 'true'))
    await visit(page, `${CITED.no}?print`)
    await settle(page, CITED.no)
    expect(await citeOpacities(page, CITED.no)).not.toContain('0')

    // Hidden on screen, then printed from the browser: the printout shows them.
    await visit(page, String(CITED.no))
    await settle(page, CITED.no)
    await expect.poll(() => citeOpacities(page, CITED.no)).toContain('0')
    await page.emulateMedia({ media: 'print' })
    expect(await citeOpacities(page, CITED.no)).not.toContain('0')
  })
})

test.describe('the dark room', () => {
  test.use({ colorScheme: 'dark' })

  test('the dark room is designed, and print mode stays light', async ({ page }) => {
    await visit(page, String(CITED.no))
    await settle(page, CITED.no)
    const background = () => page.locator(`[data-slidev-no="${CITED.no}"] .slidev-layout`).first().evaluate(element => getComputedStyle(element).backgroundColor)
    expect(await background()).toBe(ROOM_BACKGROUNDS.dark)
    await visit(page, `${CITED.no}?print`)
    await settle(page, CITED.no)
    expect(await background()).toBe(ROOM_BACKGROUNDS.light)
  })
})
