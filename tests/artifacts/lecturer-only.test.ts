import type { DeckSlide } from '../../tools/shared/deck.ts'
// Nothing for the lecturer reaches a student. Reads every student-facing file the export writes, as
// a student or their platform gets it: the student build (dist-student, when built), the student
// HTML file, the SCORM package, the cartridge's student resources (all but those marked for
// instructors) and the feedback students see in GIFT, QTI and Moodle XML. None may hold speaker
// notes, the essay's marking guide or the answer key's lines.
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { essay } from '../../data/assessment.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { DIST_STUDENT, exportFiles } from '../../tools/shared/paths.ts'
import { decodeBuilt, filesBelow, noteRun, publicText, requireFile, requireFresh, squash } from './support.ts'

const ADVICE = 'run npm run export first'
let slides: DeckSlide[]
let files: ReturnType<typeof exportFiles>
/** Distinctive runs of each slide's speaker notes (not on any slide or in data/). */
let noteRuns: string[]
/** Every student-facing text: file name → text as read (entities and JS escapes decoded, squashed). */
const studentFacing: Record<string, string> = {}

const TEXT_FILE = /\.(?:html?|js|mjs|css|json|xml|txt|webmanifest)$/

/** The marking guide and the answer key as lines a student must not see (squashed). */
function lecturerOnlyTexts() {
  return [
    ...essay.criteria.map(c => c.lookFor),
    ...essay.evidence.map(e => e.point),
  ].map(squash)
}

/** What of the lecturer's material a student-facing text holds: note runs, guide lines, key lines. */
function lecturerMaterialIn(text: string): string[] {
  return [
    ...noteRuns.filter(run => text.includes(squash(run))).map(run => `speaker notes: "${run}"`),
    ...lecturerOnlyTexts().filter(line => text.includes(line)).map(line => `marking guide: "${line.slice(0, 60)}…"`),
    ...(/markingguide\(|answer:[a-e]\[/.test(text) ? ['an answer key or marking guide heading'] : []),
  ]
}

const read = (bytes: Uint8Array | string) => squash(decodeBuilt(typeof bytes === 'string' ? bytes : strFromU8(bytes)))
const outsideComments = (gift: string) => gift.split('\n').filter(line => !line.trim().startsWith('//')).join('\n')

beforeAll(async () => {
  const deck = await loadDeck()
  slides = deck.slides
  files = exportFiles(deck.exportFilename)
  const avoid = publicText(slides)
  noteRuns = slides.map(slide => noteRun(slide.note, avoid)).filter((run): run is string => Boolean(run))

  for (const path of [files.studentHtml, files.cartridge, files.scorm, files.gift, files.qti, files.moodleXml]) {
    requireFile(path, ADVICE)
    requireFresh(path, 'run npm run export again')
  }
  studentFacing[basename(files.studentHtml)] = read(readFileSync(files.studentHtml, 'utf8'))
  if (existsSync(DIST_STUDENT)) {
    for (const file of filesBelow(DIST_STUDENT).filter(name => TEXT_FILE.test(name)))
      studentFacing[`dist-student/${file.slice(DIST_STUDENT.length + 1)}`] = read(readFileSync(file, 'utf8'))
  }
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(files.scorm)))))
    studentFacing[`scorm/${name}`] = read(bytes)
  const cartridge = unzipSync(new Uint8Array(readFileSync(files.cartridge)))
  const manifest = strFromU8(cartridge['imsmanifest.xml']!)
  const forInstructors = [...manifest.matchAll(/<resource\b[\s\S]*?<\/resource>/g)].map(m => m[0]).filter(resource => resource.includes('<value>Instructor</value>')).flatMap(resource => [...resource.matchAll(/<file href="([^"]+)"/g)].map(m => m[1]!))
  expect(forInstructors.length, 'instructor-only resources in the cartridge').toBe(3)
  for (const [name, bytes] of Object.entries(cartridge).filter(([name]) => !forInstructors.includes(name)))
    studentFacing[`imscc/${name}`] = read(bytes)
  studentFacing['GIFT (outside comments)'] = read(outsideComments(readFileSync(files.gift, 'utf8')))
  const qti = Object.entries(unzipSync(new Uint8Array(readFileSync(files.qti)))).filter(([name]) => name !== 'imsmanifest.xml')
  studentFacing['QTI feedback'] = read(qti.map(([, bytes]) => [...strFromU8(bytes).matchAll(/<itemfeedback[\s\S]*?<\/itemfeedback>/g)].map(m => m[0]).join('\n')).join('\n'))
  studentFacing['Moodle XML (outside grader information and tags)'] = read(readFileSync(files.moodleXml, 'utf8')
    .replace(/<graderinfo[\s\S]*?<\/graderinfo>/g, '').replace(/<tags>[\s\S]*?<\/tags>/g, ''))
})

describe('student-facing files', () => {
  it('are all read: the student HTML, the SCORM package, the cartridge and the feedback of each bank format', () => {
    const names = Object.keys(studentFacing)
    console.log(`student-facing files read: ${names.length} (${names.filter(n => n.startsWith('dist-student/')).length} from dist-student)`)
    expect(names).toContain('scorm/deck.html')
    expect(names).toContain(`imscc/in-class/${basename(files.studentHtml)}`)
    expect(names.filter(n => n.startsWith('imscc/instructors/'))).toEqual([])
    expect(noteRuns.length, 'note runs to look for').toBeGreaterThan(slides.length / 2)
  })

  it('hold no speaker notes, marking guide or answer key', () => {
    const found = Object.entries(studentFacing).flatMap(([name, text]) => lecturerMaterialIn(text).map(what => `${name}: ${what}`))
    expect(found).toEqual([])
  })

  it('the check finds a marking-guide sentence or a note injected into a student file (negative controls)', () => {
    const html = studentFacing[basename(files.studentHtml)]!
    expect(lecturerMaterialIn(`${html}${squash(essay.criteria[2]!.lookFor)}`)).toHaveLength(1)
    expect(lecturerMaterialIn(`${html}${squash(noteRuns[3]!)}`)).toEqual([`speaker notes: "${noteRuns[3]}"`])
    const lecturerHtml = read(readFileSync(files.lecturerHtml, 'utf8'))
    expect(lecturerMaterialIn(lecturerHtml).length, 'the lecturer file has notes').toBeGreaterThan(0)
  })
})
