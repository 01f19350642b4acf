// The student deck as one HTML file, opened the way a student opens it from a USB stick: a file://
// URL, no server, no network; and the lecturer's file (notes, presenter view). Build both first:
// npm run export:html
import type { Page } from '@playwright/test'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { sourceById } from '../../data/sources.ts'
import { formatPeriod } from '../../lib/format.ts'
import { plainText } from '../../lib/plain-text.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { exportFiles } from '../../tools/shared/paths.ts'
import { decodeBuilt, noteRun, publicText, squash } from '../artifacts/support.ts'
import { expect, expectTitle, test } from './fixtures.ts'

const { slides: deck, exportFilename } = await loadDeck()
const { studentHtml: FILE, lecturerHtml: LECTURER_FILE } = exportFiles(exportFilename)
const first = deck[0]!
const middle = deck[Math.floor(deck.length / 2)]!
const last = deck[deck.length - 1]!

function fileUrl(slideNo: number): string {
  return `${pathToFileURL(FILE).href}#/${slideNo}`
}

/** Every request the page makes that is not the file itself or a data:/blob: URL inside it. */
function watchRequests(page: Page): string[] {
  const outside: string[] = []
  const self = pathToFileURL(FILE).href
  page.on('request', (request) => {
    const url = request.url()
    if (!/^(?:data|blob):/.test(url) && url.split('#')[0] !== self)
      outside.push(url)
  })
  return outside
}

// The tests share what beforeAll made: one worker runs them in order.
test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  for (const file of [FILE, LECTURER_FILE]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run npm run export:html first.`)
  }
})

/** Distinctive runs of words from the notes (not on any slide, in data/ or components/). */
function noteRuns() {
  const avoid = publicText(deck)
  return deck.flatMap(slide => [noteRun(slide.note, avoid)].filter((run): run is string => Boolean(run)))
}
const builtText = (file: string) => squash(decodeBuilt(readFileSync(file, 'utf8')))

test('is one file of at most 3 MiB with no speaker-note text', () => {
  expect(statSync(FILE).size).toBeLessThanOrEqual(3 * 1024 * 1024)
  // Vue's production build: the development build (its warnings included) is larger and slower.
  expect(readFileSync(FILE, 'utf8')).not.toContain('[Vue warn]')
  const runs = noteRuns()
  expect(runs.length, 'note runs to look for').toBeGreaterThan(deck.length / 2)
  const text = builtText(FILE)
  expect(runs.filter(run => text.includes(squash(run)))).toEqual([])
  // Negative control: the lecturer's file has them, so the check can see notes.
  const lecturer = builtText(LECTURER_FILE)
  expect(runs.filter(run => !lecturer.includes(squash(run)))).toEqual([])
})

test('the lecturer file keeps the presenter view in sync with the audience window from file://', async ({ page, problems }) => {
  const audience = page
  await audience.goto(`${pathToFileURL(LECTURER_FILE).href}#/1`)
  await expectTitle(audience, first)
  const presenter = await page.context().newPage()
  await presenter.goto(`${pathToFileURL(LECTURER_FILE).href}#/presenter/1`)
  await expect(presenter.locator('.slidev-note').first()).toContainText(first.note.replace(/\s+/g, ' ').trim().split(' ').slice(0, 5).join(' '))
  await presenter.keyboard.press('ArrowDown')
  await presenter.keyboard.press('ArrowDown')
  await expect(presenter).toHaveURL(/#\/presenter\/3$/)
  await expect(audience).toHaveURL(/#\/3(\?clicks=0)?$/)
  await expectTitle(audience, deck[2]!)
  expect(problems.consoleErrors).toEqual([])
})

test('opens from file:// on the first, a middle and the last slide; arrows and overview work', async ({ page, problems }) => {
  const outside = watchRequests(page)
  await page.goto(fileUrl(first.no))
  await expectTitle(page, first)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/#\/2$/)
  await expectTitle(page, deck[1]!)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/#\/1$/)

  for (const slide of [middle, last]) {
    await page.goto(fileUrl(slide.no))
    await page.reload()
    await expectTitle(page, slide)
  }
  // The font is the bundled Inter, inlined, not a fallback.
  await expect.poll(() => page.evaluate(() => [...document.fonts].some(font => font.family.replace(/"/g, '') === 'Inter' && font.status === 'loaded'))).toBe(true)

  const overview = page.locator('.z-modal').filter({ has: page.locator('[data-slidev-no]') })
  await page.keyboard.press('o')
  await expect(overview).toBeVisible()
  await expect(overview.locator(`[data-slidev-no="${first.no}"]`)).toBeAttached()
  await page.keyboard.press('Escape')
  await expect(overview).toBeHidden()

  // The screen-reader announcer speaks the slide.
  await expect(page.locator('.deck-announcer')).toHaveText(new RegExp(`^Slide ${last.no} of ${deck.length}:`))
  expect(outside, 'requests that leave the file').toEqual([])
  expect(problems.consoleErrors, 'console errors').toEqual([])
})

test('a citation opens its panel inside the file, and its link goes to the Sources slide', async ({ page, problems }) => {
  await page.goto(fileUrl(2))
  const cite = page.locator('[data-slidev-no="2"] .cite button').first()
  const id = (await cite.textContent())!.replace(/^\[|\]$/g, '')
  const entry = sourceById(id)
  await cite.click()
  const panel = page.getByRole('dialog', { name: `Source ${id}` })
  await expect(panel).toBeFocused()
  await expect(panel.locator('.cite-panel__summary')).toHaveText(entry.summary)
  await expect(panel.locator('.cite-panel__date')).toHaveText(formatPeriod(entry.date, entry.until))
  await expect(panel.getByRole('link', { name: `${entry.sources[0]!.outlet} (opens in a new tab)` })).toHaveAttribute('href', entry.sources[0]!.url)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(cite).toBeFocused()

  await cite.click()
  await panel.getByRole('link', { name: 'Full entry in the Sources chapter' }).click()
  await expect(page).toHaveURL(/#\/sources-\d+$/)
  const alias = page.url().split('#/')[1]
  const target = deck.find(slide => slide.frontmatter.routeAlias === alias)
  expect(target, `a slide with routeAlias ${alias}`).toBeDefined()
  await expectTitle(page, target!)
  expect(problems.consoleErrors).toEqual([])
})

test('the search works inside the file', async ({ page, problems }) => {
  await page.goto(fileUrl(first.no))
  await expectTitle(page, first)
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: 'Search the slides' })
  await box.fill('Yongbyon')
  const top = page.getByRole('option').first()
  const no = Number(/Slide (\d+)/.exec(await top.innerText())?.[1])
  expect(plainText(`${deck[no - 1]!.content}`)).toMatch(/Yongbyon/i)
  await box.press('Enter')
  await expectTitle(page, deck[no - 1]!)
  expect(problems.consoleErrors).toEqual([])
})
