// Readable in a lecture hall: nothing outside the slide canvas at any click step or in print,
// body text (the slide's prose, bullets and quotations) at least 20 px, and supporting text at
// least 16 px: citations, captions (a quotation's speaker and date, a chart's title), timeline
// entries, cells of comparison tables, source lines and the footer.
import type { Locator, Page } from '@playwright/test'
import { loadDeck } from '../../tools/shared/deck'
import { expect, expectNoProblems, test, visit } from './fixtures'

const deck = (await loadDeck()).slides
const BODY_MIN_PX = 20
const FINE_PRINT_MIN_PX = 16
const SUPPORTING_TEXT = '.fine-print, .slidev-page-footer, figcaption, .place-map__legend, table, .timeline'

/** Runs in the page: lists every element that sticks out of the canvas or has text too small. */
async function layoutProblems(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((root, [bodyMin, fineMin, SUPPORTING_TEXT]) => {
    const problems: string[] = []
    const frame = root.getBoundingClientRect()
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element)
      if (style.display === 'none' || element.closest('svg, .sr-only, [data-geometry-ignore]'))
        continue
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.height > 0 && (box.left < frame.left - 1 || box.top < frame.top - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1))
        problems.push(`outside the canvas by ${Math.round(Math.max(frame.left - box.left, frame.top - box.top, box.right - frame.right, box.bottom - frame.bottom))} px: ${describe(element)}`)
      const ownText = [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
      if (ownText && style.visibility !== 'hidden') {
        const min = element.closest(SUPPORTING_TEXT) ? fineMin : bodyMin
        const size = Number.parseFloat(style.fontSize)
        if (size < min - 0.01)
          problems.push(`text at ${size} px (minimum ${min}): ${describe(element)}`)
      }
    }
    return problems
  }, [BODY_MIN_PX, FINE_PRINT_MIN_PX, SUPPORTING_TEXT] as const)
}

async function gotoAndSettle(page: Page, path: string) {
  await visit(page, path)
  await page.evaluate(() => document.fonts.ready)
}

test('every slide fits its canvas with readable text at every click step', async ({ page, problems }) => {
  test.setTimeout(60_000 + deck.length * 10_000)
  let checked = 0
  const failures: string[] = []
  for (const slide of deck) {
    const clicks = Number(slide.frontmatter.clicks ?? 0) + (slide.content.match(/v-click|<v-clicks/g)?.length ?? 0)
    for (let click = 0; click <= clicks; click++) {
      await gotoAndSettle(page, `${slide.no}?clicks=${click}`)
      const canvas = page.locator(`[data-slidev-no="${slide.no}"] .slidev-layout`).first()
      await expect(canvas).toBeVisible()
      for (const problem of await layoutProblems(canvas))
        failures.push(`slide ${slide.no} (${slide.file}) at click ${click}: ${problem}`)
      checked++
    }
  }
  expectNoProblems(problems, 'the geometry pass')
  console.log(`checked ${checked} slide states of ${deck.length} slides, ${failures.length} problems`)
  expect(failures, failures.join('\n')).toEqual([])
})

test('every slide fits its page in print mode', async ({ page, problems }) => {
  test.setTimeout(60_000 + deck.length * 5_000)
  const failures: string[] = []
  for (const slide of deck) {
    // `download: false` leaves the all-slides /print route out of the build; `/N?print` renders
    // slide N as the exporter does: every click step shown, no transitions.
    await visit(page, `${slide.no}?print`)
    await page.evaluate(() => document.fonts.ready)
    const canvas = page.locator(`[data-slidev-no="${slide.no}"] .slidev-layout`).first()
    await expect(canvas).toBeVisible()
    for (const problem of await layoutProblems(canvas))
      failures.push(`slide ${slide.no} (${slide.file}) in print: ${problem}`)
  }
  expectNoProblems(problems, 'print mode')
  console.log(`checked ${deck.length} printed slides, ${failures.length} problems`)
  expect(failures, failures.join('\n')).toEqual([])
})
