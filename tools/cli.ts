import type { ExportOptions } from './export/export.ts'
// The one command-line entry of the tools (the npm scripts call it): parses the arguments of a command
// and runs it; the export prints each step with its time.
//   export [--out <dir>] [--png] [--skip-html] [--skip-teaching-kit] [--timeout <seconds>]
//   export:50 [the same]              the 50-minute class into exports/50-minutes/
//   dev:50 | build:50 [Slidev args]   Slidev with CLASS_MINUTES=50
//   html [--out <dir>] [--lecturer]   the offline HTML file(s)
//   teaching [<dir>]                  the teaching kit alone
//   course [<dir>]                    the course packages (cartridge, SCORM) from the files in <dir>
//   screenshots [--dir --base --out --dark --only 6,29|pages/04-singapore.md]  pictures of a built deck
//   preview [--dir dist] [--base <path>] [--port 4173]  a build served as it is hosted
//   map | fonts                       write lib/map-shapes.ts | styles/fonts/ and styles/fonts.css
//   browser                           print the Chromium the tools and tests use
//   pdf-ua <file.pdf>…                the PDF/UA checks of tools/export/pdf-ua-check.ts
//   bench [--runs N] [--skip-export] [--json <file>] [--markdown <file>]  sizes, paint times, budgets
import { readFileSync } from 'node:fs'
//   words [--dir --base --json <file>]  projected words per slide of a built deck (issue 24)
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runBench } from './bench/main.ts'
import { exportDeck } from './export/export.ts'
import { checkPdfUa } from './export/pdf-ua-check.ts'
import { exportSingleFile } from './export/single-file.ts'
import { writeFonts } from './fonts/subset.ts'
import { writeMapShapes } from './map/shapes.ts'
import { takeScreenshots } from './screenshots.ts'
import { browserAdvice, findBrowser } from './shared/browser.ts'
import { E2E_BASE, E2E_PORT } from './shared/paths.ts'
import { notServable, serveDeck } from './shared/serve.ts'
import { steps } from './shared/steps.ts'
import { writeCoursePackages } from './teaching/course-packages.ts'
import { exportShortClass, runShortClassSlidev } from './teaching/short-class.ts'
import { writeTeachingKit } from './teaching/write-teaching-kit.ts'
import { printWords } from './words/measure.ts'

const USAGE = `Usage: tsx tools/cli.ts <command> [options]
  export [--out <dir>] [--png] [--skip-html] [--skip-teaching-kit] [--timeout <seconds>]
  export:50 [the same options]
  dev:50 | build:50 [Slidev options]
  html [--out <dir>] [--lecturer]
  teaching [<dir>]
  course [<dir>]
  screenshots [--dir <dist>] [--base <path>] [--out <dir>] [--dark] [--only 6,29-31|pages/04-singapore.md]
  preview [--dir dist] [--base <path>] [--port <port>]
  map | fonts | browser
  pdf-ua <file.pdf>…
  words [--dir <dist>] [--base <path>] [--json <file>]
  bench [--runs N] [--skip-export] [--json <file>] [--markdown <file>]
    --runs N            title-paint runs per deck, each in a fresh browser context (default 5)
    --skip-export       do not export PDFs (the PDF budget is then not checked)
    --json, --markdown  also write the figures there (Markdown: bench/README-figures.md)`

function exportOptions(args: string[]): ExportOptions {
  const { values } = parseArgs({
    args,
    options: {
      'out': { type: 'string' },
      'png': { type: 'boolean', default: false },
      'skip-html': { type: 'boolean', default: false },
      'skip-teaching-kit': { type: 'boolean', default: false },
      'timeout': { type: 'string', default: '600' },
    },
  })
  return { outDir: values.out, png: values.png, html: !values['skip-html'], teachingKit: !values['skip-teaching-kit'], timeoutSeconds: Number(values.timeout) }
}

async function singleFiles(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, lecturer: { type: 'boolean', default: false } } })
  const { timed, elapsed } = steps(values.lecturer ? 2 : 1)
  const results = [await timed('the student file', () => exportSingleFile({ outDir: values.out }))]
  if (values.lecturer)
    results.push(await timed('the lecturer file', () => exportSingleFile({ outDir: values.out, lecturer: true })))
  for (const { file, bytes } of results)
    console.log(`${relative(process.cwd(), file)}: ${(bytes / 1024 / 1024).toFixed(2)} MiB`)
  console.log(`Single file${results.length > 1 ? 's' : ''} in ${elapsed()} s`)
}

/** A command that writes files into <dir> (the first argument; exports/ by default) and lists them. */
function writesFiles(what: string, write: (dir: string | undefined) => Promise<string[]>) {
  return async (args: string[]): Promise<void> => {
    const { timed, elapsed } = steps(1)
    const files = await timed(`writing the ${what}`, () => write(args[0] ? resolve(args[0]) : undefined))
    for (const file of files)
      console.log(`wrote ${relative(process.cwd(), file)}`)
    console.log(`${what}: ${files.length} files in ${elapsed()} s`)
  }
}

function screenshots(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { dir: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' }, dark: { type: 'boolean', default: false }, only: { type: 'string' } },
  })
  return takeScreenshots({ ...values, only: values.only })
}

/** Serves a build until stopped (Ctrl-C). */
async function preview(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: E2E_BASE }, port: { type: 'string', default: String(E2E_PORT) } } })
  const dir = resolve(values.dir)
  const problem = notServable(dir, values.base)
  if (problem) {
    console.error(problem)
    return 1
  }
  const { server, url } = await serveDeck(dir, values.base, { port: Number(values.port) })
  console.log(`Serving ${dir} at ${url}`)
  return new Promise(done => server.on('close', () => done(0)))
}

/** Prints the counts and problems of each PDF (every page must start with a heading unless the name says "handout"); 1 when one has problems. */
async function pdfUa(files: string[]): Promise<number> {
  let failed = false
  for (const file of files) {
    const report = await checkPdfUa(readFileSync(file), { headingFirst: /handout/i.test(file) ? 'first-page' : 'every-page' })
    console.log(`${file}: ${JSON.stringify(report.counts)}`)
    for (const problem of report.problems)
      console.log(`  ${problem.page ? `page ${problem.page}: ` : ''}${problem.message}`)
    failed ||= report.problems.length > 0
  }
  return failed ? 1 : 0
}

function bench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'runs': { type: 'string', default: '5' }, 'skip-export': { type: 'boolean', default: false }, 'json': { type: 'string' }, 'markdown': { type: 'string' } },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError('--runs takes a whole number of at least 1')
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`
  return runBench({ runs, skipExport: values['skip-export'], json: values.json, markdown: values.markdown, command })
}

/** Wrong arguments: the usage is printed and the exit code is 2. */
class UsageError extends Error {}

function words(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, base: { type: 'string' }, json: { type: 'string' } } })
  return printWords(values)
}

const COMMANDS: Record<string, (args: string[]) => Promise<number | void>> = {
  'export': args => exportDeck(exportOptions(args)),
  'export:50': args => exportShortClass(exportOptions(args)),
  'dev:50': args => runShortClassSlidev('dev', args),
  'build:50': args => runShortClassSlidev('build', args),
  'html': singleFiles,
  'teaching': writesFiles('teaching kit', dir => writeTeachingKit(dir)),
  'course': writesFiles('course packages', dir => writeCoursePackages(dir)),
  'screenshots': screenshots,
  'bench': bench,
  'preview': preview,
  'map': writesFiles('map outlines', async () => writeMapShapes()),
  'fonts': writesFiles('fonts', writeFonts),
  'browser': async () => console.log(findBrowser()),
  'pdf-ua': pdfUa,
  'words': words,
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2)
  const command = name === undefined ? undefined : COMMANDS[name]
  if (!command) {
    console.error(USAGE)
    return 2
  }
  const started = Date.now()
  try {
    return (await command(args)) ?? 0
  }
  catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${message}\n${USAGE}`)
      return 2
    }
    console.error(`\n✘ ${name} failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${message}`)
    if (/Executable doesn't exist|Failed to launch|browserType\.launch/i.test(message))
      console.error(browserAdvice())
    return 1
  }
}

process.exit(await main())
