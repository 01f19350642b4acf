import type { ConsoleMessage, Page } from '@playwright/test'
import type { Deck, DeckSlide } from '../../tools/shared/deck.ts'
import { test as base, expect } from '@playwright/test'
import { parseHex } from '../../tools/rules/contrast.ts'
import { disableWakeLock, openInDeck, untilAtRest, watchOffMachine } from '../../tools/shared/browser.ts'
import { selectSlides } from '../../tools/shared/deck.ts'
import { E2E_SLIDES } from '../../tools/shared/paths.ts'
import { deckPalettes } from '../../tools/shared/tokens.ts'

/** Problems a user would see or a lecture hall without internet would hit. */
export interface PageProblems {
  consoleErrors: string[]
  offMachineRequests: string[]
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], offMachineRequests: [] }
    await disableWakeLock(page)
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error')
        problems.consoleErrors.push(message.text())
    }
    const onPageError = (error: Error) => problems.consoleErrors.push(`page error: ${error.message}`)
    page.on('console', onConsole)
    page.on('pageerror', onPageError)
    const stopWatching = watchOffMachine(page, href => problems.offMachineRequests.push(href))
    await use(problems)
    // The page lives on into the worker's next test (reuseContext in playwright.config.ts).
    page.off('console', onConsole)
    page.off('pageerror', onPageError)
    stopWatching()
  },
})

export function expectNoProblems(problems: PageProblems, where: string) {
  expect(problems.offMachineRequests, `requests leaving the machine on ${where}`).toEqual([])
  expect(problems.consoleErrors, `console errors on ${where}`).toEqual([])
}

/** Markdown's typographer curls quotes and apostrophes on the page; compare titles without that. */
export function flatTypography(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/** The slide on screen shows this slide's title. */
export async function expectTitle(page: Page, slide: DeckSlide) {
  const heading = page.locator(`[data-slidev-no="${slide.no}"] h1`).first()
  await expect.poll(async () => flatTypography(await heading.innerText()), `title of slide ${slide.no} (${slide.file})`)
    .toBe(flatTypography(slide.title))
}

export { expect }

/**
 * Opens a deck URL ("12?clicks=3", "12?print") as openInDeck does. A move inside the app waits until the
 * address shows it. A first load is not held to the address: Slidev may rewrite it (seen: `1?clicks=99`
 * became `/1` on slides without click steps, where both show the same state).
 */
export async function visit(page: Page, path: string) {
  if (await openInDeck(page, path) === 'moved')
    await expect(page).toHaveURL(new RegExp(`/${path.replace(/[?]/g, '\\?')}$`))
}

/**
 * Waits until slide `no` is the one shown, nothing on the page still moves (untilAtRest) and fonts are
 * loaded: measuring colours or boxes before that reads a half-faded slide.
 */
export async function settle(page: Page, no: number) {
  await expect(page.locator(`[data-slidev-no="${no}"]`)).toBeVisible()
  await untilAtRest(page, `slide ${no}`)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** A colour token as the browser computes it: "#121519" → "rgb(18, 21, 25)". */
function computedColour(hex: string): string {
  return `rgb(${parseHex(hex).join(', ')})`
}

const palettes = deckPalettes()
/** The slide background in each room (styles/tokens.css). */
export const ROOM_BACKGROUNDS = { light: computedColour(palettes.light.bg!), dark: computedColour(palettes.dark.bg!) }

/** Switches the room as Slidev's `d` key does (the `dark` class on <html>) and waits until slide `no` has its colours. */
export async function setRoom(page: Page, no: number, room: 'light' | 'dark') {
  await page.evaluate(dark => document.documentElement.classList.toggle('dark', dark), room === 'dark')
  const background = page.locator(`[data-slidev-no="${no}"] .slidev-layout`).first()
  if (room === 'dark')
    await expect(background).toHaveCSS('background-color', ROOM_BACKGROUNDS.dark)
  else
    await expect(background).not.toHaveCSS('background-color', ROOM_BACKGROUNDS.dark)
  await settle(page, no)
}

/**
 * Waits until Slidev has mounted all `total` slides (it preloads them 3 s after the page loads). Press
 * keys only after that: Slidev repeats a held arrow key after 1 s, and while the preload keeps the page
 * busy a key's release can arrive that late, so one press moves two or three slides.
 */
export async function allSlidesMounted(page: Page, total: number) {
  await expect(page.locator('#slideshow > [data-slidev-no]')).toHaveCount(total, { timeout: 30_000 })
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/**
 * The slides in two groups of whole chapters, about equal in slides: a pass over every slide runs as
 * two tests, so the two workers share it. Not more: every new page mounts all the deck's slides
 * (Slidev preloads them), which one test per chapter made cost more than it gained (1,001 s for e2e).
 */
function inTwoParts(deck: Pick<Deck, 'chapters' | 'slides'>): { name: string, slides: DeckSlide[] }[] {
  // The first part takes whole chapters while its middle stays in the deck's first half.
  let split = 0
  for (const chapter of deck.chapters) {
    const size = 1 + chapter.children.length
    if (split + size / 2 > deck.slides.length / 2)
      break
    split += size
  }
  return [deck.slides.slice(0, split), deck.slides.slice(split)]
    .filter(slides => slides.length > 0)
    .map(slides => ({ name: `slides ${slides[0]!.no}–${slides.at(-1)!.no}`, slides }))
}

/**
 * The tests a pass over every slide runs as: inTwoParts, or, with E2E_SLIDES set while editing
 * (tools/shared/paths.ts), one test over the slides it names, titled with them and with the variable.
 */
export function passParts(deck: Pick<Deck, 'chapters' | 'slides'>): { name: string, slides: DeckSlide[] }[] {
  const selection = process.env[E2E_SLIDES]
  if (selection === undefined)
    return inTwoParts(deck)
  const slides = selectSlides(deck.slides, selection)
  return [{ name: `slides ${slides.map(slide => slide.no).join(', ')} (${E2E_SLIDES}=${selection})`, slides }]
}
