// `npm test`: every gate in order, stopping at the first failure, with each runner's summary.
// typecheck → lint → unit and deck tests → e2e build (at a sub-path) → student build (the CSP e2e
// test serves it) → single HTML files (the file:// e2e test opens them) → e2e → lecturer build
// → export → checks on the built files and exported PDFs.
import { spawnSync } from 'node:child_process'
import { findBrowser } from './shared/browser'
import { E2E_BASE } from './shared/paths'

const steps: [name: string, command: string, args: string[]][] = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['lint', 'npm', ['run', 'lint']],
  ['unit tests', 'npm', ['run', 'test:unit']],
  ['build for e2e', 'npm', ['run', 'build', '--', '--base', E2E_BASE]],
  ['student build', 'npm', ['run', 'build:student', '--', '--base', E2E_BASE]],
  ['single HTML files', 'npm', ['run', 'export:html']],
  ['e2e tests', 'npm', ['run', 'test:e2e']],
  ['lecturer build', 'npm', ['run', 'build:lecturer', '--', '--base', E2E_BASE]],
  // The single HTML files were written before the e2e tests (they open them).
  ['export', 'npm', ['run', 'export', '--', '--skip-html']],
  ['artifact checks', 'npm', ['run', 'test:artifacts']],
]

// Fail early, with advice, when no browser is there to run the e2e tests and the export.
try {
  console.log(`Browser: ${findBrowser()}`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

const started = Date.now()
for (const [index, [name, command, args]] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] ${name}: ${command} ${args.join(' ')}`)
  const stepStarted = Date.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1)
  if (status !== 0) {
    console.error(`\n✘ ${name} failed (exit ${status}) after ${seconds} s`)
    process.exit(status || 1)
  }
  console.log(`✔ ${name} (${seconds} s)`)
}
console.log(`\nAll ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
