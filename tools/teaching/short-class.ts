// The 50-minute class in one command: `npm run dev:50`, `npm run build:50` or `npm run export:50`.
// Sets CLASS_MINUTES=50, which setup/preparser.ts reads to hide every slide marked `optional: true`.
//   dev, build: runs the Slidev CLI (which loads setup/preparser.ts itself) with the rest of the arguments.
//   export:     runs the deck's own tagged-PDF export (tools/export/export.ts) into exports/50-minutes/:
//               the slides and the handout, without the teaching kit (`npm run export` writes it, with
//               the plans of both class lengths) or the offline HTML files; the exporter drives
//               Slidev through its Node API, which does not load setup/preparser.ts, so the same
//               preparser is registered here first.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import shortClassPreparser from '../../setup/preparser'
import { CLASS_MINUTES } from '../shared/flags'
import { EXPORTS, ROOT } from '../shared/paths'

const [command, ...rest] = process.argv.slice(2)
process.env[CLASS_MINUTES] = '50'

if (command === 'dev' || command === 'build') {
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const args = command === 'dev' ? ['--open', 'false', ...rest] : ['build', '--out', 'dist-50', ...rest]
  const child = spawn(process.execPath, [slidev, ...args], { stdio: 'inherit', cwd: ROOT, env: process.env })
  child.on('exit', code => process.exit(code ?? 1))
}
else if (command === 'export') {
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => shortClassPreparser({ filepath, headmatter, mode }))
  const exportScript = join(ROOT, 'tools/export/export.ts')
  process.argv = [process.argv[0]!, exportScript, '--out', join(EXPORTS, '50-minutes'), '--skip-teaching-kit', '--skip-html', ...rest]
  await import(pathToFileURL(exportScript).href)
}
else {
  console.error('Usage: tsx tools/teaching/short-class.ts dev|build|export [Slidev or export options]')
  process.exit(1)
}
