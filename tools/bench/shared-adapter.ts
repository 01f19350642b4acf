// Stand-in for tools/shared/ (issue 11, branch `arch`): finding and launching Chromium offline, and
// serving a build at a sub-path. When tools/shared/browser.ts and serve.ts land, the bench imports
// them instead and this file goes.
import type { AddressInfo } from 'node:net'
import type { BrowserContext } from 'playwright-chromium'
import { createServer } from 'node:http'
import { chromium } from 'playwright-chromium'
import sirv from 'sirv'
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs'

export { findBrowser }

const LOCAL_HOST = '127.0.0.1'

/** The found Chromium; every host but this machine is unresolvable. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: findBrowser(),
    args: [...BROWSER_ARGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${LOCAL_HOST}`],
  })
}

/** Aborts requests that would leave the machine (adding them to `blocked`); no wake lock. */
export async function guardContext(context: BrowserContext, blocked: Set<string>): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('slidev-wake-lock', 'false'))
  await context.route(url => /^(?:https?|wss?):$/.test(url.protocol) && url.hostname !== LOCAL_HOST, (route) => {
    blocked.add(route.request().url())
    return route.abort('blockedbyclient')
  })
}

/** Serves `dir` at `base` (e.g. /bench/) on a free local port, index.html for unknown routes. */
export async function serveBuild(dir: string, base: string): Promise<{ url: string, close: () => Promise<void> }> {
  const files = sirv(dir, { single: true })
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) {
      response.writeHead(404).end()
      return
    }
    request.url = `/${request.url.slice(base.length)}`
    files(request, response)
  })
  await new Promise<void>(resolve => server.listen(0, LOCAL_HOST, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${LOCAL_HOST}:${port}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
