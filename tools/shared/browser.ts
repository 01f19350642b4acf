// The browser every tool and test uses: which Chromium (CHROMIUM_PATH, else Playwright's own
// download, else a system one), the flags that keep it quiet and offline, the rule for "is this
// URL off the machine" with the guard that refuses such requests (and the watch that reports them),
// Slidev's wake-lock switch, moving inside a deck (openInDeck) and waiting until nothing moves.
// `npx tsx tools/cli.ts browser` prints the Chromium it finds.
import type { BrowserContext, Page, Request, WebSocket } from 'playwright-chromium'
import { execFileSync } from 'node:child_process'
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { chromium } from 'playwright-chromium'

const SYSTEM_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

const HOW_TO_GET_A_BROWSER = `No Chromium found. Either:
  - set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome 120+), or
  - install Playwright's browser: npx playwright install chromium, or
  - install a system one: Debian/Ubuntu: sudo apt-get install chromium · macOS: brew install --cask chromium · Windows: install Google Chrome.`

/** Advice after a failed launch: about CHROMIUM_PATH when it is set, else how to get a browser. */
export function browserAdvice(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  return fromEnv
    ? `CHROMIUM_PATH is set to ${fromEnv}: point it at a working Chromium or Chrome 120+, or unset it to use Playwright's or the system's.`
    : HOW_TO_GET_A_BROWSER
}

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined
  }
  catch {
    return undefined
  }
}

/** Why `path` is not a working Chromium, or undefined when `path --version` names one. */
function notAChromium(path: string): string | undefined {
  if (!existsSync(path))
    return 'it does not exist'
  if (!statSync(path).isFile())
    return 'it is not a file'
  try {
    accessSync(path, constants.X_OK)
  }
  catch {
    return 'it is not executable'
  }
  let version: string
  try {
    version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  }
  catch (error) {
    return `running it with --version failed (${(error as Error).message.split('\n')[0]})`
  }
  return /chrom/i.test(version) ? undefined : `it says "${version.split('\n')[0]}", not Chromium or Chrome`
}

/** The path of a Chromium executable; throws with advice when none is found or CHROMIUM_PATH is wrong. */
export function findBrowser(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    const problem = notAChromium(fromEnv)
    if (problem)
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not a working Chromium: ${problem}.\nPoint it at a Chromium or Chrome 120+ executable, or unset it to use Playwright's or the system's.`)
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
const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launch options for Playwright: the Chromium found above with the quiet, offline flags. */
export function launchOptions() {
  return { executablePath: findBrowser(), args: BROWSER_ARGS }
}

/** True for a host name on this machine (localhost, 127.x, ::1, the unspecified addresses). */
export function isLocalHost(host: string | undefined): boolean {
  const name = String(host ?? 'localhost').replace(/^\[|\]$/g, '').toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || name === '0.0.0.0'
    || name === '::' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '::ffff:127.0.0.1'
}

/** True when loading `href` would leave the machine (data:, blob:, file: and about: stay on it). */
export function isOffMachine(href: string): boolean {
  const url = new URL(href)
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !isLocalHost(url.hostname)
}

/**
 * Aborts every request and WebSocket of a page or browser context that would leave the machine,
 * and reports it: a lecture hall without internet must get the same deck.
 */
export async function refuseOffMachine(target: Page | BrowserContext, report: (href: string, kind: 'request' | 'WebSocket') => void) {
  await target.route('**/*', (route) => {
    const href = route.request().url()
    if (!isOffMachine(href))
      return route.continue()
    report(href, 'request')
    return route.abort('blockedbyclient')
  })
  await target.routeWebSocket(url => isOffMachine(url.href), (socket) => {
    report(socket.url(), 'WebSocket')
    socket.close()
  })
}

/**
 * Opens `href` (a deck URL, absolute or relative to the page's base URL) in `page`. The first visit
 * loads the deck; later ones, on the same deck, move inside the app through the History API, as
 * Slidev's own navigation does: many times faster than reloading the deck for each slide. With
 * `deckUrl`, the page is on the deck only when its address starts with it (else: any http(s) page).
 * Says which of the two it did.
 */
export async function openInDeck(page: Page, href: string, deckUrl?: string): Promise<'loaded' | 'moved'> {
  const onDeck = deckUrl ? page.url().startsWith(deckUrl) : /^https?:/.test(page.url())
  if (!onDeck) {
    await page.goto(href)
    return 'loaded'
  }
  await page.evaluate((href) => {
    history.pushState(null, '', new URL(href, location.href))
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, href)
  return 'moved'
}

/**
 * Reports every request and WebSocket of a page that would leave the machine, without stopping it:
 * for tests, which must see an attempt and fail (the test machines have no route out). Unlike
 * refuseOffMachine it does not route the page's requests, which in Playwright turns off the HTTP
 * cache and sends every request through the test process: a cold load of a slide took 0.35 s
 * instead of 0.74–1.0 s. Returns the function that stops watching.
 */
export function watchOffMachine(page: Page, report: (href: string, kind: 'request' | 'WebSocket') => void): () => void {
  const onRequest = (request: Request) => {
    if (isOffMachine(request.url()))
      report(request.url(), 'request')
  }
  const onSocket = (socket: WebSocket) => {
    if (isOffMachine(socket.url()))
      report(socket.url(), 'WebSocket')
  }
  page.on('request', onRequest)
  page.on('websocket', onSocket)
  return () => {
    page.off('request', onRequest)
    page.off('websocket', onSocket)
  }
}

/**
 * Waits until nothing on the page still moves, so a measurement or a screenshot does not catch a
 * half-faded slide: no slide transition on screen (Slidev's `-enter-`/`-leave-` classes) and no finite
 * CSS animation or transition running. Gives up after `timeout` ms naming what still moves: an unbounded
 * wait once hung a CI run for 5 minutes. A transition class alone is not movement: a slide moved to and
 * from in a hurry can keep a stale `fade-enter-to` with nothing running (seen on slides 36 and 62 after →
 * then ←), which changes nothing a user sees; and only elements on screen count.
 */
export async function untilAtRest(page: Page, what: string, timeout = 30_000) {
  const deadline = Date.now() + timeout
  for (;;) {
    const moving = await page.evaluate(() => [
      // A transition class counts while its transition is about to start (`-from`) or still runs on screen.
      ...[...document.querySelectorAll('#slideshow [class*="-enter-"], #slideshow [class*="-leave-"]')]
        .filter(element => element.checkVisibility() && (/-(?:enter|leave)-from\b/.test(element.className)
          || element.getAnimations({ subtree: true }).some(animation => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity)))
        .map(element => `transition: <${element.tagName.toLowerCase()} class="${element.className}">`),
      ...document.getAnimations()
        .filter(animation => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity)
        .map(animation => `animation: ${(animation as CSSAnimation).animationName ?? (animation as CSSTransition).transitionProperty ?? animation.id}`),
    ])
    if (moving.length === 0)
      return
    if (Date.now() > deadline)
      throw new Error(`${what} did not come to rest in ${timeout / 1000} s; still moving:\n  ${moving.join('\n  ')}`)
    await page.waitForTimeout(50)
  }
}

/** Headless Chromium has no screen to keep awake: Slidev's wake lock would only log an error. */
export async function disableWakeLock(target: Page | BrowserContext) {
  await target.addInitScript(() => localStorage.setItem('slidev-wake-lock', 'false'))
}
