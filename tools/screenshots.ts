// `npm run screenshots`: a picture of every slide, for a reviewer who wants to see the whole deck
// at once. Serves a built deck (default `dist`, built with `--base /lectures/trump-kim/`), opens
// every slide in its final click state at 1920×1080 (a 16:9 projector) and at 1024×768 (a 4:3
// projector, where the slide is letterboxed), and writes one contact sheet per size, composed by
// the same headless Chromium from an HTML grid.
//
//   npx slidev build --base /lectures/trump-kim/ && npm run screenshots   (tools/cli.ts screenshots)
//   npm run screenshots -- --out screenshots --dark     (Slidev's dark mode instead)
//   npm run screenshots -- --only 6,29                  (a few slides, no contact sheet; also 6-9 or pages/04-singapore.md)
//
// Writes <out>/1920x1080/NN.png, <out>/1024x768/NN.png, <out>/contact-sheet-1920x1080.png and
// <out>/contact-sheet-1024x768.png. No request leaves the machine.
import type { Browser, Page } from 'playwright-chromium'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { disableWakeLock, openInDeck, refuseOffMachine, untilAtRest } from './shared/browser.ts'
import { loadDeck, selectSlides } from './shared/deck.ts'
import { E2E_BASE, LAST_STEP, ROOT } from './shared/paths.ts'
import { inBrowserOnBuild } from './shared/serve.ts'

const SIZES = [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }] as const
const SHEET_COLUMNS = 6
const SHEET_THUMB_WIDTH = 300

export interface ScreenshotOptions {
  /** The built deck (default dist) and the base it was built with (default /lectures/trump-kim/) */
  dir?: string
  base?: string
  /** Where the pictures go (default screenshots/) */
  out?: string
  /** Slidev's dark mode instead of the light one */
  dark?: boolean
  /** Only the slides this selection names (selectSlides: "6,29", "6-9", "pages/04-singapore.md"), no contact sheet: a quick look after a change */
  only?: string
}

/**
 * Shows slide `no` of the deck served at `url` in its final click state, fonts loaded and nothing
 * moving (also used by `npm run words`, tools/words/measure.ts). With reduced motion (styles/deck.css)
 * a slide and its click steps appear at once, the same final state without a fade still to start.
 */
export async function showFinalState(page: Page, url: string, no: number): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openInDeck(page, `${url}${no}?clicks=${LAST_STEP}`, url)
  await page.locator(`[data-slidev-no="${no}"] .slidev-layout`).first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await untilAtRest(page, `slide ${no}`)
}

async function shootSlides(browser: Browser, url: string, slides: number[], size: typeof SIZES[number], folder: string, dark = false): Promise<string[]> {
  const context = await browser.newContext({ viewport: size, colorScheme: dark ? 'dark' : 'light' })
  await disableWakeLock(context)
  // Offline guard: anything not on this machine is refused and reported.
  await refuseOffMachine(context, href => console.warn(`refused a request off the machine: ${href}`))
  const page = await context.newPage()
  const files: string[] = []
  for (const no of slides) {
    await showFinalState(page, url, no)
    const file = `${String(no).padStart(2, '0')}.png`
    await page.screenshot({ path: resolve(folder, file) })
    files.push(file)
  }
  await context.close()
  return files
}

async function contactSheet(browser: Browser, folder: string, files: string[], size: typeof SIZES[number], target: string) {
  const height = Math.round(SHEET_THUMB_WIDTH * size.height / size.width)
  const cells = files.map((file, i) => `<figure><img src="${file}" width="${SHEET_THUMB_WIDTH}" height="${height}" alt=""><figcaption>${i + 1}</figcaption></figure>`).join('')
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Contact sheet</title><style>
    body { margin: 16px; font: 14px system-ui, sans-serif; background: #e5e7eb; }
    main { display: grid; grid-template-columns: repeat(${SHEET_COLUMNS}, ${SHEET_THUMB_WIDTH}px); gap: 12px; }
    figure { margin: 0; } img { display: block; border: 1px solid #9ca3af; background: #fff; }
    figcaption { padding-top: 2px; color: #111; }
  </style><main>${cells}</main></html>`
  const sheetHtml = resolve(folder, 'contact-sheet.html')
  writeFileSync(sheetHtml, html)
  const page = await browser.newPage({ viewport: { width: SHEET_COLUMNS * (SHEET_THUMB_WIDTH + 12) + 20, height: 600 } })
  await page.goto(pathToFileURL(sheetHtml).href)
  await page.evaluate(() => Promise.all([...document.images].map(image => image.decode())))
  await page.screenshot({ path: target, fullPage: true })
  await page.close()
}

/** `npm run screenshots`: every slide at both sizes, and a contact sheet of each. */
export async function takeScreenshots(options: ScreenshotOptions = {}): Promise<void> {
  const { dir = 'dist', base = E2E_BASE, out: outName = 'screenshots', only } = options
  const started = Date.now()
  const { slides } = await loadDeck()
  const chosen = (only === undefined ? slides : selectSlides(slides, only)).map(slide => slide.no)
  const out = resolve(ROOT, outName)
  await inBrowserOnBuild(resolve(ROOT, dir), base, async (browser, url) => {
    for (const size of SIZES) {
      const name = `${size.width}x${size.height}`
      const folder = resolve(out, name)
      if (!only)
        rmSync(folder, { recursive: true, force: true })
      mkdirSync(folder, { recursive: true })
      const files = await shootSlides(browser, url, chosen, size, folder, options.dark)
      if (only) {
        console.log(`${name}: slides ${chosen.join(', ')} in ${outName}/${name}/`)
        continue
      }
      const sheet = resolve(out, `contact-sheet-${name}.png`)
      await contactSheet(browser, folder, files, size, sheet)
      console.log(`${name}: ${files.length} slides in ${outName}/${name}/, contact sheet ${outName}/contact-sheet-${name}.png`)
    }
  })
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
