import type { Page } from '@playwright/test'
import type { Deck, DeckSlide } from '../../tools/shared/deck'
import { test as base, expect } from '@playwright/test'
import { disableWakeLock, refuseOffMachine } from '../../tools/shared/browser'

/** Problems a user would see or a lecture hall without internet would hit. */
export interface PageProblems {
  consoleErrors: string[]
  offMachineRequests: string[]
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], offMachineRequests: [] }
    await disableWakeLock(page)
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.consoleErrors.push(message.text())
    })
    page.on('pageerror', error => problems.consoleErrors.push(`page error: ${error.message}`))
    await refuseOffMachine(page, href => problems.offMachineRequests.push(href))
    await use(problems)
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
 * Opens a deck URL ("12?clicks=3", "12?print"). The first visit loads the page; later ones move
 * inside the app through the History API, as Slidev's own navigation does, which is many times
 * faster than reloading the deck for each of its slides.
 */
export async function visit(page: Page, path: string) {
  if (!/^https?:/.test(page.url())) {
    await page.goto(path)
    return
  }
  await page.evaluate((path) => {
    history.pushState(null, '', new URL(path, location.href))
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, path)
  await expect(page).toHaveURL(new RegExp(`/${path.replace(/[?]/g, '\\?')}$`))
}

/**
 * Waits until slide `no` is the one shown, its transitions and fades are over (every finite CSS
 * transition and animation on the page has finished) and fonts are loaded: measuring colours or
 * boxes before that reads a half-faded slide.
 */
export async function settle(page: Page, no: number) {
  await expect(page.locator(`[data-slidev-no="${no}"]`)).toBeVisible()
  await page.waitForFunction(() => !document.querySelector('#slideshow [class*="-enter-"], #slideshow [class*="-leave-"]')
    && document.getAnimations().every(animation => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity))
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * The slides in groups of one chapter each: a pass over every slide runs as one test per chapter,
 * so the workers share it and a failure names the chapter.
 */
export function byChapter(deck: Pick<Deck, 'chapters'>): { name: string, slides: DeckSlide[] }[] {
  return deck.chapters.map(chapter => ({ name: `chapter ${chapter.no} (${chapter.id})`, slides: [chapter.slide, ...chapter.children] }))
}
