import type { Deck } from '../shared/deck.ts'
// The course packages, written by `npm run export` after the single HTML files (they carry the
// student deck), or alone with `npm run export:course [-- <dir>]` once the deck's HTML files and the
// teaching kit are in <dir> (exports/ by default):
//   <exportFilename>.imscc       Common Cartridge 1.1: the whole course in one import (cartridge.ts)
//   <exportFilename>-scorm.zip   SCORM 1.2: the student deck with completion and resume (scorm.ts)
import { readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { loadDeck } from '../shared/deck.ts'
import { exportFiles, EXPORTS, TEACHING_PDFS } from '../shared/paths.ts'
import { toCartridge } from './cartridge.ts'
import { toScormPackage } from './scorm.ts'

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
  const paths = exportFiles(full.exportFilename, outDir)
  const html = (path: string) => readInput(path, 'run npm run export:html first')
  const pdf = (name: string) => readInput(join(outDir, name), 'run npm run export:teaching first')
  const studentDeck = await html(paths.studentHtml)
  await writeFile(paths.cartridge, toCartridge({
    title: full.title,
    studentDeck: { title: `The slides: ${full.title}`, name: basename(paths.studentHtml), bytes: studentDeck },
    forInstructors: [
      { title: 'Teaching guide (session plans, activities, glossary)', name: TEACHING_PDFS.guide, bytes: await pdf(TEACHING_PDFS.guide) },
      { title: 'Answer key and marking guide', name: TEACHING_PDFS.answerKey, bytes: await pdf(TEACHING_PDFS.answerKey) },
      { title: 'The slides with speaker notes and presenter view', name: basename(paths.lecturerHtml), bytes: await html(paths.lecturerHtml) },
    ],
    slides: full.slides,
  }))
  await writeFile(paths.scorm, toScormPackage({ title: full.title, deck: studentDeck, lastSlide: full.slides.length }))
  return [paths.cartridge, paths.scorm]
}
