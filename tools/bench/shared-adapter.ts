// Stand-in for tools/shared/ (issue 11, branch `arch`), with the same names: the browser finder
// from scripts/, the offline guard and wake-lock switch, serving a build at a sub-path, the root.
// When tools/shared/ lands, browser.ts and main.ts import from there and this file goes.
import type { AddressInfo } from 'node:net'
import type { BrowserContext } from 'playwright-chromium'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs'

export { findBrowser }
export const ROOT = resolve(import.meta.dirname, '..', '..')
const LOCALHOST = '127.0.0.1'

export const launchOptions = () => ({ executablePath: findBrowser(), args: BROWSER_ARGS })

export async function refuseOffMachine(context: BrowserContext, report: (href: string) => void): Promise<void> {
  await context.route(url => /^(?:https?|wss?):$/.test(url.protocol) && url.hostname !== LOCALHOST, (route) => {
    report(route.request().url())
    return route.abort('blockedbyclient')
  })
}

export const disableWakeLock = (context: BrowserContext) => context.addInitScript(() => localStorage.setItem('slidev-wake-lock', 'false'))

/** Serves `dir` at `base` (e.g. /bench/) on a free local port; 404 for a missing file. */
export async function serveDeck(dir: string, base: string): Promise<{ server: { close: () => void }, url: string }> {
  const files = sirv(dir, { single: true, ignores: ['\\.\\w+$'] })
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base))
      return void response.writeHead(404).end()
    request.url = `/${request.url.slice(base.length)}`
    files(request, response, () => void response.writeHead(404).end())
  })
  await new Promise<void>(done => server.listen(0, LOCALHOST, done))
  return { server, url: `http://${LOCALHOST}:${(server.address() as AddressInfo).port}${base}` }
}
