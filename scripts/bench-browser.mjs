// Bench helper, one job: measure a served deck in Chromium (Playwright, offline).
// - initialLoad: every response until slide 1's title is painted and the network is idle;
// - titlePaint: navigation → slide 1's `h1` painted, CPU throttled, one fresh context per run;
// - nextSlide: ArrowRight keydown → next slide painted, CPU throttled, over all slides;
// - loadedFonts: font files the browser fetched while every slide was shown, and on which slide.
// Only 127.0.0.1 is reachable: other hosts are unresolvable (--host-resolver-rules) and any
// request to them is aborted and reported in `blocked`.
import { chromium } from 'playwright-chromium'
import { BROWSER_ARGS, findBrowser } from '../tools/shared/browser.ts'
import { gzipSize, kindOf } from './bench-dist.mjs'

export const CPU_THROTTLE = 4
const IDLE_MS = 500
const VIEWPORT = { width: 1280, height: 720 }

// Runs in the page before any script. Marks (performance.mark + window.__bench):
// - title1: the first animation frame after `[data-slidev-no="1"] h1` became visible;
// - shown[N]: for each time slide N's wrapper turns visible, when it did and the next frame;
// - keydowns: event.timeStamp of every ArrowRight keydown (same clock as performance.now()).
// Checks run in a MutationObserver (cheap: inline `display` first, layout only for candidates),
// so the page is not polled.
function pageProbe() {
  try {
    localStorage.setItem('slidev-wake-lock', 'false')
  }
  catch {}
  // room for every resource of a long deck (the default buffer keeps 250 entries)
  performance.setResourceTimingBufferSize(100_000)
  const bench = window.__bench = { title1: null, shown: {}, keydowns: [] }
  addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight')
      bench.keydowns.push(event.timeStamp)
  }, true)
  const isVisible = el => el.isConnected && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0
    && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0
  const wasVisible = new WeakMap()
  const check = () => {
    if (bench.title1 === null) {
      const h1 = document.querySelector('[data-slidev-no="1"] h1')
      if (h1 && isVisible(h1)) {
        bench.title1 = 'pending'
        const visibleAt = performance.now()
        requestAnimationFrame(() => {
          bench.title1 = performance.now()
          bench.title1VisibleAt = visibleAt
          performance.mark('bench:slide-1-title-painted')
        })
      }
    }
    for (const el of document.querySelectorAll('[data-slidev-no]')) {
      const shownNow = el.style.display !== 'none' && isVisible(el)
      if (shownNow && !wasVisible.get(el)) {
        const no = el.getAttribute('data-slidev-no')
        const visibleAt = performance.now()
        requestAnimationFrame(() => {
          (bench.shown[no] ??= []).push({ visibleAt, paintedAt: performance.now() })
          performance.mark(`bench:slide-${no}-painted`)
        })
      }
      wasVisible.set(el, shownNow)
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] })
}

export const median = (values) => {
  if (!values.length)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const isLocal = (url) => {
  try {
    const { protocol, hostname } = new URL(url)
    return !/^(?:https?|wss?):$/.test(protocol) || hostname === '127.0.0.1'
  }
  catch {
    return true
  }
}

async function launch() {
  return chromium.launch({
    executablePath: findBrowser(),
    args: [...BROWSER_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  })
}

async function freshPage(browser, blocked, { throttle }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  await context.addInitScript(pageProbe)
  // Abort anything that is not the local server. (Routing only non-local URLs still makes
  // Playwright intercept every request, a small cost paid by both decks alike.)
  await context.route(url => !isLocal(url.href), (route) => {
    blocked.add(route.request().url())
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  if (throttle) {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE })
  }
  return { context, page }
}

/** Resolves when no request has been in flight for IDLE_MS. */
function networkTracker(page) {
  const inflight = new Set()
  let lastChange = Date.now()
  page.on('request', (request) => {
    inflight.add(request)
    lastChange = Date.now()
  })
  const settle = (request) => {
    inflight.delete(request)
    lastChange = Date.now()
  }
  page.on('requestfinished', settle)
  page.on('requestfailed', settle)
  return {
    idle: async (timeout = 60_000) => {
      const start = Date.now()
      while (Date.now() - start < timeout) {
        if (inflight.size === 0 && Date.now() - lastChange >= IDLE_MS)
          return
        await new Promise(resolve => setTimeout(resolve, 50))
      }
      throw new Error(`network not idle after ${timeout} ms: ${[...inflight].map(r => r.url()).join(', ')}`)
    },
  }
}

const waitTitle = page => page.waitForFunction(() => typeof window.__bench?.title1 === 'number', null, { polling: 100, timeout: 120_000 })

/** Bytes of slide 1 (unthrottled; sizes do not depend on CPU speed). */
async function initialLoad(browser, url, blocked) {
  const { context, page } = await freshPage(browser, blocked, { throttle: false })
  const network = networkTracker(page)
  const bodies = []
  let closed = false
  page.on('response', (response) => {
    if (closed || !isLocal(response.url()))
      return
    bodies.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0))
      const contentType = response.headers()['content-type'] ?? ''
      const kind = response.request().resourceType() === 'document' ? 'html' : kindOf(new URL(response.url()).pathname)
      return { url: response.url(), status: response.status(), contentType, kind, raw: body.length, gzip: gzipSize(body) }
    })())
  })
  await page.goto(url, { waitUntil: 'commit' })
  await waitTitle(page)
  await network.idle()
  closed = true
  // Slidev preloads EVERY slide 3 s after the slideshow mounts. On a slow machine that timer can
  // fire before the network is idle: leave out what was requested from then on.
  const { cutoff, started } = await page.evaluate(() => ({
    cutoff: (window.__bench.shown['1']?.[0]?.visibleAt ?? window.__bench.title1) + 2900,
    started: performance.getEntriesByType('resource').map(entry => [entry.name, entry.startTime]),
  }))
  const startOf = new Map(started)
  // A URL fetched twice (Chromium asks for the favicon twice) is needed once: count it once.
  const all = await Promise.all(bodies)
  const late = all.filter(r => (startOf.get(r.url) ?? 0) >= cutoff).map(r => r.url)
  const responses = [...new Map(all.filter(r => !late.includes(r.url)).map(r => [r.url, r])).values()]
  await context.close()
  const byKind = {}
  const missing = []
  for (const r of responses) {
    // serve.mjs answers unknown paths with index.html (SPA fallback): an asset that comes back
    // as HTML is missing from the build.
    if (r.kind !== 'html' && r.contentType.startsWith('text/html'))
      missing.push(r.url)
    const k = (byKind[r.kind] ??= { raw: 0, gzip: 0, count: 0 })
    k.raw += r.raw
    k.gzip += r.gzip
    k.count++
  }
  const assets = ['js', 'css', 'font', 'image'].reduce((sum, kind) => ({
    raw: sum.raw + (byKind[kind]?.raw ?? 0),
    gzip: sum.gzip + (byKind[kind]?.gzip ?? 0),
    count: sum.count + (byKind[kind]?.count ?? 0),
  }), { raw: 0, gzip: 0, count: 0 })
  return { byKind, assets, responses, missing, leftOutAfterPreloadAll: late }
}

/** Navigation → slide 1's title painted, CPU throttled, `runs` fresh contexts. */
async function titlePaint(browser, url, runs, blocked) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage(browser, blocked, { throttle: true })
    await page.goto(url, { waitUntil: 'commit' })
    await waitTitle(page)
    samples.push(await page.evaluate(() => window.__bench.title1))
    await context.close()
  }
  return { samples, median: median(samples) }
}

// Runs in the page after a walk through the deck. Fonts load only when text set in them is laid
// out, and Slidev keeps preloaded slides in `display: none`, so a font file belongs to the slide
// that was the last to become visible before the font was requested.
// Returns { [slideNo]: [dist-relative font paths] }.
function fontAttribution(base) {
  const shows = []
  for (const [no, list] of Object.entries(window.__bench.shown)) {
    for (const { visibleAt } of list)
      shows.push([visibleAt, Number(no)])
  }
  shows.sort((a, b) => a[0] - b[0])
  const bySlide = {}
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname
    if (!/\.(?:woff2?|ttf|otf|eot)$/i.test(path))
      continue
    let slide = 1
    for (const [at, no] of shows) {
      if (at <= entry.startTime)
        slide = no
    }
    ;(bySlide[slide] ??= []).push(path.startsWith(base) ? path.slice(base.length) : path.slice(1))
  }
  return bySlide
}

/**
 * ArrowRight → next slide painted, CPU throttled. Each pass opens slide 1 in a fresh context,
 * waits until Slidev has preloaded every slide (it does so 3 s after start) and the network is
 * idle, then presses ArrowRight through the deck. Presses that only reveal a click step are
 * not timed; a press that changes slide N → N+1 is timed from its keydown event to the first
 * animation frame after slide N+1 became visible.
 */
async function nextSlide(browser, url, slideCount, passes, blocked) {
  const samples = []
  const perSlide = {}
  const loadedFonts = new Set()
  const problems = []
  const base = new URL(url).pathname
  let fontsBySlide = {}
  for (let pass = 0; pass < passes; pass++) {
    const { context, page } = await freshPage(browser, blocked, { throttle: true })
    const network = networkTracker(page)
    page.on('response', (response) => {
      const { pathname } = new URL(response.url())
      if (kindOf(pathname) === 'font' && isLocal(response.url()))
        loadedFonts.add(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1))
    })
    await page.goto(url, { waitUntil: 'commit' })
    await waitTitle(page)
    await page.waitForTimeout(3500)
    await network.idle()
    // Which slide is shown comes from the probe's `shown` marks, not from the URL: a slide can
    // have a routeAlias (/bench/sources-1). A press that changes the URL's path changed the slide;
    // one that changes only the query (?clicks=K) revealed a click step.
    let current = 1
    let presses = 0
    while (current < slideCount && presses < slideCount * 30) {
      const before = new URL(page.url()).pathname
      const keysBefore = await page.evaluate(() => window.__bench.keydowns.length)
      const hrefBefore = page.url()
      await page.keyboard.press('ArrowRight')
      presses++
      try {
        await page.waitForFunction(prev => location.href !== prev, hrefBefore, { polling: 50, timeout: 15_000 })
      }
      catch {
        problems.push(`ArrowRight on slide ${current} changed nothing in 15 s`)
        break
      }
      if (new URL(page.url()).pathname === before)
        continue // a click step
      const timing = await page.waitForFunction((index) => {
        const key = window.__bench.keydowns[index]
        let first
        for (const [no, list] of Object.entries(window.__bench.shown)) {
          for (const shown of list) {
            if (shown.visibleAt >= key && (!first || shown.visibleAt < first.visibleAt))
              first = { no: Number(no), key, visibleAt: shown.visibleAt, painted: shown.paintedAt }
          }
        }
        return first ?? false
      }, keysBefore, { polling: 50, timeout: 15_000 }).then(handle => handle.jsonValue()).catch(() => null)
      if (!timing) {
        problems.push(`no slide was painted within 15 s of ArrowRight on slide ${current}`)
        break
      }
      if (timing.no !== current + 1)
        problems.push(`ArrowRight on slide ${current} went to slide ${timing.no}`)
      const ms = timing.painted - timing.key
      samples.push(ms)
      ;(perSlide[timing.no] ??= []).push(ms)
      current = timing.no
      // let the transition finish before the next press
      await page.waitForFunction(() => !document.querySelector('#slideshow [class*="-leave-active"], #slideshow [class*="-enter-active"]'), null, { polling: 50, timeout: 15_000 }).catch(() => {})
      await page.waitForTimeout(150)
    }
    if (current < slideCount)
      problems.push(`pass ${pass + 1} stopped at slide ${current} of ${slideCount}`)
    if (pass === 0)
      fontsBySlide = await page.evaluate(fontAttribution, base)
    await context.close()
  }
  return { samples, median: median(samples), perSlide, loadedFonts: [...loadedFonts].sort(), fontsBySlide, problems }
}

/**
 * Measures several decks in one browser. The paint-time runs alternate between the decks
 * (run 1 of each, then run 2 of each, …) so that load from other jobs on a shared machine
 * falls on all decks alike.
 * @param {{ name: string, url: string, slideCount: number }[]} decks url: the deck's base URL
 * @param {number} runs
 * @returns {Promise<Record<string, { initialLoad, titlePaint, nextSlide, blocked: string[] }>>}
 */
export async function measureDecks(decks, runs) {
  const browser = await launch()
  try {
    const out = {}
    for (const deck of decks)
      out[deck.name] = { blockedSet: new Set() }
    for (const deck of decks)
      out[deck.name].initialLoad = await initialLoad(browser, deck.url, out[deck.name].blockedSet)
    const samples = Object.fromEntries(decks.map(deck => [deck.name, []]))
    for (let i = 0; i < runs; i++) {
      for (const deck of decks)
        samples[deck.name].push(...(await titlePaint(browser, deck.url, 1, out[deck.name].blockedSet)).samples)
    }
    for (const deck of decks) {
      out[deck.name].titlePaint = { samples: samples[deck.name], median: median(samples[deck.name]) }
      const transitions = Math.max(1, deck.slideCount - 1)
      const passes = Math.max(1, Math.ceil(Math.max(runs, 10) / transitions))
      out[deck.name].nextSlide = { ...await nextSlide(browser, deck.url, deck.slideCount, passes, out[deck.name].blockedSet), passes }
    }
    for (const deck of decks) {
      out[deck.name].blocked = [...out[deck.name].blockedSet]
      delete out[deck.name].blockedSet
    }
    return out
  }
  finally {
    await browser.close()
  }
}
