// Finds a Chromium for tests and export: CHROMIUM_PATH, else Playwright's own download,
// else a system Chromium. Usable as a module or as a command that prints the path.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-chromium'

const SYSTEM_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined
  }
  catch {
    return undefined
  }
}

export const HOW_TO_GET_A_BROWSER = `No Chromium found. Either:
  - set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome 120+), or
  - install Playwright's browser: npx playwright install chromium, or
  - install a system one: Debian/Ubuntu: sudo apt-get install chromium · macOS: brew install --cask chromium · Windows: install Google Chrome.`

/** @returns {string} the path of a Chromium executable; throws with install advice when none exists */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${HOW_TO_GET_A_BROWSER}`)
    return fromEnv
  }
  const playwrightOwn = chromium.executablePath()
  if (playwrightOwn && existsSync(playwrightOwn))
    return playwrightOwn
  for (const name of SYSTEM_CANDIDATES) {
    const found = onPath(name)
    if (found)
      return found
  }
  throw new Error(HOW_TO_GET_A_BROWSER)
}

/** Flags that keep a headless Chromium quiet and offline (no background calls home). */
export const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(findBrowser())
  }
  catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
