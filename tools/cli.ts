// The one command-line entry of the tools (the npm scripts call it): parses the arguments of a command
// and runs it; the export prints each step with its time.
//   export [--out <dir>] [--png] [--skip-html] [--skip-teaching-kit] [--timeout <seconds>]
//   export:50 [the same]              the 50-minute class into exports/50-minutes/
//   dev:50 | build:50 [Slidev args]   Slidev with CLASS_MINUTES=50
//   html [--out <dir>] [--lecturer]   the offline HTML file(s)
//   teaching [<dir>]                  the teaching kit alone
//   course [<dir>]                    the course packages (cartridge, SCORM) from the files in <dir>
//   screenshots [--dir --base --out --dark --only 6,29]  pictures of a built deck
//   words [--dir --base --json <file>]  projected words per slide of a built deck (issue 24)
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { exportDeck, type ExportOptions } from './export/export'
import { exportSingleFile } from './export/single-file'
import { browserAdvice } from './shared/browser'
import { steps } from './shared/steps'
import { takeScreenshots } from './screenshots'
import { writeCoursePackages } from './teaching/course-packages'
import { exportShortClass, runShortClassSlidev } from './teaching/short-class'
import { writeTeachingKit } from './teaching/write-teaching-kit'
import { printWords } from './words/measure'

const USAGE = `Usage: tsx tools/cli.ts <command> [options]
  export [--out <dir>] [--png] [--skip-html] [--skip-teaching-kit] [--timeout <seconds>]
  export:50 [the same options]
  dev:50 | build:50 [Slidev options]
  html [--out <dir>] [--lecturer]
  teaching [<dir>]
  course [<dir>]
  screenshots [--dir <dist>] [--base <path>] [--out <dir>] [--dark] [--only 6,29]
  words [--dir <dist>] [--base <path>] [--json <file>]`

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
  return takeScreenshots({ ...values, only: values.only?.split(',').map(Number) })
}

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
    console.error(`\n✘ ${name} failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${message}`)
    if (/Executable doesn't exist|Failed to launch|browserType\.launch/i.test(message))
      console.error(browserAdvice())
    return 1
  }
}

process.exit(await main())
