import type { Server } from 'node:http'
// Serves a built deck at a sub-path on this machine, as GitHub Pages or a university server would,
// with sirv: files under the base; index.html for page routes (Slidev is a single-page app);
// 404 for a missing file (a path with an extension, e.g. /assets/x.js); 400 for a URL that does
// not decode or that names a path outside the folder. sirv serves only the files it listed at
// start-up, so no request can reach a sibling folder such as dist-lecturer/.
// `npm run preview -- [--dir dist] [--base <E2E_BASE of paths.ts>] [--port 4173]` (tools/cli.ts).
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-chromium'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import sirv from 'sirv'
import { launchOptions } from './browser.ts'
import { LOCALHOST } from './paths.ts'

/** Why the built deck in `dir` cannot be served at `base`, or undefined when it can. */
export function notServable(dir: string, base: string): string | undefined {
  const index = join(dir, 'index.html')
  if (!existsSync(index))
    return `No built deck in ${dir}. Run: npm run build -- --base ${base}`
  if (!readFileSync(index, 'utf8').includes(`"${base}`))
    return `${dir} was not built for the base ${base}. Run: npm run build -- --base ${base}`
  return undefined
}

/** True when a decoded path could step out of the served folder (`..` segments, backslashes, NUL). */
function leavesFolder(path: string): boolean {
  return path.includes('\\') || path.includes('\0') || path.split('/').includes('..')
}

/** The path decoded until it no longer changes (so double-encoded `%252e%252e` is seen as `..`); throws on a malformed escape. */
function fullyDecoded(path: string): string {
  let decoded = path
  for (let round = 0; round < 5 && decoded.includes('%'); round++) {
    const next = decodeURIComponent(decoded)
    if (next === decoded)
      break
    decoded = next
  }
  return decoded
}

/** An HTTP server for the deck built in `dir` for the sub-path `base`, adding `headers` to every response (not yet listening). */
function createDeckServer(dir: string, base: string, headers: Record<string, string>): Server {
  // `ignores`: a path whose last segment has an extension names a file, so a missing one is 404.
  const files = sirv(resolve(dir), { single: true, dev: false, etag: true, ignores: ['\\.\\w+$'] })
  return createServer((request, response) => {
    for (const [name, value] of Object.entries(headers))
      response.setHeader(name, value)
    const [path = '/', query] = (request.url ?? '/').split(/\?(.*)/s)
    if (!path.startsWith(base)) {
      response.writeHead(302, { location: base }).end()
      return
    }
    const inside = `/${path.slice(base.length)}`
    let decoded: string
    try {
      decoded = fullyDecoded(inside)
    }
    catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: the URL does not decode.\n')
      return
    }
    if (leavesFolder(decoded)) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: the path leaves the deck.\n')
      return
    }
    request.url = query === undefined ? inside : `${inside}?${query}`
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n')
    })
  })
}

/**
 * Starts serving on the loopback address (`port`: any free one unless given); resolves with the deck's
 * URL once listening. `headers` go on every response, as a host sends them (the CSP test serves the
 * hosting headers this way).
 */
export async function serveDeck(dir: string, base: string, { port = 0, headers = {} }: { port?: number, headers?: Record<string, string> } = {}): Promise<{ server: Server, url: string }> {
  const server = createDeckServer(dir, base, headers)
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, LOCALHOST, done)
  })
  const { port: bound } = server.address() as AddressInfo
  return { server, url: `http://${LOCALHOST}:${bound}${base}` }
}

/**
 * Serves the build in `dir` at `base` and opens Chromium for `use` (the screenshots, the word count);
 * closes both after. A folder without that build stops with the command that makes it.
 */
export async function inBrowserOnBuild<T>(dir: string, base: string, use: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const problem = notServable(dir, base)
  if (problem)
    throw new Error(problem)
  const { server, url } = await serveDeck(dir, base)
  const browser = await chromium.launch(launchOptions())
  try {
    return await use(browser, url)
  }
  finally {
    await browser.close()
    server.close()
  }
}
