// `npm run bench` (runBench, run by tools/cli.ts): how heavy and how fast the lecture deck is, next to a bare reference deck built
// with the same toolchain (reference-deck.ts), and the budgets (exit code 1 when one is exceeded).
// Steps: build both decks as the hosted student deck is built (`slidev build --without-notes --base
// /bench/`, timed, with Vite's manifest); serve both
// and measure them in Chromium (browser.ts); weigh the builds (dist.ts); export the PDFs (timed:
// `npm run export` for the lecture, `slidev export` for the reference); print and check budgets.
// Sizes: "raw" as served, "gzip" each body compressed with zlib's default level.
import type { DeckMeasurement } from './browser.ts'
import type { Check, FileSize, SlideAssets } from './dist.ts'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { x } from 'tinyexec'
import { findBrowser } from '../shared/browser.ts'
import { loadDeck, STUDENT_BUILD_ARGS } from '../shared/deck.ts'
import { BENCH_MANIFEST } from '../shared/flags.ts'
import { exportFiles, ROOT } from '../shared/paths.ts'
import { serveDeck } from '../shared/serve.ts'
import { SLIDEV_BIN } from '../shared/slidev.ts'
import { CPU_SLOWDOWN, measureDecks, median } from './browser.ts'
import { distFiles, slideAssets, total, unneededChecks } from './dist.ts'
import { writeReferenceDeck } from './reference-deck.ts'
import { cells, formatBytes, formatCount, formatMs, formatSeconds, KiB, markdownTable, textTable } from './report.ts'

const BASE = '/bench/'

const SLIDE1_MAX_RATIO = 1.2 // budget: slide 1, gzip JS+CSS+fonts+images, lecture ÷ reference (issue 14)
const PDF_MAX_BYTES = 8_000_000 // budget: the slides PDF
const SLIDE_MAX_GZIP = 500 * KiB // budget: what any one slide newly needs, gzip

export interface BenchOptions {
  /** Title-paint runs per deck, each in a fresh browser context. */
  runs: number
  /** No PDF export (the PDF budget is then not checked). */
  skipExport?: boolean
  /** Also write the figures there as JSON. */
  json?: string
  /** Also write the figures there as Markdown (bench/README-figures.md). */
  markdown?: string
  /** The command as typed, for the report. */
  command: string
}

const log = (message: string) => console.log(`[bench] ${message}`)

interface Deck {
  name: 'lecture' | 'reference'
  root: string
  dist: string
  build?: { ok: boolean, seconds: number }
  files?: Map<string, FileSize>
  measured?: DeckMeasurement
  slides?: (SlideAssets & { budgetGzip: number })[]
  export?: { seconds: number, bytes: number, pages: number }
}

/** Runs a command to completion; its output is shown only when it fails. */
async function timed(what: string, command: string, commandArgs: string[], cwd: string) {
  log(`${what} …`)
  const started = performance.now()
  const result = await x(command, commandArgs, { throwOnError: false, nodeOptions: { cwd, env: { ...process.env, [BENCH_MANIFEST]: '1', NO_COLOR: '1' } } })
  const [ok, seconds] = [result.exitCode === 0, (performance.now() - started) / 1000]
  if (ok)
    log(`  done in ${seconds.toFixed(1)} s`)
  else
    console.error(`[bench] ${what} failed (exit ${result.exitCode}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n')}`)
  return { ok, seconds }
}

async function build(deck: Deck, warnings: string[]): Promise<void> {
  deck.build = await timed(`building the ${deck.name} deck`, process.execPath, [SLIDEV_BIN, 'build', ...STUDENT_BUILD_ARGS, '--out', deck.dist, '--base', BASE], deck.root)
  deck.build.ok &&= existsSync(join(deck.dist, '.vite', 'manifest.json'))
  if (deck.build.ok)
    deck.files = distFiles(deck.dist)
  else
    warnings.push(`${deck.name} deck: the build failed or wrote no manifest`)
}

async function exportPdf(deck: Deck, work: string, warnings: string[]): Promise<void> {
  const out = join(work, `${deck.name}-export`)
  const pdf = deck.name === 'lecture' ? exportFiles((await loadDeck()).exportFilename, out).slides : join(out, 'reference.pdf')
  const run = deck.name === 'lecture'
    ? await timed('exporting the lecture deck (npm run export: slides, handout, teaching kit, single files)', 'npm', ['run', 'export', '--', '--out', out], deck.root)
    : await timed('exporting the reference deck (slidev export)', process.execPath, [SLIDEV_BIN, 'export', '--executable-path', findBrowser(), '--output', pdf, '--timeout', '120000'], deck.root)
  if (!run.ok || !existsSync(pdf))
    return void warnings.push(`${deck.name} deck: no PDF at ${pdf}`)
  const pages = (await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })).getPageCount()
  deck.export = { seconds: run.seconds, bytes: statSync(pdf).size, pages }
  if (deck.slides && pages !== deck.slides.length)
    warnings.push(`${deck.name} deck: the slides PDF has ${pages} pages for ${deck.slides.length} slides`)
}

/** Builds, measures and exports both decks, prints the figures and budgets; resolves with the exit code (1: a budget exceeded, 2: the bench failed). */
export async function runBench({ runs, skipExport = false, json, markdown: markdownFile, command }: BenchOptions): Promise<number> {
  const warnings: string[] = [] // what the bench could not measure or found odd
  const work = mkdtempSync(join(tmpdir(), 'bench-'))
  const lecture: Deck = { name: 'lecture', root: ROOT, dist: join(work, 'lecture-dist') }
  const reference: Deck = { name: 'reference', root: writeReferenceDeck(ROOT, join(work, 'reference')), dist: join(work, 'reference-dist') }
  const decks = [lecture, reference]
  const blocked = new Set<string>()
  const startLoad = loadavg()[0]
  let exitCode = 0
  try {
    for (const deck of decks)
      await build(deck, warnings)

    const built = decks.filter(deck => deck.files)
    const servers = await Promise.all(built.map(deck => serveDeck(deck.dist, BASE)))
    try {
      const targets = built.map((deck, i) => ({ name: deck.name, url: servers[i].url, slideCount: slideAssets(deck.dist, deck.files!, {}).slides.length }))
      log(`measuring in Chromium: ${targets.map(t => `${t.name} (${t.slideCount} slides)`).join(', ')}; ${runs} title-paint runs each, CPU ${CPU_SLOWDOWN}× slower …`)
      const measured = await measureDecks(targets, runs, blocked)
      built.forEach(deck => deck.measured = measured[deck.name])
    }
    catch (error) {
      warnings.push(`browser measurement failed: ${(error as Error).message.split('\n')[0]}`)
    }
    finally {
      servers.forEach(({ server }) => server.close())
    }

    for (const deck of built) {
      const { slides, problems } = slideAssets(deck.dist, deck.files!, deck.measured?.nextSlide.fetchedBySlide ?? {})
      // Slide 1 is checked at the larger of its manifest figure and what the browser fetched.
      deck.slides = slides.map(s => ({ ...s, budgetGzip: s.no === 1 ? Math.max(s.gzip, deck.measured?.initialLoad.assets.gzip ?? 0) : s.gzip }))
      const load = deck.measured?.initialLoad
      warnings.push(...[...problems, ...deck.measured?.nextSlide.problems ?? []].map(p => `${deck.name} deck: ${p}`))
      warnings.push(...load?.responses.filter(r => r.missing).map(r => `${deck.name} deck: ${r.path} is not in the build`) ?? [])
      if (load?.leftOut)
        warnings.push(`${deck.name} deck: slide 1's window reached Slidev's preload of every slide; ${load.leftOut} later responses left out`)
    }

    if (!skipExport) {
      for (const deck of built)
        await exportPdf(deck, work, warnings)
    }

    const [L, R] = [lecture.measured, reference.measured]
    const kind = (m: DeckMeasurement | undefined, k: 'js' | 'css' | 'font' | 'image') => m && (m.initialLoad.byKind[k]?.gzip ?? 0)
    const heaviest = (deck: Deck) => deck.slides?.reduce((max, s) => s.budgetGzip > max.budgetGzip ? s : max)
    const row = (figure: string, get: (deck: Deck, m?: DeckMeasurement) => number | undefined, format: (v: number | undefined) => string) =>
      ({ figure, lecture: get(lecture, L), reference: get(reference, R), format })
    const table = cells([
      row('slides', d => d.slides?.length, formatCount),
      row('build wall time', d => d.build?.seconds, formatSeconds),
      row('export wall time', d => d.export?.seconds, formatSeconds),
      row('slides PDF size', d => d.export?.bytes, formatBytes),
      row('slides PDF pages', d => d.export?.pages, formatCount),
      row('dist total, raw', d => d.files && total(d.files).raw, formatBytes),
      row('dist total, gzip', d => d.files && total(d.files).gzip, formatBytes),
      row('dist files', d => d.files?.size, formatCount),
      row('slide 1 JS, gzip', (_, m) => kind(m, 'js'), formatBytes),
      row('slide 1 CSS, gzip', (_, m) => kind(m, 'css'), formatBytes),
      row('slide 1 fonts, gzip', (_, m) => kind(m, 'font'), formatBytes),
      row('slide 1 images, gzip', (_, m) => kind(m, 'image'), formatBytes),
      row('slide 1 JS+CSS+fonts+images, gzip', (_, m) => m?.initialLoad.assets.gzip, formatBytes),
      row('slide 1 JS+CSS+fonts+images, raw', (_, m) => m?.initialLoad.assets.raw, formatBytes),
      row('slide 1 requests (JS+CSS+fonts+images)', (_, m) => m?.initialLoad.assets.count, formatCount),
      row(`slide 1 title painted, median of ${runs} (CPU ${CPU_SLOWDOWN}×)`, (_, m) => m && median(m.titlePaint), formatMs),
      row(`next slide painted after ArrowRight, median (CPU ${CPU_SLOWDOWN}×)`, (_, m) => m && median(m.nextSlide.samples), formatMs),
      row('heaviest single slide, gzip (new assets)', d => heaviest(d)?.budgetGzip, formatBytes),
    ])

    const budgets: { verdict: 'PASS' | 'FAIL' | 'SKIP', text: string }[] = []
    const check = (ok: boolean, text: string) => budgets.push({ verdict: ok ? 'PASS' : 'FAIL', text })
    const [l1, r1] = [L?.initialLoad.assets.gzip, R?.initialLoad.assets.gzip]
    check(l1 !== undefined && r1 !== undefined && l1 <= SLIDE1_MAX_RATIO * r1, l1 === undefined || r1 === undefined
      ? 'slide 1 bytes against the reference: NOT MEASURED'
      : `slide 1 loads ${formatBytes(l1)} gzip (JS+CSS+fonts+images) = ${(l1 / r1).toFixed(2)}× the reference deck's ${formatBytes(r1)}; budget ${SLIDE1_MAX_RATIO.toFixed(2)}× (${formatBytes(Math.floor(SLIDE1_MAX_RATIO * r1))})`)
    const pdf = lecture.export?.bytes
    if (skipExport)
      budgets.push({ verdict: 'SKIP', text: 'slides PDF under 8 MB: not checked (--skip-export)' })
    else
      check(pdf !== undefined && pdf < PDF_MAX_BYTES, pdf === undefined ? 'slides PDF under 8 MB: NOT MEASURED (export failed)' : `slides PDF is ${formatBytes(pdf)}; budget under 8 MB (${PDF_MAX_BYTES} bytes)`)
    const [over, top] = [lecture.slides?.filter(s => s.budgetGzip > SLIDE_MAX_GZIP) ?? [], heaviest(lecture)]
    check(!!top && !over.length, !top
      ? 'per-slide assets: NOT MEASURED'
      : over.length ? `slides over ${formatBytes(SLIDE_MAX_GZIP)} gzip of new assets: ${over.map(s => `slide ${s.no} ${formatBytes(s.budgetGzip)}`).join(', ')}` : `heaviest slide is slide ${top.no} with ${formatBytes(top.budgetGzip)} gzip of new assets; budget ${formatBytes(SLIDE_MAX_GZIP)} per slide`)
    if (blocked.size)
      check(false, `requests that would have left the machine (aborted): ${[...blocked].join(', ')}`)

    const fetched = new Set(Object.values(L?.nextSlide.fetchedBySlide ?? {}).flat())
    const checks: Check[] = lecture.files && L ? unneededChecks(lecture.dist, lecture.files, fetched) : []
    const byKind = (s: SlideAssets) => Object.entries(s.byKind).map(([k, v]) => `${k} ${formatBytes(v)}`).join(', ')
    const heavy = [...lecture.slides ?? []].sort((a, b) => b.budgetGzip - a.budgetGzip).slice(0, 5).map(s => `slide ${String(s.no).padStart(2)}: ${formatBytes(s.budgetGzip)} (${byKind(s)})`)
    const biggest = [...L?.initialLoad.responses ?? []].filter(r => r.kind !== 'html').sort((a, b) => b.gzip - a.gzip).slice(0, 8).map(r => `${formatBytes(r.gzip)}: \`${r.path.slice(BASE.length)}\``)
    const machine = `${cpus().length} cores, 1-min load average ${startLoad.toFixed(1)} at start and ${loadavg()[0].toFixed(1)} at end`

    console.log(`\n${textTable(table)}\n\nMachine: ${machine}; wall and paint times grow with the load.`)
    const sections: [string, string[]][] = [
      ['Budgets', budgets.map(b => `${b.verdict}: ${b.text}`)],
      ['What the deck does not need (lecture deck)', checks.map(c => `${c.verdict}: ${c.text}`)],
      ['Heaviest slides (gzip of the assets each slide newly needs; slide 1: the larger of its manifest figure and its measured load)', heavy],
      ['Slide 1 of the lecture deck, largest responses (gzip)', biggest],
      ['Warnings', warnings],
    ]
    for (const [title, lines] of sections.filter(([, lines]) => lines.length))
      console.log(`${title}:\n${lines.map(line => `  ${line}`).join('\n')}`)
    if (budgets.some(b => b.verdict === 'FAIL'))
      exitCode = 1

    const write = (file: string, text: string) => {
      mkdirSync(dirname(resolve(file)), { recursive: true })
      writeFileSync(resolve(file), text)
      log(`written: ${file}`)
    }
    if (json) {
      const figures = Object.fromEntries(decks.map(({ name, build, measured, slides, export: pdf, files }) => [name, { build, measured, slides, export: pdf, dist: files && total(files) }]))
      write(json, `${JSON.stringify({ date: new Date().toISOString(), command, runs, cpuSlowdown: CPU_SLOWDOWN, machine, table, budgets, checks, warnings, ...figures }, null, 2)}\n`)
    }
    if (markdownFile) {
      const slidev = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@slidev', 'cli', 'package.json'), 'utf8')).version
      const markdown = [
        '# Bench figures (last run)',
        '',
        `Command: \`${command}\``,
        '',
        `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${machine} (wall and paint times grow with the load).`,
        `Slidev ${slidev}, the Chromium the bench finds, CPU throttled ${CPU_SLOWDOWN}× for the paint times.`,
        'Reference deck: a cover and two text slides, the lecture\'s headmatter settings with system fonts, same node_modules.',
        'Slide 1: every JS, CSS, font and image response until its title is painted and the network is idle.',
        'Per slide: its chunks from Vite\'s build manifest, plus the fonts and images the browser fetched while it was shown.',
        'Sizes: raw as served; gzip = each body compressed with zlib (default level).',
        '',
        markdownTable(table),
        ...sections.flatMap(([title, lines]) => lines.length ? ['', `## ${title}`, '', ...lines.map(line => `- ${line}`)] : []),
        '',
      ]
      write(markdownFile, markdown.join('\n'))
    }
  }
  catch (error) {
    console.error(`[bench] failed: ${(error as Error).stack ?? error}`)
    exitCode = 2
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
  return exitCode
}
