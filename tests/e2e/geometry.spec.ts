// Readable in a lecture hall: nothing outside the slide canvas at any click step or in print,
// body text at least 20 px and fine print (citations, source lines) at least 16 px.
import type { Locator, Page } from '@playwright/test'
import { loadDeck } from '../support/deck'
import { expect, expectNoProblems, test } from './fixtures'

const deck = await loadDeck()
const BODY_MIN_PX = 20
const FINE_PRINT_MIN_PX = 16

/** Runs in the page: lists every element that sticks out of the canvas or has text too small. */
async function layoutProblems(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((root, [bodyMin, fineMin]) => {
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
        const min = element.closest('.fine-print, .slidev-page-footer') ? fineMin : bodyMin
        const size = Number.parseFloat(style.fontSize)
        if (size < min - 0.01)
          problems.push(`text at ${size} px (minimum ${min}): ${describe(element)}`)
      }
    }
    return problems
  }, [BODY_MIN_PX, FINE_PRINT_MIN_PX])
}

async function gotoAndSettle(page: Page, path: string) {
  await page.goto(path)
  await page.evaluate(() => document.fonts.ready)
}

test('every slide fits its canvas with readable text at every click step', async ({ page, problems }) => {
  let checked = 0
  for (const slide of deck) {
    const clicks = Number(slide.frontmatter.clicks ?? 0) + (slide.content.match(/v-click|<v-clicks/g)?.length ?? 0)
    for (let click = 0; click <= clicks; click++) {
      await gotoAndSettle(page, `${slide.no}?clicks=${click}`)
      const canvas = page.locator(`[data-slidev-no="${slide.no}"] .slidev-layout`).first()
      await expect(canvas).toBeVisible()
      expect(await layoutProblems(canvas), `slide ${slide.no} (${slide.file}) at click ${click}`).toEqual([])
      checked++
    }
  }
  expectNoProblems(problems, 'the geometry pass')
  console.log(`checked ${checked} slide states of ${deck.length} slides`)
})

test('every slide fits its page in print mode', async ({ page, problems }) => {
  await gotoAndSettle(page, 'print?print=true')
  const pages = page.locator('.print-slide-container')
  await expect(pages).toHaveCount(deck.length)
  for (let index = 0; index < deck.length; index++) {
    const canvas = pages.nth(index).locator('.slidev-layout').first()
    expect(await layoutProblems(canvas), `slide ${index + 1} (${deck[index].file}) in print`).toEqual([])
  }
  expectNoProblems(problems, 'print mode')
  console.log(`checked ${deck.length} printed slides`)
})
