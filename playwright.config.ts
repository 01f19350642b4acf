import { defineConfig } from '@playwright/test'
import { launchOptions } from './tools/shared/browser'
import { E2E_BASE, E2E_PORT, LOCALHOST } from './tools/shared/paths'

const url = `http://${LOCALHOST}:${E2E_PORT}${E2E_BASE}`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: url,
    viewport: { width: 980, height: 552 },
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `tsx tools/shared/serve.ts --dir dist --base ${E2E_BASE} --port ${E2E_PORT}`,
    url,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
