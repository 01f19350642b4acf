import type { Browser, Page } from 'playwright-chromium'
// `npm run export`: the lecture as files, made on this machine with no network.
//   exports/<exportFilename>.pdf          slides, one page per slide in its final click state:
//                                         tagged (structure tree, /Lang), selectable text, embedded
//                                         Inter, bookmarks chapter › slide, Title/Author/Subject
//   exports/<exportFilename>-handout.pdf  A4 handout: every slide (vector, scaled) with its
//                                         speaker notes as text, chapter › slide bookmarks,
//                                         deck title in the header, "Page N of M" in the footer
//   exports/png/NN.png                    one picture per slide (only with --png)
//   exports/<exportFilename>.html         the student deck as one offline HTML file, and
//   exports/<exportFilename>-lecturer.html  the lecturer's, with notes (tools/export/single-file.ts;
//                                         not with --skip-html)
//   exports/teaching-guide.pdf, reading-list.pdf, quiz.pdf, answer-key.pdf, question-bank.gift.txt,
//   question-bank.qti.zip                 the teaching kit (tools/teaching/write-teaching-kit.ts;
//                                         not with --skip-teaching-kit)
// Run by tools/cli.ts (`npm run export -- [--out <dir>] [--png] [--skip-html] [--skip-teaching-kit] [--timeout <seconds>]`).
// How: Slidev's dev server (Node API) → Chromium (Playwright) prints /print?print=true with
// tagged: true → pdf-lib adds metadata, /Lang and the outline. The same page, re-laid out for A4
// with Slidev's rendering of the notes (tools/export/handout.ts), gives the handout. Slidev's own `slidev export`
// cannot tag the PDF (no structure tree, no /Lang), which is why this script exists.
import type { ViteDevServer } from 'vite'
import type { Deck, DeckSlide } from '../shared/deck.ts'
import type { ExistingOutlineEntry, OutlineEntry } from './pdf-meta.ts'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { disableWakeLock, launchOptions, refuseOffMachine } from '../shared/browser.ts'
import { deckFrom } from '../shared/deck.ts'
import { exportFiles, EXPORTS, LOCALHOST, ROOT } from '../shared/paths.ts'
import { steps } from '../shared/steps.ts'
import { writeCoursePackages } from '../teaching/course-packages.ts'
import { writeTeachingKit } from '../teaching/write-teaching-kit.ts'
import { handoutHeaderFooter, handoutPlan, layOutHandout } from './handout.ts'
import { guardNodeNetwork } from './offline.ts'
import { finishPdf } from './pdf-meta.ts'
import { exportSingleFile } from './single-file.ts'

const LOAD_TIMEOUT = 120_000

export interface ExportOptions {
  /** Where the files go (default exports/) */
  outDir?: string
  /** Also one PNG picture per slide */
  png?: boolean
  /** The offline HTML files (default true) */
  html?: boolean
  /** The teaching kit (default true) */
  teachingKit?: boolean
  /** Give up after this many seconds, so a hung browser cannot hang CI (default 600) */
  timeoutSeconds?: number
}

function failIfProblems(problems: string[]) {
  const real = problems.filter(problem => !/net::ERR_BLOCKED_BY_CLIENT/.test(problem))
  if (real.length > 0)
    throw new Error(`The deck has errors in the browser (fix them, then export again):\n  ${real.join('\n  ')}`)
}

function failIfOffMachine(offMachine: readonly string[]) {
  if (offMachine.length > 0) {
    throw new Error(`The deck tried to reach the network; the export must work offline. Refused:\n  ${
      [...new Set(offMachine)].join('\n  ')}\nServe the file from public/ (or a package) instead.`)
  }
}

/** Waits like Slidev's own exporter (export-*.mjs `go('print')`), then for the fonts. */
async function waitForPrintPage(page: Page, deck: Deck, problems: string[]) {
  await page.locator('body').waitFor()
  const slides = page.locator('.print-slide-container')
  await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, deck.slides.length, { timeout: LOAD_TIMEOUT }).catch(() => {})
  const rendered = await slides.count()
  if (rendered !== deck.slides.length) {
    throw new Error(`The print page shows ${rendered} slides, the deck has ${deck.slides.length}.${
      problems.length ? `\nThe page reported:\n  ${problems.join('\n  ')}` : ''}`)
  }
  const loading = page.locator('.slidev-slide-loading')
  for (let index = await loading.count() - 1; index >= 0; index--)
    await loading.nth(index).waitFor({ state: 'detached', timeout: LOAD_TIMEOUT })
  const waitFors = page.locator('[data-waitfor]')
  for (let index = 0; index < await waitFors.count(); index++) {
    const element = waitFors.nth(index)
    const selector = await element.getAttribute('data-waitfor')
    if (selector)
      await element.locator(selector).waitFor({ state: 'visible', timeout: LOAD_TIMEOUT })
  }
  await Promise.all(page.frames().map(frame => frame.waitForLoadState('load', { timeout: LOAD_TIMEOUT })))
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // Each slide ends with a forced page break; after the last one Chromium would add a blank page.
  await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>('.print-slide-container')
    all[all.length - 1]!.style.breakAfter = 'auto'
  })
  // Let the last reactive updates (click states, charts) settle before printing.
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
}

/**
 * Bookmarks: the chapters (cover and section slides), each with its slides nested. `where`
 * gives a slide's page (and optionally its exact destination).
 */
function outlineOf(deck: Deck, where: (slide: DeckSlide) => Omit<OutlineEntry, 'title'>): OutlineEntry[] {
  const entry = (slide: DeckSlide): OutlineEntry => ({ title: slide.title, ...where(slide) })
  return deck.chapters.map(({ slide, children }) => ({ ...entry(slide), children: children.map(entry) }))
}

/** In the handout, a slide's bookmark goes to its heading "Slide N: …" (found in Chromium's outline). */
function handoutTargets(existing: ExistingOutlineEntry[]) {
  const bySlide = new Map<number, Omit<OutlineEntry, 'title'>>()
  for (const item of existing) {
    const no = Number(item.title.match(/^Slide (\d+):/)?.[1])
    if (no && item.pageIndex >= 0 && !bySlide.has(no))
      bySlide.set(no, { pageIndex: item.pageIndex, dest: item.dest })
  }
  return (slide: DeckSlide) => {
    const target = bySlide.get(slide.no)
    if (!target)
      throw new Error(`The handout has no heading for slide ${slide.no} in Chromium's outline.`)
    return target
  }
}

/** Each slide's notes as Slidev renders them (`noteHTML`), from its dev server's slide API. */
async function notesHtml(port: number, deck: Deck): Promise<string[]> {
  return Promise.all(deck.slides.map(async (slide) => {
    const response = await fetch(`http://${LOCALHOST}:${port}/__slidev/slides/${slide.no}.json`)
    if (!response.ok)
      throw new Error(`Slidev's server gave no notes for slide ${slide.no} (HTTP ${response.status}).`)
    return String((await response.json() as { noteHTML?: string }).noteHTML ?? '')
  }))
}

/** Slidev's dev server for the deck, on a free port, with the deck model from Slidev's own parse. */
async function startSlidev(): Promise<{ deck: Deck, port: number, server: ViteDevServer }> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: join(ROOT, 'slides.md') }, 'export')
  const deck = deckFrom(options.data)
  const server = await createServer(options, {
    logLevel: 'error',
    clearScreen: false,
    server: { port: 0, host: LOCALHOST, strictPort: false },
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('The Slidev server did not report its port.')
  return { deck, port: address.port, server }
}

/**
 * Slidev's print page with every slide rendered, refusing off-machine requests and page errors;
 * `problems` goes on collecting the page's errors for the handout step.
 */
async function openPrintPage(browser: Browser, deck: Deck, port: number, offMachine: string[]): Promise<{ page: Page, problems: string[] }> {
  const problems: string[] = []
  const context = await browser.newContext({
    // The print page lays the slides out one below the other at the viewport's width; the
    // height only needs to hold one slide (a taller one costs memory and can crash Chromium).
    viewport: { width: deck.width, height: deck.height },
    deviceScaleFactor: 2, // for --png
    colorScheme: 'light',
  })
  await refuseOffMachine(context, (href, kind) => offMachine.push(kind === 'request' ? `${href} (requested by the page)` : `${href} (WebSocket opened by the page)`))
  await disableWakeLock(context)
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  const url = deck.routerMode === 'hash'
    ? `http://${LOCALHOST}:${port}/?print=true#print`
    : `http://${LOCALHOST}:${port}/print?print=true`
  await page.goto(url, { waitUntil: 'networkidle', timeout: LOAD_TIMEOUT })
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await waitForPrintPage(page, deck, problems)
  failIfOffMachine(offMachine)
  failIfProblems(problems)
  return { page, problems }
}

/** The slides PDF: one page per slide, tagged, with bookmarks and metadata. */
async function printSlides(page: Page, deck: Deck, path: string): Promise<void> {
  const printed = await page.pdf({
    width: `${deck.width}px`,
    height: `${deck.height}px`,
    printBackground: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    tagged: true,
    outline: false,
  })
  const finished = await finishPdf(printed, {
    title: deck.title,
    author: deck.author,
    subject: deck.subject,
    keywords: deck.keywords,
    lang: deck.lang,
    outline: outlineOf(deck, slide => ({ pageIndex: slide.no - 1 })),
    expectPages: deck.slides.length,
  })
  await writeFile(path, finished)
}

/** One PNG per slide, NN.png, from the print page. */
async function takePictures(page: Page, deck: Deck, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const containers = page.locator('.print-slide-container')
  const digits = Math.max(2, String(deck.slides.length).length)
  for (const slide of deck.slides) {
    const name = `${String(slide.no).padStart(digits, '0')}.png`
    await containers.nth(slide.no - 1).screenshot({ type: 'png', path: join(dir, name), animations: 'disabled' })
  }
}

/** The A4 handout: the same page re-laid out (no second load, the slides stay vector graphics). */
async function printHandout(page: Page, deck: Deck, port: number, path: string): Promise<void> {
  await page.evaluate(layOutHandout, handoutPlan(deck, await notesHtml(port, deck)))
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    ...handoutHeaderFooter(deck),
    margin: { top: '18mm', right: '16mm', bottom: '18mm', left: '16mm' },
    tagged: true,
    outline: true,
  })
  const finished = await finishPdf(printed, {
    title: `${deck.title} (handout with speaker notes)`,
    author: deck.author,
    subject: deck.subject,
    keywords: deck.keywords,
    lang: deck.lang,
    outline: existing => outlineOf(deck, handoutTargets(existing)),
  })
  await writeFile(path, finished)
}

/** Prints one line per file written, with its size. */
async function reportFiles(files: readonly { path: string, what?: string }[]): Promise<void> {
  const shown = (path: string) => {
    const near = relative(process.cwd(), path)
    return near && !near.startsWith('..') ? near : path
  }
  for (const { path, what } of files)
    console.log(`✔ ${shown(path)}${what ? ` (${what})` : ` (${((await stat(path)).size / 1024 / 1024).toFixed(2)} MB)`}`)
}

/** `npm run export`: the slides and handout PDFs, [the pictures,] [the teaching kit,] [the offline HTML files]. */
export async function exportDeck(options: ExportOptions = {}): Promise<void> {
  const { png = false, html = true, teachingKit = true, timeoutSeconds = 600 } = options
  if (!(timeoutSeconds > 0))
    throw new Error(`--timeout must be a number of seconds, not "${timeoutSeconds}".`)
  const timer = setTimeout(() => {
    console.error(`\n✘ export timed out after ${timeoutSeconds} s (raise it with --timeout <seconds>).`)
    process.exit(1)
  }, timeoutSeconds * 1000)
  timer.unref()
  const outDir = resolve(options.outDir ?? EXPORTS)
  const browserOptions = launchOptions() // throws with advice when no working Chromium is found
  // start, render, slides PDF, [pictures,] handout, [teaching kit,] [single HTML files]
  const { timed, elapsed } = steps(4 + (png ? 1 : 0) + (teachingKit ? 2 : 0) + (html ? 1 : 0))

  const offMachine: string[] = []
  const restoreNetwork = guardNodeNetwork(where => offMachine.push(where))
  const { chromium } = await import('playwright-chromium')
  let server: ViteDevServer | undefined
  let browser: Browser | undefined
  // The browser starts while Slidev resolves the deck and its server starts.
  const launching = chromium.launch(browserOptions)
  launching.catch(() => {}) // a launch failure is reported where it is awaited
  try {
    const { deck, port } = await timed('starting Slidev server and Chromium', async () => {
      const started = await startSlidev()
      server = started.server
      browser = await launching
      return started
    })
    const { page, problems } = await timed(`rendering ${deck.slides.length} slides (the cover and ${deck.chapters.length - 1} chapters)`, () => openPrintPage(browser!, deck, port, offMachine))
    await mkdir(outDir, { recursive: true })
    const paths = exportFiles(deck.exportFilename, outDir)
    await timed('printing the slides PDF (tagged, bookmarks, metadata)', () => printSlides(page, deck, paths.slides))
    if (png)
      await timed(`taking ${deck.slides.length} slide pictures (PNG)`, () => takePictures(page, deck, paths.png))
    await timed('printing the handout PDF (A4, slides with notes)', async () => {
      await printHandout(page, deck, port, paths.handout)
      failIfOffMachine(offMachine)
      failIfProblems(problems)
    })
    const kit = teachingKit
      ? await timed('writing the teaching kit (guide, reading list, quiz, answer key, GIFT, QTI)', () => writeTeachingKit(outDir, deck, browser))
      : []

    await browser!.close()
    browser = undefined
    await server!.close()
    server = undefined

    // A build of its own (after the browser and server are gone: the machine may have two cores).
    const singleFiles = html
      ? await timed('writing the offline HTML files (student, lecturer)', async () => [
          await exportSingleFile({ outDir }),
          await exportSingleFile({ outDir, lecturer: true }),
        ])
      : []
    // The cartridge and the SCORM package carry the kit's PDFs and the HTML files (written above, or
    // before by npm run export:html when --skip-html).
    const packages = teachingKit
      ? await timed('writing the course packages (Common Cartridge, SCORM)', () => writeCoursePackages(outDir, deck))
      : []

    console.log('')
    await reportFiles([
      { path: paths.slides, what: `${deck.slides.length} pages, ${((await stat(paths.slides)).size / 1024 / 1024).toFixed(2)} MB` },
      { path: paths.handout },
      ...(png ? [{ path: `${paths.png}/`, what: `${deck.slides.length} PNG files` }] : []),
      ...[...kit, ...packages].map(path => ({ path })),
      ...singleFiles.map(({ file }) => ({ path: file })),
    ])
    console.log(`Export finished in ${elapsed()} s`)
  }
  finally {
    clearTimeout(timer)
    browser ??= await launching.catch(() => undefined)
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    restoreNetwork()
  }
}
