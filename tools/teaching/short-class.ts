// The 50-minute class (`npm run dev:50`, `build:50`, `export:50`, through tools/cli.ts): CLASS_MINUTES=50,
// which setup/preparser.ts reads to hide every slide marked `optional: true`.
//   dev, build: the Slidev CLI (which loads setup/preparser.ts itself) with the rest of the arguments.
//   export:     the deck's own tagged-PDF export into exports/50-minutes/: the slides and the handout,
//               without the teaching kit (`npm run export` writes it, with the plans of both class
//               lengths) or the offline HTML files. The exporter drives Slidev through its Node API,
//               which does not load setup/preparser.ts, so the same preparser is registered first.
import type { ExportOptions } from '../export/export.ts'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import shortClassPreparser from '../../setup/preparser.ts'
import { exportDeck } from '../export/export.ts'
import { CLASS_MINUTES } from '../shared/flags.ts'
import { DIST_SHORT_CLASS, EXPORTS_SHORT_CLASS } from '../shared/paths.ts'
import { spawnSlidev } from '../shared/slidev.ts'

/** Runs `slidev` (dev) or `slidev build` into dist-50/ for the 50-minute class; resolves with its exit code. */
export function runShortClassSlidev(command: 'dev' | 'build', rest: readonly string[]): Promise<number> {
  const args = command === 'dev' ? ['--open', 'false', ...rest] : ['build', '--out', DIST_SHORT_CLASS, ...rest]
  const child = spawnSlidev(args, { stdio: 'inherit', env: { ...process.env, [CLASS_MINUTES]: '50' } })
  return new Promise(resolve => child.on('exit', code => resolve(code ?? 1)))
}

/** The slides and handout of the 50-minute class, in exports/50-minutes/ unless `options.outDir` says otherwise. */
export async function exportShortClass(options: ExportOptions = {}): Promise<void> {
  process.env[CLASS_MINUTES] = '50'
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => shortClassPreparser({ filepath, headmatter, mode }))
  await exportDeck({ ...options, outDir: options.outDir ?? EXPORTS_SHORT_CLASS, teachingKit: false, html: false })
}
