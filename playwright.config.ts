import { defineConfig } from '@playwright/test'
import { launchOptions } from './tools/shared/browser.ts'
import { E2E_BASE, E2E_PORT, LOCALHOST } from './tools/shared/paths.ts'

const url = `http://${LOCALHOST}:${E2E_PORT}${E2E_BASE}`

export default defineConfig({
  testDir: 'tests/e2e',
  // Both cores: every test opens its own page; each pass over every slide runs as two tests
  // (inTwoParts in tests/e2e/fixtures.ts), so the two workers share it. A third worker on 2 cores made
  // the run slower (1,001 s against 851 s). The specs whose tests share a server or a file made in beforeAll run their tests in
  // order (test.describe.configure({ mode: 'serial' })).
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  // A first page load on a busy 2-core machine can take longer than Playwright's 5 s default.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: url,
    viewport: { width: 980, height: 552 },
    launchOptions: launchOptions(),
    // The web app's service worker precaches the whole deck (182 files) in every new page's context;
    // only the specs about it (pwa, csp) allow it.
    serviceWorkers: 'block',
    // A worker's tests share one browser context and page instead of a new one each: about 2.7 cpu-s
    // less per test (23 small tests: 133 against 71 cpu-s, 72 against 41 s). Between tests Playwright
    // loads about:blank and clears cookies, the HTTP cache, localStorage and IndexedDB, unregisters
    // service workers, closes other pages and re-applies the test's options; a test that changes a
    // context option Playwright does not reset (setOffline in pwa.spec.ts) puts it back. A test whose
    // options need a new context (bypassCSP, isMobile, serviceWorkers) gets one.
    reuseContext: true,
  },
  // Every spec reads the e2e build; without it the server stops with the command that makes it.
  webServer: {
    command: `tsx tools/cli.ts preview --dir dist --base ${E2E_BASE} --port ${E2E_PORT}`,
    url,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
