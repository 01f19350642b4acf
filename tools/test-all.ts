import type { Output } from './shared/paths.ts'
// `npm test`: every step in order, stopping at the first failure, with each runner's summary, each
// step's time and a table of all step times at the end. Each flavour is built once and read by every
// step after it: the e2e build (dist/, with notes: also the lecturer flavour the artifact tests
// compare with), the student build, the single HTML files and the export (tools/shared/paths.ts
// names each output and the command that makes it; a step whose input is missing says that command).
import { spawnSync } from 'node:child_process'
import { findBrowser } from './shared/browser.ts'
import { E2E_BASE, E2E_SLIDES, missingOutputs, OUTPUTS } from './shared/paths.ts'

interface Step {
  name: string
  /** An npm script and its arguments. */
  script: string[]
  /** What the step reads, made by an earlier step. */
  needs?: Output[]
}

const steps: Step[] = [
  { name: 'typecheck', script: ['typecheck'] },
  { name: 'lint', script: ['lint'] },
  // One Vitest process for the quick checks (generated files current, rules over fixture decks, unit,
  // components, rules over the real deck): it starts once, and prints each project's time below its
  // summary (tests/project-times.ts).
  { name: 'generated files, rules, unit, components, deck', script: ['test:unit'] },
  { name: 'mistakes in copies of the deck (builds, dev server)', script: ['test:mistakes'] },
  { name: 'e2e build (with notes)', script: ['build', '--', '--base', E2E_BASE] },
  { name: 'student build', script: ['build:student', '--', '--base', E2E_BASE] },
  { name: 'single HTML files', script: ['export:html'] },
  { name: 'e2e tests', script: ['test:e2e'], needs: [OUTPUTS.e2eBuild, OUTPUTS.studentBuild, OUTPUTS.singleFiles] },
  // The course packages in the export carry the single HTML files written above.
  { name: 'export (PDFs, teaching kit, course packages)', script: ['export', '--', '--skip-html'], needs: [OUTPUTS.singleFiles] },
  { name: 'artifact tests', script: ['test:artifacts'], needs: [OUTPUTS.e2eBuild, OUTPUTS.studentBuild, OUTPUTS.singleFiles, OUTPUTS.export] },
]

const times: [name: string, seconds: number][] = []

function printTimes() {
  const width = Math.max(...times.map(([name]) => name.length))
  console.log(`\n${'step'.padEnd(width)}  seconds`)
  for (const [name, seconds] of times)
    console.log(`${name.padEnd(width)}  ${seconds.toFixed(1).padStart(7)}`)
  console.log(`${'total'.padEnd(width)}  ${times.reduce((sum, [, seconds]) => sum + seconds, 0).toFixed(1).padStart(7)}`)
}

// The whole suite checks every slide: a selection left set from editing would check fewer.
if (process.env[E2E_SLIDES] !== undefined) {
  console.error(`${E2E_SLIDES}=${process.env[E2E_SLIDES]} is set, so the e2e passes would check only those slides. npm test checks every slide: unset it (\`unset ${E2E_SLIDES}\`) and run npm test again.`)
  process.exit(1)
}

// Fail early, with advice, when no browser is there to run the e2e tests and the export.
try {
  console.log(`Browser: ${findBrowser()}`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

for (const [index, { name, script, needs = [] }] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] ${name}: npm run ${script.join(' ')}`)
  const missing = missingOutputs(needs)
  if (missing.length > 0) {
    console.error(`✘ ${name} cannot start:\n  ${missing.join('\n  ')}`)
    printTimes()
    process.exit(1)
  }
  const started = Date.now()
  const { status } = spawnSync('npm', ['run', ...script], { stdio: 'inherit' })
  const seconds = (Date.now() - started) / 1000
  times.push([name, seconds])
  if (status !== 0) {
    console.error(`\n✘ ${name} failed (exit ${status}) after ${seconds.toFixed(1)} s`)
    printTimes()
    process.exit(status || 1)
  }
  console.log(`✔ ${name} (${seconds.toFixed(1)} s)`)
}
printTimes()
console.log(`\nAll ${steps.length} steps passed`)
