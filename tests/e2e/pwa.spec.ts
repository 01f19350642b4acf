// The hosted deck as an installable web app: a student opens it once, loses the network, and can
// still open any slide by its link. Runs against the e2e build (npx slidev build --base …).
import { test as base } from '@playwright/test'
import { disableWakeLock } from '../../tools/shared/browser.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { expect, expectTitle } from './fixtures.ts'

const { slides: deck } = await loadDeck()
const deepSlide = deck[Math.floor(deck.length * 0.75)]!

// Playwright's own fixture, which collects page errors only: the shared one (fixtures.ts) also fails on
// console errors, and the negative control's fetch with the network off logs one by design.
const test = base
// The service worker is what this spec is about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

test('after one visit, a deep link opens offline from the service worker', async ({ page, context }) => {
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  await disableWakeLock(page)

  await page.goto('1')
  await expectTitle(page, deck[0]!)
  // Installed, activated, and in control of the page once everything is precached.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true)

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
    return link ? (await fetch(link.href)).json() : null
  })
  expect(manifest, 'a web app manifest is linked').not.toBeNull()
  expect(manifest.name).toMatch(/Trump and Kim Jong Un/)
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))

  await context.setOffline(true)
  try {
    // Negative control: with the network off, a file the worker never cached cannot be fetched.
    const uncached = await page.evaluate(() => fetch('not-precached.txt').then(() => 'fetched', () => 'failed'))
    expect(uncached).toBe('failed')

    await page.goto(String(deepSlide.no))
    await expectTitle(page, deepSlide)
    // Fonts come from the precache too.
    await expect.poll(() => page.evaluate(() => [...document.fonts].some(font => font.family.replace(/"/g, '') === 'Inter' && font.status === 'loaded'))).toBe(true)
    await page.keyboard.press('ArrowDown')
    await expectTitle(page, deck[deepSlide.no]!)
    expect(errors).toEqual([])
  }
  finally {
    // The context is reused by the worker's next test (playwright.config.ts), which does not undo this.
    await context.setOffline(false)
  }
})
