// `npm run bench`: how heavy and how fast the lecture deck is, next to a minimal reference deck
// built with the same toolchain, and the performance budgets (exit code 1 when one is exceeded).
//
// Usage: node scripts/bench.mjs [--runs N] [--skip-export] [--json <file>] [--markdown <file>] [--keep]
//   --runs N          paint-time runs per deck, each in a fresh browser context (default 5)
//   --skip-export     do not export PDFs (the PDF budget is then not checked)
//   --json <file>     also write every figure as JSON
//   --markdown <file> also write the table, budgets and checks as Markdown (bench/README-figures.md)
//   --keep            keep the temporary folder (reference deck, PDFs) and print where it is
//
// What it does (the helpers in scripts/bench-*.mjs have one job each):
//  1. builds the lecture deck (`slidev build --out dist-bench --base /bench/`) and a reference
//     deck (bench-refdeck.mjs: cover + 2 text slides, same headmatter settings) in a temporary
//     folder with the same node_modules, timing both builds (wall time);
//  2. serves both with scripts/serve.mjs on free ports and measures them in the Chromium that
//     find-browser.mjs finds, offline (bench-browser.mjs); paint runs alternate between decks;
//  3. reads the builds from disk: dist size, per-slide assets, unneeded files (bench-dist.mjs);
//  4. exports the PDFs (`npm run export -- --out <tmp>` for the lecture deck when
//     scripts/export.mjs exists, else and for the reference deck `slidev export`), timing them;
//  5. prints the table and checks the budgets.
// Sizes: "raw" is the body as served (serve.mjs does not compress), "gzip" is each body
// compressed with zlib's default level, for a figure that does not depend on a server.
// Nothing is written into dist/ or exports/.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CPU_THROTTLE, measureDecks } from './bench-browser.mjs'
import { distSizes, slideAssets, unneeded } from './bench-dist.mjs'
import { inspectPdf } from './bench-pdf.mjs'
import { writeReferenceDeck } from './bench-refdeck.mjs'
import { cells, formatBytes, formatMs, formatSeconds, KiB, markdownTable, textTable } from './bench-report.mjs'
import { tail, timedRun } from './bench-run.mjs'
import { serveDeck } from './bench-serve.mjs'
import { findBrowser } from '../tools/shared/browser.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BASE = '/bench/'
const LECTURE_DIST = join(ROOT, 'dist-bench')
const SLIDEV = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')

// Budgets
const SLIDE1_MAX_RATIO = 1.25 // slide 1 of the lecture deck vs the reference deck, gzip JS+CSS+fonts+images
const PDF_MAX_BYTES = 8_000_000 // slides PDF, 8 MB
const SLIDE_MAX_GZIP = 500 * KiB // any one slide's newly needed assets, gzip

const USAGE = 'Usage: node scripts/bench.mjs [--runs N] [--skip-export] [--json <file>] [--markdown <file>] [--keep]'
let args
try {
  args = parseArgs({
    options: {
      'runs': { type: 'string', default: '5' },
      'skip-export': { type: 'boolean', default: false },
      'json': { type: 'string' },
      'markdown': { type: 'string' },
      'keep': { type: 'boolean', default: false },
    },
  }).values
}
catch (error) {
  console.error(`${error.message}\n${USAGE}`)
  process.exit(2)
}
const runs = Number.parseInt(args.runs, 10)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, got ${args.runs}`)
  process.exit(2)
}
if (!existsSync(SLIDEV)) {
  console.error(`No Slidev in ${SLIDEV}: run npm ci first.`)
  process.exit(2)
}
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`
const log = message => console.log(`[bench] ${message}`)
const failures = [] // budget lines
const errors = [] // the bench could not measure something

const work = mkdtempSync(join(tmpdir(), 'bench-'))

function exportFilename() {
  const headmatter = readFileSync(join(ROOT, 'slides.md'), 'utf8').split(/^---\s*$/m)[1] ?? ''
  return headmatter.match(/^exportFilename:\s*['"]?([^'"\n]+?)['"]?\s*$/m)?.[1] ?? 'slides-export'
}

async function build(name, cwd, outDir) {
  log(`building the ${name} deck …`)
  const result = await timedRun(process.execPath, [SLIDEV, 'build', '--out', outDir, '--base', BASE], { cwd })
  if (!result.ok || !existsSync(join(outDir, 'index.html'))) {
    errors.push(`${name} deck: slidev build failed (exit ${result.code})`)
    console.error(`[bench] ${name} deck: slidev build failed:\n${tail(result.output)}`)
    return { ok: false, seconds: result.seconds }
  }
  log(`  built in ${result.seconds.toFixed(1)} s`)
  return { ok: true, seconds: result.seconds }
}

/** Serves the built decks side by side and measures them in one browser (bench-browser.mjs). */
async function measure(decks) {
  const servers = []
  try {
    const targets = []
    for (const { name, distDir } of decks) {
      const slideCount = slideAssets(distDir, BASE).slides.length
      if (!slideCount) {
        errors.push(`${name} deck: no slides found in the build`)
        continue
      }
      const server = await serveDeck(distDir, BASE)
      servers.push(server)
      targets.push({ name, url: server.url, slideCount })
    }
    log(`measuring in Chromium: ${targets.map(t => `${t.name} (${t.slideCount} slides)`).join(', ')}; ${runs} paint runs each, CPU ${CPU_THROTTLE}× slower …`)
    return await measureDecks(targets, runs)
  }
  catch (error) {
    errors.push(`browser measurement failed: ${error.message.split('\n')[0]}`)
    console.error(error)
    return {}
  }
  finally {
    for (const server of servers)
      await server.close()
  }
}

function pdfIn(dir, preferred) {
  if (existsSync(join(dir, preferred)))
    return join(dir, preferred)
  const pdfs = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.pdf') && !f.includes('handout')) : []
  return pdfs.length ? join(dir, pdfs[0]) : undefined
}

async function exportLecture() {
  const outDir = join(work, 'lecture-export')
  const wanted = `${exportFilename()}.pdf`
  if (existsSync(join(ROOT, 'scripts', 'export.mjs'))) {
    log('exporting the lecture deck (npm run export, into a temporary folder) …')
    // `npm run export` writes exports/; --out sends the same files to a temporary folder.
    const npm = process.env.npm_execpath
    const result = npm
      ? await timedRun(process.execPath, [npm, 'run', 'export', '--', '--out', outDir], { cwd: ROOT })
      : await timedRun(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'export', '--', '--out', outDir], { cwd: ROOT })
    const pdf = result.ok ? pdfIn(outDir, wanted) : undefined
    if (pdf) {
      log(`  exported in ${result.seconds.toFixed(1)} s`)
      return { how: 'npm run export (slides + handout PDF)', seconds: result.seconds, pdfBytes: statSync(pdf).size, pdf: await checkPdf('lecture', pdf) }
    }
    console.error(`[bench] npm run export failed (exit ${result.code}); falling back to slidev export:\n${tail(result.output, 15)}`)
  }
  return slidevExport('lecture', ROOT, join(outDir, wanted))
}

async function slidevExport(name, cwd, output) {
  log(`exporting the ${name} deck (slidev export) …`)
  mkdirSync(dirname(output), { recursive: true })
  const result = await timedRun(process.execPath, [SLIDEV, 'export', '--executable-path', findBrowser(), '--output', output, '--timeout', '120000'], { cwd })
  if (!result.ok || !existsSync(output)) {
    errors.push(`${name} deck: slidev export failed (exit ${result.code})`)
    console.error(`[bench] ${name} deck: slidev export failed:\n${tail(result.output)}`)
    return undefined
  }
  log(`  exported in ${result.seconds.toFixed(1)} s`)
  return { how: 'slidev export', seconds: result.seconds, pdfBytes: statSync(output).size, pdf: await checkPdf(name, output) }
}

/** A PDF's size only means something if it holds the slides: warn on blank pages. */
async function checkPdf(name, path) {
  try {
    const info = await inspectPdf(path)
    if (info.blankPages.length)
      errors.push(`${name} deck: the PDF has ${info.blankPages.length} page(s) without text (${info.blankPages.slice(0, 10).join(', ')}${info.blankPages.length > 10 ? ', …' : ''})`)
    return info
  }
  catch (error) {
    errors.push(`${name} deck: could not read the PDF: ${error.message}`)
    return undefined
  }
}

/** Per-slide assets: static chunks + fonts seen per slide; slide 1 also from the browser. */
function perSlide(distDir, browser) {
  const fontsBySlide = browser?.nextSlide?.fontsBySlide
  const assets = slideAssets(distDir, BASE, { fontsBySlide: fontsBySlide && Object.keys(fontsBySlide).length ? fontsBySlide : undefined })
  const measuredSlide1 = browser?.initialLoad?.assets?.gzip ?? 0
  const slides = assets.slides.map(slide => ({
    ...slide,
    budgetGzip: slide.no === 1 ? Math.max(slide.gzip, measuredSlide1) : slide.gzip,
  }))
  return { slides, problems: assets.problems }
}

// ---------------------------------------------------------------------------------------------

const result = { date: new Date().toISOString(), command, runs, cpuThrottle: CPU_THROTTLE, cores: cpus().length, loadAverageAtStart: loadavg()[0], lecture: {}, reference: {} }
let exitCode = 0
try {
  // 1. builds
  result.lecture.build = await build('lecture', ROOT, LECTURE_DIST)
  const refDir = writeReferenceDeck(ROOT)
  const refDist = join(refDir, 'dist')
  result.reference.dir = refDir
  result.reference.build = await build('reference', refDir, refDist)

  // 2. browser, 3. disk
  const built = [['lecture', LECTURE_DIST], ['reference', refDist]].filter(([name]) => result[name].build.ok)
  const measured = await measure(built.map(([name, distDir]) => ({ name, distDir })))
  for (const [name, distDir] of built) {
    const deck = result[name]
    const dist = distSizes(distDir)
    deck.dist = { raw: dist.raw, gzip: dist.gzip, count: dist.count }
    deck.browser = measured[name]
    deck.perSlide = perSlide(distDir, deck.browser)
    deck.unneeded = unneeded(distDir, { loadedFonts: deck.browser?.nextSlide?.loadedFonts ?? [] })
    for (const problem of deck.perSlide.problems)
      errors.push(`${name} deck: ${problem}`)
    for (const problem of deck.browser?.nextSlide?.problems ?? [])
      errors.push(`${name} deck: ${problem}`)
    if (deck.browser?.initialLoad?.leftOutAfterPreloadAll?.length)
      errors.push(`${name} deck: the slide 1 window reached Slidev's 3 s preload-all; ${deck.browser.initialLoad.leftOutAfterPreloadAll.length} later responses left out`)
    for (const url of deck.browser?.initialLoad?.missing ?? [])
      errors.push(`${name} deck: ${url} is not in the build (the server answered with index.html)`)
    if (deck.browser?.blocked?.length)
      failures.push(`OFF-MACHINE REQUESTS (aborted) from the ${name} deck: ${deck.browser.blocked.join(', ')}`)
  }

  // 4. exports
  if (!args['skip-export']) {
    if (result.lecture.build.ok)
      result.lecture.export = await exportLecture()
    if (result.reference.build.ok)
      result.reference.export = await slidevExport('reference', refDir, join(work, 'reference-export', 'reference.pdf'))
  }

  for (const name of ['lecture', 'reference']) {
    const deck = result[name]
    const pages = deck.export?.pdf?.pages
    const slides = deck.perSlide?.slides.length
    if (pages !== undefined && slides !== undefined && pages !== slides)
      errors.push(`${name} deck: the slides PDF has ${pages} pages for ${slides} slides`)
  }

  // 5. table
  const L = result.lecture
  const R = result.reference
  const load = deck => deck.browser?.initialLoad?.byKind
  const maxSlide = deck => deck.perSlide?.slides.reduce((max, s) => (!max || s.budgetGzip > max.budgetGzip ? s : max), undefined)
  const row = (figure, get, format) => ({ figure, lecture: get(L), reference: get(R), format })
  const rows = [
    row('slides', d => d.perSlide?.slides.length, v => v === undefined ? 'n/a' : String(v)),
    row('build wall time', d => d.build?.seconds, formatSeconds),
    row('export wall time', d => d.export?.seconds, formatSeconds),
    row('slides PDF size', d => d.export?.pdfBytes, formatBytes),
    row('slides PDF pages', d => d.export?.pdf?.pages, v => v === undefined ? 'n/a' : String(v)),
    row('dist total, raw', d => d.dist?.raw, formatBytes),
    row('dist total, gzip', d => d.dist?.gzip, formatBytes),
    row('dist files', d => d.dist?.count, v => v === undefined ? 'n/a' : String(v)),
    row('slide 1 JS, gzip', d => load(d)?.js?.gzip, formatBytes),
    row('slide 1 CSS, gzip', d => load(d)?.css?.gzip, formatBytes),
    row('slide 1 fonts, gzip', d => load(d)?.font?.gzip ?? (load(d) ? 0 : undefined), formatBytes),
    row('slide 1 images, gzip', d => load(d)?.image?.gzip ?? (load(d) ? 0 : undefined), formatBytes),
    row('slide 1 JS+CSS+fonts+images, gzip', d => d.browser?.initialLoad?.assets?.gzip, formatBytes),
    row('slide 1 JS+CSS+fonts+images, raw', d => d.browser?.initialLoad?.assets?.raw, formatBytes),
    row('slide 1 requests (JS+CSS+fonts+images)', d => d.browser?.initialLoad?.assets?.count, v => v === undefined ? 'n/a' : String(v)),
    row(`slide 1 title painted, median of ${runs} (CPU ${CPU_THROTTLE}×)`, d => d.browser?.titlePaint?.median, formatMs),
    row(`next slide painted after ArrowRight, median (CPU ${CPU_THROTTLE}×)`, d => d.browser?.nextSlide?.median, formatMs),
    row('heaviest single slide, gzip (new assets)', d => maxSlide(d)?.budgetGzip, formatBytes),
  ]
  const table = cells(rows)
  result.table = table

  // budgets
  const budgets = []
  const l1 = L.browser?.initialLoad?.assets?.gzip
  const r1 = R.browser?.initialLoad?.assets?.gzip
  if (l1 !== undefined && r1 !== undefined) {
    const ok = l1 <= SLIDE1_MAX_RATIO * r1
    budgets.push({ ok, text: `slide 1 loads ${formatBytes(l1)} gzip (JS+CSS+fonts+images) = ${(l1 / r1).toFixed(2)}× the reference deck's ${formatBytes(r1)}; budget ${SLIDE1_MAX_RATIO}× (${formatBytes(Math.floor(SLIDE1_MAX_RATIO * r1))})` })
  }
  else {
    budgets.push({ ok: false, text: 'slide 1 bytes vs reference: NOT MEASURED' })
  }
  if (L.export?.pdfBytes !== undefined)
    budgets.push({ ok: L.export.pdfBytes < PDF_MAX_BYTES, text: `slides PDF is ${formatBytes(L.export.pdfBytes)} (${L.export.pdfBytes} bytes); budget under 8 MB (${PDF_MAX_BYTES} bytes)` })
  else if (args['skip-export'])
    budgets.push({ ok: true, skipped: true, text: 'slides PDF under 8 MB: not checked (--skip-export)' })
  else
    budgets.push({ ok: false, text: 'slides PDF under 8 MB: NOT MEASURED (export failed)' })
  const heaviest = maxSlide(L)
  if (heaviest) {
    const over = L.perSlide.slides.filter(s => s.budgetGzip > SLIDE_MAX_GZIP)
    budgets.push({
      ok: over.length === 0,
      text: over.length
        ? `slides over ${formatBytes(SLIDE_MAX_GZIP)} gzip of new assets: ${over.map(s => `slide ${s.no} ${formatBytes(s.budgetGzip)}`).join(', ')}`
        : `heaviest slide is slide ${heaviest.no} with ${formatBytes(heaviest.budgetGzip)} gzip of new assets; budget ${formatBytes(SLIDE_MAX_GZIP)} per slide`,
    })
  }
  else {
    budgets.push({ ok: false, text: 'per-slide assets: NOT MEASURED' })
  }
  result.budgets = budgets
  for (const budget of budgets) {
    if (!budget.ok)
      failures.push(budget.text.includes('NOT MEASURED') ? `BUDGET NOT CHECKED: ${budget.text}` : `BUDGET EXCEEDED: ${budget.text}`)
  }

  // checks: what the deck does not need
  const checks = []
  const u = L.unneeded
  if (u) {
    checks.push(u.byName.length
      ? { ok: false, text: `files named monaco/twoslash/katex in dist-bench/assets: ${u.byName.length} (${formatBytes(u.byName.reduce((s, p) => s + (statSync(join(LECTURE_DIST, p)).size), 0))} raw), e.g. ${u.byName.slice(0, 3).join(', ')}` }
      : { ok: true, text: 'no files named monaco/twoslash/katex in dist-bench/assets' })
    for (const hit of u.byContent)
      checks.push({ ok: false, info: hit.what.startsWith('twoslash'), text: `${hit.what} inside ${hit.path}${hit.what.startsWith('twoslash') ? ' (Slidev ships these in every build; not removable by config)' : ''}` })
    const fontGroups = {}
    for (const font of u.fonts)
      (fontGroups[font.verdict] ??= []).push(font)
    for (const [verdict, fonts] of Object.entries(fontGroups)) {
      const raw = fonts.reduce((s, f) => s + f.raw, 0)
      const ok = verdict === 'used' || verdict.startsWith('woff fallback')
      checks.push({ ok, info: verdict.startsWith('woff fallback'), text: `font files ${verdict}: ${fonts.length} (${formatBytes(raw)} raw)${fonts.length <= 6 ? `: ${fonts.map(f => f.path.replace(/^assets\//, '')).join(', ')}` : ''}` })
    }
  }
  result.checks = checks

  result.loadAverageAtEnd = loadavg()[0]
  const machine = `${result.cores} cores, 1-min load average ${result.loadAverageAtStart.toFixed(1)} at start and ${result.loadAverageAtEnd.toFixed(1)} at end`

  // print
  console.log(`\n${textTable(table)}\n`)
  console.log(`Machine: ${machine}; wall and paint times grow with the load.`)
  console.log('Budgets:')
  for (const budget of budgets)
    console.log(`  ${budget.skipped ? 'SKIP' : budget.ok ? 'PASS' : 'FAIL'}  ${budget.text}`)
  console.log('What the deck does not need (lecture deck):')
  for (const check of checks)
    console.log(`  ${check.ok ? 'OK  ' : check.info ? 'NOTE' : 'SHIPPED'}  ${check.text}`)
  const heavy = [...(L.perSlide?.slides ?? [])].sort((a, b) => b.budgetGzip - a.budgetGzip).slice(0, 5)
  if (heavy.length) {
    console.log('Heaviest slides (gzip of what each newly needs; slide 1 = the larger of its measured initial load and its chunks):')
    for (const s of heavy)
      console.log(`  slide ${String(s.no).padStart(2)}  ${formatBytes(s.budgetGzip).padStart(10)}  ${Object.entries(s.byKind).map(([k, v]) => `${k} ${formatBytes(v)}`).join(', ')}`)
  }
  const biggest = [...(L.browser?.initialLoad?.responses ?? [])].filter(r => r.kind !== 'html').sort((a, b) => b.gzip - a.gzip).slice(0, 8)
  const shortUrl = url => new URL(url).pathname.replace(BASE, '')
  if (biggest.length) {
    console.log('Slide 1 of the lecture deck, largest responses (gzip):')
    for (const r of biggest)
      console.log(`  ${formatBytes(r.gzip).padStart(10)}  ${shortUrl(r.url)}`)
  }
  if (L.export?.how)
    console.log(`Lecture export: ${L.export.how}; reference export: ${R.export?.how ?? 'n/a'}.`)
  for (const error of errors)
    console.log(`WARNING: ${error}`)
  for (const failure of failures)
    console.log(failure)
  if (failures.length || errors.some(e => e.includes('build failed')))
    exitCode = 1

  // files
  if (args.json) {
    mkdirSync(dirname(resolve(args.json)), { recursive: true })
    writeFileSync(resolve(args.json), `${JSON.stringify({ ...result, failures, errors }, (key, value) => value instanceof Map ? Object.fromEntries(value) : value, 2)}\n`)
    log(`figures written to ${args.json}`)
  }
  if (args.markdown) {
    const md = [
      '# Bench figures (last run)',
      '',
      `Command: \`${command}\``,
      '',
      `Run ${result.date.slice(0, 16).replace('T', ' ')} UTC; ${machine} (wall and paint times grow with the load).`,
      `Slidev ${JSON.parse(readFileSync(join(ROOT, 'node_modules', '@slidev', 'cli', 'package.json'), 'utf8')).version}, Chromium from \`find-browser.mjs\`, CPU throttled ${CPU_THROTTLE}× for the paint times.`,
      'Reference deck: cover + 2 text slides, same headmatter settings, same node_modules.',
      'Sizes: raw as served; gzip = each body compressed with zlib (default level).',
      '',
      markdownTable(table),
      '',
      '## Budgets',
      '',
      ...budgets.map(b => `- ${b.skipped ? 'SKIP' : b.ok ? 'PASS' : 'FAIL'}: ${b.text}`),
      '',
      '## What the deck does not need',
      '',
      ...checks.map(c => `- ${c.ok ? 'OK' : c.info ? 'NOTE' : 'SHIPPED'}: ${c.text}`),
      '',
      '## Heaviest slides (gzip of the assets each slide newly needs)',
      '',
      ...heavy.map(s => `- slide ${s.no}: ${formatBytes(s.budgetGzip)} (${Object.entries(s.byKind).map(([k, v]) => `${k} ${formatBytes(v)}`).join(', ')})`),
      '',
      '## Slide 1 of the lecture deck, largest responses (gzip)',
      '',
      ...biggest.map(r => `- ${formatBytes(r.gzip)}: \`${shortUrl(r.url)}\``),
      '',
      ...(errors.length ? ['## Warnings', '', ...errors.map(e => `- ${e}`), ''] : []),
    ].join('\n')
    mkdirSync(dirname(resolve(args.markdown)), { recursive: true })
    writeFileSync(resolve(args.markdown), md)
    log(`Markdown written to ${args.markdown}`)
  }
}
catch (error) {
  console.error(`[bench] failed: ${error.stack ?? error}`)
  exitCode = 2
}
finally {
  if (args.keep) {
    log(`kept ${work} and ${result.reference.dir ?? '(no reference deck)'}`)
  }
  else {
    rmSync(work, { recursive: true, force: true })
    if (result.reference.dir)
      rmSync(result.reference.dir, { recursive: true, force: true })
  }
}
process.exit(exitCode)
