// The course packages, written by `npm run export` after the single HTML files (they carry the
// student deck), or alone with `npm run export:course [-- <dir>]` once the deck's HTML files and the
// teaching kit are in <dir> (exports/ by default):
//   <exportFilename>.imscc       Common Cartridge 1.1: the whole course in one import (cartridge.ts)
//   <exportFilename>-scorm.zip   SCORM 1.2: the student deck with completion and resume (scorm.ts)
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { singleFileName } from '../export/single-file'
import { type Deck, loadDeck } from '../shared/deck'
import { EXPORTS } from '../shared/paths'
import { toCartridge } from './cartridge'
import { toScormPackage } from './scorm'

/** Where the packages go, as the export writes them and the artifact tests read them. */
export function coursePackagePaths(exportFilename: string, dir = EXPORTS) {
  return {
    cartridge: join(dir, `${exportFilename}.imscc`),
    scorm: join(dir, `${exportFilename}-scorm.zip`),
  }
}

async function readInput(path: string, advice: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  }
  catch {
    throw new Error(`${path} is missing: ${advice}.`)
  }
}

/**
 * Writes the cartridge and the SCORM package into `outDir` from the files already there: the
 * student and lecturer HTML files (tools/export/single-file.ts) and the teaching guide and answer
 * key (tools/teaching/write-teaching-kit.ts). `deck` must be the whole deck. Returns the paths written.
 */
export async function writeCoursePackages(outDir = EXPORTS, deck?: Deck): Promise<string[]> {
  const full = deck ?? await loadDeck()
  const html = (lecturer: boolean) => readInput(join(outDir, singleFileName(full.exportFilename, lecturer)), 'run npm run export:html first')
  const pdf = (name: string) => readInput(join(outDir, name), 'run npm run export:teaching first')
  const studentDeck = await html(false)
  const paths = coursePackagePaths(full.exportFilename, outDir)
  await writeFile(paths.cartridge, toCartridge({
    title: full.title,
    studentDeck: { title: `The slides: ${full.title}`, name: singleFileName(full.exportFilename), bytes: studentDeck },
    forInstructors: [
      { title: 'Teaching guide (session plans, activities, glossary)', name: 'teaching-guide.pdf', bytes: await pdf('teaching-guide.pdf') },
      { title: 'Answer key and marking guide', name: 'answer-key.pdf', bytes: await pdf('answer-key.pdf') },
      { title: 'The slides with speaker notes and presenter view', name: singleFileName(full.exportFilename, true), bytes: await html(true) },
    ],
    slides: full.slides,
  }))
  await writeFile(paths.scorm, toScormPackage({ title: full.title, deck: studentDeck, lastSlide: full.slides.length }))
  return [paths.cartridge, paths.scorm]
}
