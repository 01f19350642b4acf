// The public student deck served with the hosting headers (tools/hosting/security-headers.ts, as
// Netlify sends them) runs with zero Content-Security-Policy violations on a slide, the overview, the
// presenter and print views, and its service worker installs under the same policy. Every slide at every
// click step is checked under the same policy by the passes over the e2e build: the build carries it in a
// <meta> (the header's policy without frame-ancestors, which concerns only framing), and Chromium reports
// each violation as a console error, which fails those passes (negative control in slides.spec.ts).
// Needs the student build at the e2e base: npm run build:student -- --base /lectures/trump-kim/
import type { Page } from '@playwright/test'
import type { Server } from 'node:http'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../tools/hosting/security-headers.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { DIST_STUDENT, E2E_BASE } from '../../tools/shared/paths.ts'
import { notServable, serveDeck } from '../../tools/shared/serve.ts'
import { expect, expectTitle, test } from './fixtures.ts'

const { slides: deck } = await loadDeck()

// The student build, served by the same server as the e2e build with the hosting headers on every
// response, as the host sends them; a second server sends a policy without inline styles (the negative control).
const STRICT_POLICY = CONTENT_SECURITY_POLICY.replace(`style-src 'self' 'unsafe-inline'`, `style-src 'self'`)
const servers: Server[] = []
let studentUrl: string
let strictUrl: string
// The tests share what beforeAll made: one worker runs them in order.
test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  const problem = notServable(DIST_STUDENT, E2E_BASE)
  if (problem) {
    throw new Error(`${problem.replace('npm run build', 'npm run build:student')} (the CSP test serves the student build)`)
  }
  const served = await serveDeck(DIST_STUDENT, E2E_BASE, { headers: SECURITY_HEADERS })
  const strict = await serveDeck(DIST_STUDENT, E2E_BASE, { headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': STRICT_POLICY } })
  servers.push(served.server, strict.server)
  studentUrl = served.url
  strictUrl = strict.url
})
test.afterAll(() => Promise.all(servers.map(server => new Promise<void>(done => server.close(() => done())))))

/** Every violation the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', event =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`))
  })
  return async () => [
    ...fromConsole,
    ...await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []),
  ]
}

test.describe('with the workers blocked (every view)', () => {
  test('a slide, the overview, presenter and print views: zero violations', async ({ page }) => {
    const violations = await watchViolations(page)
    const response = await page.goto(`${studentUrl}1`)
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    // The same policy rides in the page for hosts that cannot send headers.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY)
    await expectTitle(page, deck[0]!)
    expect(await violations(), 'violations on slide 1').toEqual([])

    for (const view of ['overview', 'presenter/1', 'print']) {
      await page.goto(`${studentUrl}${view}`)
      await expect(page.locator('.slidev-page').first()).toBeVisible()
      // Let late chunks, fonts and images arrive.
      await page.waitForLoadState('networkidle')
      expect(await violations(), `violations on ${view}`).toEqual([])
    }
  })

  test('a policy without inline styles is violated at once (negative control)', async ({ page }) => {
    expect(STRICT_POLICY).not.toBe(CONTENT_SECURITY_POLICY)
    const violations = await watchViolations(page)
    const response = await page.goto(`${strictUrl}1`)
    expect(response?.headers()['content-security-policy']).toBe(STRICT_POLICY)
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0)
  })
})

test.describe('with the worker allowed', () => {
  // playwright.config.ts blocks service workers in every other spec.
  test.use({ serviceWorkers: 'allow' })

  test('the service worker installs and takes control under the policy', async ({ page }) => {
    const violations = await watchViolations(page)
    await page.goto(`${studentUrl}1`)
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true)
    // Precaching finished: the worker's cache holds the deck's files. (With connect-src 'none' the
    // worker never gets here: its precache fetches are blocked.)
    await expect.poll(() => page.evaluate(async () => {
      const names = await caches.keys()
      const cached = await Promise.all(names.map(async name => (await (await caches.open(name)).keys()).length))
      return cached.reduce((sum, count) => sum + count, 0)
    }), { timeout: 30_000 }).toBeGreaterThan(deck.length)
    expect(await violations()).toEqual([])
  })
})
