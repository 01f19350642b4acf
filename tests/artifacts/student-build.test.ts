import type { DeckSlide } from '../../tools/shared/deck.ts'
// The public (student) build must not contain the lecturer's speaker notes. For each slide a
// distinctive run of words from its note (words that are not on any slide, in data/ or in
// components/) is looked for in every built file of dist-student (must be absent) and of
// a build with notes (must be present: proves the check can see notes at all). That build is dist/,
// the e2e build: `slidev build` with the same arguments as `npm run build:lecturer`, so `npm test`
// makes the lecturer flavour once. `npm test` builds both first; by hand: npm run build:student --
// --base /x/ and npm run build -- --base /x/.
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../tools/shared/deck.ts'
import { E2E_BASE, ROOT } from '../../tools/shared/paths.ts'
import { decodeBuilt, filesBelow, noteRun, publicText, requireFresh, squash } from './support.ts'

const TEXT_FILE = /\.(?:js|mjs|cjs|html|json|css|txt|md|map|xml|webmanifest|svg)$/i

function readBuild(name: string, script: string): { file: string, text: string }[] {
  const dir = join(ROOT, name)
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${name}/ is missing: run npm run ${script} first (e.g. npm run ${script} -- --base ${E2E_BASE}).`)
  requireFresh(join(dir, 'index.html'), `run npm run ${script} again`)
  return filesBelow(dir)
    .filter(file => TEXT_FILE.test(file))
    .map(file => ({ file: relative(ROOT, file), text: squash(decodeBuilt(readFileSync(file, 'utf8'))) }))
}

let runs: { slide: DeckSlide, run: string }[]
let uncheckable: DeckSlide[]
let student: { file: string, text: string }[]
let lecturer: { file: string, text: string }[]

beforeAll(async () => {
  const deck = (await loadDeck()).slides
  const avoid = publicText(deck)
  const withNotes = deck.filter(slide => slide.note.trim())
  runs = withNotes.flatMap((slide) => {
    const run = noteRun(slide.note, avoid)
    return run ? [{ slide, run }] : []
  })
  uncheckable = withNotes.filter(slide => !runs.some(entry => entry.slide === slide))
  student = readBuild('dist-student', 'build:student')
  lecturer = readBuild('dist', 'build') // the lecturer flavour (notes kept)
})

describe('student build (--without-notes)', () => {
  it('has a distinctive run of words for (nearly) every slide\'s notes', () => {
    expect(runs.length, 'slides whose notes can be looked for').toBeGreaterThan(0)
    // A note made only of words that are also on the slides cannot leak anything new.
    if (uncheckable.length > 0)
      console.warn(`Notes with no distinctive run of 4+ words (not checked): slides ${uncheckable.map(slide => slide.no).join(', ')}`)
    expect(uncheckable.length).toBeLessThanOrEqual(Math.floor(runs.length / 10))
  })

  it('the build with notes (dist/, as the lecturer build) contains every note run (so the check can fail)', () => {
    const missing = runs
      .filter(({ run }) => !lecturer.some(({ text }) => text.includes(squash(run))))
      .map(({ slide, run }) => `slide ${slide.no} (${slide.file}): "${run}"`)
    expect(missing).toEqual([])
  })

  it('contains no speaker-note text in any built file', () => {
    const leaks = runs.flatMap(({ slide, run }) => student
      .filter(({ text }) => text.includes(squash(run)))
      .map(({ file }) => `slide ${slide.no} note "${run}" found in ${file}`))
    expect(leaks).toEqual([])
  })
})
