// `npm run screenshots`: a picture of every slide, for a reviewer who wants to see the whole deck
// at once. Serves a built deck (default `dist`, built with `--base /lectures/trump-kim/`), opens
// every slide in its final click state at 1920×1080 (a 16:9 projector) and at 1024×768 (a 4:3
// projector, where the slide is letterboxed), and writes one contact sheet per size, composed by
// the same headless Chromium from an HTML grid.
//
//   npx slidev build --base /lectures/trump-kim/ && npm run screenshots
//   npm run screenshots -- --out screenshots --dark     (Slidev's dark mode instead)
//
// Writes <out>/1920x1080/NN.png, <out>/1024x768/NN.png, <out>/contact-sheet-1920x1080.png and
// <out>/contact-sheet-1024x768.png. No request leaves the machine.
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-chromium'
import { BROWSER_ARGS, findBrowser } from '../scripts/find-browser.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const SIZES = [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }] as const
const SHEET_COLUMNS = 6
const SHEET_THUMB_WIDTH = 300

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/lectures/trump-kim/' },
    port: { type: 'string', default: process.env.SCREENSHOTS_PORT ?? '4175' },
    out: { type: 'string', default: 'screenshots' },
    dark: { type: 'boolean', default: false },
  },
})

async function slideCount(): Promise<number> {
  const entry = resolve(ROOT, 'slides.md')
  const data = await load({ userRoot: ROOT, roots: [ROOT] }, entry)
  return data.slides.filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide).length
}

async function serve(): Promise<{ url: string, stop: () => void }> {
  const server = spawn(process.execPath, [resolve(ROOT, 'scripts/serve.mjs'), '--dir', values.dir, '--base', values.base, '--port', values.port], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  const url = `http://127.0.0.1:${values.port}${values.base}`
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null)
      throw new Error(`scripts/serve.mjs stopped (exit ${server.exitCode}); see the message above.`)
    try {
      if ((await fetch(url)).ok)
        return { url, stop: () => server.kill() }
    }
    catch {}
    await new Promise(done => setTimeout(done, 100))
  }
  server.kill()
  throw new Error(`The deck did not come up at ${url}.`)
}

async function shootSlides(browser: Browser, url: string, total: number, size: typeof SIZES[number], folder: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: size, colorScheme: values.dark ? 'dark' : 'light' })
  await context.addInitScript(() => localStorage.setItem('slidev-wake-lock', 'false'))
  // Offline guard: anything not on this machine is refused (and would show as a gap in the picture).
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, route => route.abort())
  const page = await context.newPage()
  const files: string[] = []
  for (let no = 1; no <= total; no++) {
    // A click count beyond the last step shows the slide in its final state.
    await page.goto(`${url}${no}?clicks=99`)
    await page.locator(`[data-slidev-no="${no}"] .slidev-layout`).first().waitFor()
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(300) // the fade transition between slides
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

const started = Date.now()
const total = await slideCount()
const out = resolve(ROOT, values.out)
const { url, stop } = await serve()
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS })
try {
  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`
    const folder = resolve(out, name)
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder, { recursive: true })
    const files = await shootSlides(browser, url, total, size, folder)
    const sheet = resolve(out, `contact-sheet-${name}.png`)
    await contactSheet(browser, folder, files, size, sheet)
    console.log(`${name}: ${files.length} slides in ${values.out}/${name}/, contact sheet ${values.out}/contact-sheet-${name}.png`)
  }
}
finally {
  await browser.close()
  stop()
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
