// Where things are: the project root, the sub-path and address the e2e build is served at, and
// every folder or file the builds and the export write, with the command that makes it (`npm test`
// and the test steps name that command when an input is missing).
import { existsSync, readdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The sub-path the e2e, student and lecturer builds are served at, as on GitHub Pages or a university server. */
export const E2E_BASE = '/lectures/trump-kim/'

/** Local servers listen on the loopback address only. */
export const LOCALHOST = '127.0.0.1'

/** The e2e tests' port (set E2E_PORT to run two suites side by side). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173)

/** `npm run build`: the deck with speaker notes, the same flavour as the lecturer build (the e2e tests serve it). */
const DIST = resolve(ROOT, 'dist')
export const DIST_STUDENT = resolve(ROOT, 'dist-student')
export const EXPORTS = resolve(ROOT, 'exports')

/** An output a test step reads: whether it is there, and the command that makes it. */
export interface Output {
  what: string
  made: () => boolean
  command: string
}

const inExports = (ending: string) => () => existsSync(EXPORTS) && readdirSync(EXPORTS).some(name => name.endsWith(ending))

/** Every output the test steps read, made once per `npm test` run (tools/test-all.ts) in this order. */
export const OUTPUTS = {
  e2eBuild: { what: 'dist/ (the e2e build, with notes)', made: () => existsSync(resolve(DIST, 'index.html')), command: `npm run build -- --base ${E2E_BASE}` },
  studentBuild: { what: 'dist-student/ (the student build)', made: () => existsSync(resolve(DIST_STUDENT, 'index.html')), command: `npm run build:student -- --base ${E2E_BASE}` },
  singleFiles: { what: 'the single HTML files in exports/', made: inExports('-lecturer.html'), command: 'npm run export:html' },
  export: { what: 'the PDFs and teaching kit in exports/', made: inExports('-handout.pdf'), command: 'npm run export -- --skip-html' },
} as const satisfies Record<string, Output>

/** One line per output that is not there, naming the command that makes it. */
export function missingOutputs(outputs: readonly Output[]): string[] {
  return outputs.filter(output => !output.made()).map(output => `${output.what} is missing: run ${output.command}`)
}
