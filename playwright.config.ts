import { defineConfig } from '@playwright/test'
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs'

/** The sub-path the e2e build is served at, as on GitHub Pages or a university server. */
export const E2E_BASE = '/lectures/trump-kim/'
const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    viewport: { width: 980, height: 552 },
    launchOptions: { executablePath: findBrowser(), args: BROWSER_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs --dir dist --base ${E2E_BASE} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
