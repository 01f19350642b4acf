// Measures served decks in the found Chromium, offline, the CPU throttled to stand for a weak laptop:
// - initialLoad: every response until slide 1's title is painted and the network is idle (bytes);
// - titlePaint: navigation → slide 1's `h1` painted, one fresh context per run;
// - nextSlide: ArrowRight keydown → next slide painted, over the whole deck; on the way, which
//   files each slide fetched (fonts load only when text set in them is laid out).
import type { Browser, Page } from 'playwright-chromium'
import type { Kind } from './dist.ts'
import { chromium } from 'playwright-chromium'
import { disableWakeLock, launchOptions, refuseOffMachine } from '../shared/browser.ts'
import { gzipSize, kindOf } from './dist.ts'

export const CPU_SLOWDOWN = 4
const IDLE_MS = 500
// Slidev preloads every slide 3 s after the slideshow mounts; slide 1's bytes stop before that.
const PRELOAD_ALL_MS = 2900

interface Probe { title1: number | null, shown: Record<string, { visibleAt: number, paintedAt: number }[]>, keydowns: number[] }
declare global {
  interface Window { __bench: Probe }
}

// Runs in the page before any script: marks when slide 1's title and each slide become visible
// and the next frame after (painted), and the time of each ArrowRight keydown (same clock).
function pageProbe() {
  performance.setResourceTimingBufferSize(100_000)
  const bench: Probe = window.__bench = { title1: null, shown: {}, keydowns: [] }
  addEventListener('keydown', event => event.key === 'ArrowRight' && bench.keydowns.push(event.timeStamp), true)
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0
  const afterPaint = (then: (at: number) => void) => requestAnimationFrame(() => then(performance.now()))
  const wasVisible = new WeakMap<Element, boolean>()
  let titleSeen = false
  new MutationObserver(() => {
    const h1 = document.querySelector('[data-slidev-no="1"] h1')
    if (!titleSeen && h1 && visible(h1)) {
      titleSeen = true
      afterPaint(at => bench.title1 = at)
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-slidev-no]')) {
      const now = el.style.display !== 'none' && visible(el)
      if (now && !wasVisible.get(el)) {
        const visibleAt = performance.now()
        afterPaint(paintedAt => (bench.shown[el.dataset.slidevNo!] ??= []).push({ visibleAt, paintedAt }))
      }
      wasVisible.set(el, now)
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] })
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2
}

async function freshPage(browser: Browser, blocked: Set<string>, throttle: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })
  await refuseOffMachine(context, href => blocked.add(href))
  await disableWakeLock(context)
  // tsx compiles with esbuild's keepNames: functions sent to the page call its `__name` helper.
  await context.addInitScript('globalThis.__name ??= fn => fn')
  await context.addInitScript(pageProbe)
  const page = await context.newPage()
  if (throttle)
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  return page
}

/** Returns a wait for IDLE_MS without a request in flight (`networkidle` fires only once per load). */
function networkIdle(page: Page): () => Promise<void> {
  const state = { inflight: 0, since: Date.now() }
  const change = (by: number) => () => Object.assign(state, { inflight: state.inflight + by, since: Date.now() })
  page.on('request', change(1)).on('requestfinished', change(-1)).on('requestfailed', change(-1))
  return async () => {
    for (const end = Date.now() + 60_000; state.inflight || Date.now() - state.since < IDLE_MS; await page.waitForTimeout(50)) {
      if (Date.now() > end)
        throw new Error('the network was not idle after 60 s')
    }
  }
}

async function openSlide1(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => typeof window.__bench.title1 === 'number', null, { polling: 100, timeout: 120_000 })
}

interface Loaded { path: string, kind: Kind, raw: number, gzip: number, missing: boolean }
interface Sum { raw: number, gzip: number, count: number }
interface InitialLoad { responses: Loaded[], byKind: Partial<Record<Kind, Sum>>, assets: Sum, leftOut: number }

/** Bytes of slide 1 (unthrottled: sizes do not depend on CPU speed). */
async function initialLoad(browser: Browser, url: string, blocked: Set<string>): Promise<InitialLoad> {
  const page = await freshPage(browser, blocked, false)
  const idle = networkIdle(page)
  const bodies: Promise<Loaded & { url: string }>[] = []
  // Requests that would leave the machine are aborted (refuseOffMachine): every response is local.
  page.on('response', response => bodies.push((async () => {
    const body = await response.body().catch(() => Buffer.alloc(0))
    const kind = response.request().resourceType() === 'document' ? 'html' : kindOf(new URL(response.url()).pathname)
    const missing = response.status() === 404
    return { url: response.url(), path: new URL(response.url()).pathname, kind, raw: body.length, gzip: gzipSize(body), missing }
  })()))
  await openSlide1(page, url)
  await idle()
  const started = new Map(await page.evaluate(() => performance.getEntriesByType('resource').map(e => [e.name, e.startTime] as const)))
  const cutoff = await page.evaluate(ms => (window.__bench.shown['1']?.[0]?.visibleAt ?? window.__bench.title1!) + ms, PRELOAD_ALL_MS)
  const all = await Promise.all(bodies)
  await page.context().close()
  const late = new Set(all.filter(r => (started.get(r.url) ?? 0) >= cutoff).map(r => r.url))
  // A URL fetched twice (Chromium asks for the favicon twice) is needed once.
  const kept = [...new Map(all.filter(r => !late.has(r.url)).map(r => [r.url, r])).values()]
  const byKind: InitialLoad['byKind'] = {}
  const assets: Sum = { raw: 0, gzip: 0, count: 0 }
  for (const r of kept) {
    for (const sum of [byKind[r.kind] ??= { raw: 0, gzip: 0, count: 0 }, ...['js', 'css', 'font', 'image'].includes(r.kind) ? [assets] : []]) {
      sum.raw += r.raw
      sum.gzip += r.gzip
      sum.count++
    }
  }
  return { responses: kept, byKind, assets, leftOut: late.size }
}

interface NextSlide { samples: number[], fetchedBySlide: Record<number, string[]>, problems: string[] }

/**
 * ArrowRight through the deck, after Slidev has preloaded every slide: a press that changes the
 * slide is timed from its keydown to the first frame after the next slide became visible; a press
 * that only reveals a click step (the URL's query changes, not its path) is not timed.
 */
async function nextSlide(browser: Browser, url: string, slideCount: number, passes: number, blocked: Set<string>): Promise<NextSlide> {
  const result: NextSlide = { samples: [], fetchedBySlide: {}, problems: [] }
  const base = new URL(url).pathname
  for (let pass = 1; pass <= passes; pass++) {
    const page = await freshPage(browser, blocked, true)
    const idle = networkIdle(page)
    await openSlide1(page, url)
    await page.waitForTimeout(PRELOAD_ALL_MS + 600)
    await idle()
    let current = 1
    for (let presses = 0; current < slideCount && presses < slideCount * 30; presses++) {
      const [before, keys] = [page.url(), await page.evaluate(() => window.__bench.keydowns.length)]
      await page.keyboard.press('ArrowRight')
      const timing = await page.waitForFunction(([index, before]) => {
        const key = window.__bench.keydowns[index]
        const shows = Object.entries(window.__bench.shown).flatMap(([no, list]) => list.map(s => ({ no: Number(no), ...s })))
        const next = shows.filter(s => s.visibleAt >= key).sort((a, b) => a.visibleAt - b.visibleAt)[0]
        return next ? { no: next.no, ms: next.paintedAt - key } : location.href !== before && location.pathname === new URL(before).pathname && 'click step'
      }, [keys, before] as const, { polling: 50, timeout: 15_000 }).then(handle => handle.jsonValue()).catch(() => undefined)
      if (timing === 'click step')
        continue
      if (!timing) {
        result.problems.push(`no slide was painted within 15 s of ArrowRight on slide ${current}`)
        break
      }
      if (timing.no !== current + 1)
        result.problems.push(`ArrowRight on slide ${current} went to slide ${timing.no}`)
      result.samples.push(timing.ms)
      current = timing.no
      await page.waitForFunction(() => !document.querySelector('#slideshow [class*="-leave-active"], #slideshow [class*="-enter-active"]'), null, { polling: 50, timeout: 15_000 }).catch(() => {})
      await page.waitForTimeout(150)
    }
    if (current < slideCount)
      result.problems.push(`pass ${pass} stopped at slide ${current} of ${slideCount}`)
    if (pass === 1)
      result.fetchedBySlide = await page.evaluate(fetchedBySlide, base)
    await page.context().close()
  }
  return result
}

// In the page: each file belongs to the slide last shown before it was requested.
function fetchedBySlide(base: string): Record<number, string[]> {
  const shows = Object.entries(window.__bench.shown).flatMap(([no, list]) => list.map(s => [s.visibleAt, Number(no)] as const)).sort((a, b) => a[0] - b[0])
  const bySlide: Record<number, string[]> = {}
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname
    if (path.startsWith(base)) {
      const slide = shows.filter(([at]) => at <= entry.startTime).at(-1)?.[1] ?? 1
      ;(bySlide[slide] ??= []).push(path.slice(base.length))
    }
  }
  return bySlide
}

export interface DeckMeasurement { initialLoad: InitialLoad, titlePaint: number[], nextSlide: NextSlide }

/**
 * Measures the decks in one browser. Title-paint runs alternate between the decks (run 1 of each,
 * then run 2 of each, …) so load from other jobs on a shared machine falls on all alike. `blocked`:
 * requests that would have left the machine (aborted).
 */
export async function measureDecks(decks: { name: string, url: string, slideCount: number }[], runs: number, blocked: Set<string>): Promise<Record<string, DeckMeasurement>> {
  const browser = await chromium.launch(launchOptions())
  try {
    const loads: Record<string, InitialLoad> = {}
    const paints: Record<string, number[]> = {}
    for (const deck of decks)
      [loads[deck.name], paints[deck.name]] = [await initialLoad(browser, deck.url, blocked), []]
    for (let run = 0; run < runs; run++) {
      for (const deck of decks) {
        const page = await freshPage(browser, blocked, true)
        await openSlide1(page, deck.url)
        paints[deck.name].push(await page.evaluate(() => window.__bench.title1!))
        await page.context().close()
      }
    }
    const out: Record<string, DeckMeasurement> = {}
    for (const deck of decks) {
      const passes = Math.ceil(Math.max(runs, 10) / Math.max(1, deck.slideCount - 1))
      out[deck.name] = { initialLoad: loads[deck.name], titlePaint: paints[deck.name], nextSlide: await nextSlide(browser, deck.url, deck.slideCount, passes, blocked) }
    }
    return out
  }
  finally {
    await browser.close()
  }
}
