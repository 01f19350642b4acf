// The SCORM 1.2 package in Chromium against a real SCORM 1.2 runtime: scorm-again's Scorm12API as
// the LMS side, on a test page served from this machine with the package's files beside it (same
// origin, as an LMS serves it). Completion when the last slide has been shown, resume at the stored
// slide, and the package with no LMS at all. The package is made here (tools/teaching/scorm.ts) from the
// student HTML file: run npm run export:html first.
import type { FrameLocator, Page } from '@playwright/test'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadDeck } from '../../tools/shared/deck.ts'
import { exportFiles } from '../../tools/shared/paths.ts'
import { serveDeck } from '../../tools/shared/serve.ts'
import { scormFiles } from '../../tools/teaching/scorm.ts'
import { expect, expectNoProblems, flatTypography, test } from './fixtures.ts'

const { slides, exportFilename, title } = await loadDeck()
const STUDENT_HTML = exportFiles(exportFilename).studentHtml
const BASE = '/lms/'

// The LMS side: scorm-again's SCORM 1.2 API on window.API, loaded with what the last commit
// stored (as an LMS keeps a learner's attempt), and the package in a frame.
const LMS_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="scorm12.min.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 })
  var stored = localStorage.getItem('attempt')
  if (stored) window.API.loadFromJSON(JSON.parse(stored).cmi)
  window.API.on('LMSCommit', function () { localStorage.setItem('attempt', JSON.stringify(window.API.renderCMIToJSONObject())) })
</script></head>
<body><iframe id="sco" title="lesson" src="package/index.html" style="width: 980px; height: 552px; border: 0"></iframe></body></html>`

let dir: string
let server: Awaited<ReturnType<typeof serveDeck>>['server']
let lmsUrl: string

// The tests share what beforeAll made: one worker runs them in order.
test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  if (!existsSync(STUDENT_HTML))
    throw new Error(`${STUDENT_HTML} is missing: run npm run export:html first.`)
  dir = mkdtempSync(join(tmpdir(), 'scorm-lms-'))
  const files = scormFiles({ title, deck: new Uint8Array(readFileSync(STUDENT_HTML)), lastSlide: slides.length })
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'package', name)), { recursive: true })
    writeFileSync(join(dir, 'package', name), bytes)
  }
  writeFileSync(join(dir, 'index.html'), LMS_PAGE)
  writeFileSync(join(dir, 'scorm12.min.js'), readFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12/min')))
  const served = await serveDeck(dir, BASE)
  server = served.server
  lmsUrl = served.url
})

test.afterAll(async () => {
  // The browser's keep-alive connections would hold close() open.
  if (server) {
    server.closeAllConnections()
    await new Promise(done => server!.close(done))
  }
  rmSync(dir, { recursive: true, force: true })
})

/** What the LMS holds for the learner. */
const lms = (page: Page, key: string) => page.evaluate(element => String((window as any).API.LMSGetValue(element)), key)
const deckIn = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('#deck')
async function expectSlide(deck: FrameLocator, no: number) {
  const heading = deck.locator(`[data-slidev-no="${no}"] h1`).first()
  await expect.poll(async () => flatTypography(await heading.innerText()), `slide ${no} on screen`).toBe(flatTypography(slides[no - 1]!.title))
}
/** Moves the deck in the frame to slide `no`, as its own router does. */
async function goTo(page: Page, no: number) {
  const frame = page.frames().find(f => f.url().includes('/package/deck.html'))!
  await frame.evaluate(target => (location.hash = `#/${target}`), no)
}

test('reports the slide shown and completion once the last slide has been shown', async ({ page, problems }) => {
  await page.goto(lmsUrl)
  const deck = deckIn(page)
  await expectSlide(deck, 1)
  await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('incomplete')
  await deck.locator('body').click()
  await page.keyboard.press('ArrowRight')
  await expectSlide(deck, 2)
  await expect.poll(() => lms(page, 'cmi.core.lesson_location')).toBe('2')
  await goTo(page, slides.length - 1)
  await expect.poll(() => lms(page, 'cmi.core.lesson_location')).toBe(String(slides.length - 1))
  expect(await lms(page, 'cmi.core.lesson_status'), 'not complete before the last slide').toBe('incomplete')
  await goTo(page, slides.length)
  await expectSlide(deck, slides.length)
  await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('completed')
  // The runtime checks what it is told (negative control): a status outside SCORM 1.2's vocabulary is refused.
  expect(await page.evaluate(() => String((window as any).API.LMSSetValue('cmi.core.lesson_status', 'done')))).toBe('false')
  expectNoProblems(problems, 'the package in the test LMS')
})

test('reopens at the slide the student left at', async ({ page, problems }) => {
  await page.goto(lmsUrl)
  const deck = deckIn(page)
  await expectSlide(deck, 1)
  await goTo(page, 5)
  await expectSlide(deck, 5)
  await expect.poll(() => lms(page, 'cmi.core.lesson_location')).toBe('5')
  await page.reload() // a new launch: the LMS page loads what the last commit stored
  await expectSlide(deckIn(page), 5)
  expect(await lms(page, 'cmi.core.lesson_location')).toBe('5')
  expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete')
  expectNoProblems(problems, 'the package in the test LMS')
})

test('shows the deck with no LMS present, and the deck still navigates', async ({ page, problems }) => {
  await page.goto(`${lmsUrl}package/index.html`)
  const deck = page.frameLocator('#deck')
  await expectSlide(deck, 1)
  await deck.locator('body').click()
  await page.keyboard.press('ArrowRight')
  await expectSlide(deck, 2)
  expectNoProblems(problems, 'the package with no LMS')
})
