// `npm run words`: the projected words on every slide of a built deck (default dist, built with
// `--base /lectures/trump-kim/`), i.e. the words a student sees at the slide's last click step:
// every visible text inside `[data-slidev-no=N]`, citation labels included, the footer excluded, and
// text hidden from sight (screen-reader-only alternatives, invisible rows) left out. Prints one line
// per slide and the median and five densest content slides (tools/words/count.ts says which are exempt).
//
//   npx slidev build --base /lectures/trump-kim/ && npm run words
//   npm run words -- --json words.json        (also writes the figures)
import type { Page } from 'playwright-chromium'
import type { SlideWords } from './count.ts'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { showFinalState } from '../screenshots.ts'
import { disableWakeLock, refuseOffMachine } from '../shared/browser.ts'
import { loadDeck } from '../shared/deck.ts'
import { E2E_BASE, ROOT } from '../shared/paths.ts'
import { inBrowserOnBuild } from '../shared/serve.ts'
import { countWords, exemptReason, formatReport } from './count.ts'

export interface WordOptions {
  /** The built deck (default dist) and the base it was built with (default /lectures/trump-kim/) */
  dir?: string
  base?: string
  /** Also write the per-slide figures here as JSON */
  json?: string
}

/** The text a viewer sees inside slide `no`: visible, unclipped, on the canvas, not the footer. */
function visibleText(page: Page, no: number): Promise<string> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`#slideshow [data-slidev-no="${no}"]`)
    if (!slide)
      throw new Error(`slide ${no} is not on the page`)
    const canvas = slide.getBoundingClientRect()
    const seen: string[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!node.textContent?.trim() || !parent || parent.closest('.slidev-page-footer'))
        continue
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      // Screen-reader-only text is clipped to a pixel; text off the canvas is not projected.
      if (box.width < 2 || box.height < 2 || box.bottom < canvas.top || box.top > canvas.bottom)
        continue
      seen.push(node.textContent)
    }
    return seen.join(' ')
  }, no)
}

/** Every slide's projected words, in slide order. */
async function measureWords({ dir = 'dist', base = E2E_BASE }: WordOptions = {}): Promise<SlideWords[]> {
  const deck = await loadDeck()
  return inBrowserOnBuild(resolve(ROOT, dir), base, async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    await disableWakeLock(context)
    await refuseOffMachine(context, href => console.warn(`refused a request off the machine: ${href}`))
    const page = await context.newPage()
    const results: SlideWords[] = []
    for (const slide of deck.slides) {
      await showFinalState(page, url, slide.no)
      const words = countWords(await visibleText(page, slide.no))
      results.push({ no: slide.no, file: slide.file, title: slide.title, words, exempt: exemptReason(slide) })
    }
    await context.close()
    return results
  })
}

/** The command: measures, prints the table and summary, optionally writes JSON. */
export async function printWords(options: WordOptions = {}): Promise<void> {
  const slides = await measureWords(options)
  console.log(formatReport(slides))
  if (options.json)
    writeFileSync(resolve(options.json), `${JSON.stringify(slides, null, 2)}\n`)
}
