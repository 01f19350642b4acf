// Where things are: the project root, the sub-path and address the e2e build is served at, the
// click count that shows a slide at its last step, and
// every folder or file the builds and the export write, with the command that makes it (`npm test`
// and the test steps name that command when an input is missing).
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The sub-path the e2e, student and lecturer builds are served at, as on GitHub Pages or a university server. */
export const E2E_BASE = '/lectures/trump-kim/'

/** Local servers listen on the loopback address only. */
export const LOCALHOST = '127.0.0.1'

/** The e2e tests' port (set E2E_PORT to run two suites side by side). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173)
/**
 * While editing: `E2E_SLIDES=pages/04-singapore.md npm run test:e2e` runs the passes over every slide on
 * the slides it names only (selectSlides in tools/shared/deck.ts). `npm test` refuses it: it checks every slide.
 */
export const E2E_SLIDES = 'E2E_SLIDES'

/** Slidev clamps `?clicks=` to a slide's number of click steps, so this shows any slide at its last step. */
export const LAST_STEP = 99

/** `npm run build`: the deck with speaker notes, the same flavour as the lecturer build (the e2e tests serve it). */
const DIST = resolve(ROOT, 'dist')
export const DIST_STUDENT = resolve(ROOT, 'dist-student')
export const EXPORTS = resolve(ROOT, 'exports')
/** `npm run build:50` and `npm run export:50`: the 50-minute class. */
export const DIST_SHORT_CLASS = resolve(ROOT, 'dist-50')
export const EXPORTS_SHORT_CLASS = join(EXPORTS, '50-minutes')

/** The teaching kit's printed documents, in the order tools/teaching/documents.ts writes them. */
export const TEACHING_PDFS = {
  guide: 'teaching-guide.pdf',
  readingList: 'reading-list.pdf',
  quiz: 'quiz.pdf',
  answerKey: 'answer-key.pdf',
} as const
export type TeachingPdf = typeof TEACHING_PDFS[keyof typeof TEACHING_PDFS]

/** Every file `npm run export` writes into `dir`, named from the deck's `exportFilename`. */
export function exportFiles(exportFilename: string, dir = EXPORTS) {
  const at = (name: string) => join(dir, name)
  return {
    slides: at(`${exportFilename}.pdf`),
    handout: at(`${exportFilename}-handout.pdf`),
    png: at('png'),
    studentHtml: at(`${exportFilename}.html`),
    lecturerHtml: at(`${exportFilename}-lecturer.html`),
    teachingPdfs: Object.values(TEACHING_PDFS).map(at),
    gift: at('question-bank.gift.txt'),
    qti: at('question-bank.qti.zip'),
    moodleXml: at('question-bank.moodle.xml'),
    cartridge: at(`${exportFilename}.imscc`),
    scorm: at(`${exportFilename}-scorm.zip`),
  }
}

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
