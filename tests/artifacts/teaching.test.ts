import type { DeckSlide } from '../../tools/shared/deck.ts'
// The printed teaching kit as a lecturer and students get it from `npm run export` (exports/): the
// PDFs are tagged with title and language, the guide carries every plan and activity (and the
// glossary), the reading list every reading, the quiz and the answer key the same questions in the
// same order (and the quiz no answers); the GIFT and QTI files hold the bank.
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'gift-pegjs'
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { activities } from '../../data/activities.ts'
import { choicesInOrder, questionBank } from '../../data/assessment.ts'
import { glossary } from '../../data/glossary.ts'
import { readings, readingUrl } from '../../data/readings.ts'
import { checkBeforeTeaching, sessionPlans } from '../../data/sessions.ts'
import { shortClassSlides, slideMinutes } from '../../tools/rules/timing.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { exportFiles, TEACHING_PDFS } from '../../tools/shared/paths.ts'
import { readPdf } from '../../tools/shared/pdf.ts'
import { cc11Problems } from '../schemas/cc11.ts'
import { requireFile, requireFresh, squash } from './support.ts'

const ADVICE = 'run npm run export first'
const { guide, readingList, quiz, answerKey } = TEACHING_PDFS
const deck = await loadDeck()
const paths = exportFiles(deck.exportFilename)
const bytes: Record<string, Buffer> = {}
const text: Record<string, string> = {}
const pages: Record<string, number> = {}
let slides: DeckSlide[]

beforeAll(async () => {
  slides = deck.slides
  for (const [index, file] of Object.values(TEACHING_PDFS).entries()) {
    const path = paths.teachingPdfs[index]!
    bytes[file] = requireFile(path, ADVICE)
    requireFresh(path, 'run npm run export again')
    const pdf = await readPdf(bytes[file]!)
    text[file] = squash(pdf.pages.join('\n'))
    pages[file] = pdf.pages.length
  }
  for (const path of [paths.gift, paths.qti, paths.moodleXml]) {
    requireFile(path, ADVICE)
    requireFresh(path, 'run npm run export again')
  }
  console.log(`pages: ${Object.values(TEACHING_PDFS).map(file => `${file} ${pages[file]}`).join(', ')}`)
})

/** Where each text first occurs in a document (-1 when absent). */
const positions = (file: string, texts: readonly string[]) => texts.map(t => text[file]!.indexOf(squash(t)))

/** What a learning platform's accessibility checker would miss in a PDF: title, /Lang en, structure tree. */
async function catalogProblems(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const lang = pdf.catalog.lookup(PDFName.of('Lang'))
  return [
    ...(/Trump and Kim Jong Un/.test(pdf.getTitle() ?? '') ? [] : ['no title naming the lecture']),
    ...((lang instanceof PDFString ? lang.decodeText() : undefined) === 'en' ? [] : ['no /Lang en']),
    ...(pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict) ? [] : ['no structure tree (untagged)']),
  ]
}

describe('the PDFs', () => {
  it.each(Object.values(TEACHING_PDFS))('%s is tagged, with a title and /Lang en', async (file) => {
    expect(await catalogProblems(bytes[file]!)).toEqual([])
  })

  it('the catalog check fails on an untagged PDF without title or language (negative control)', async () => {
    const bare = await PDFDocument.create()
    bare.addPage()
    expect(await catalogProblems(await bare.save())).toEqual(['no title naming the lecture', 'no /Lang en', 'no structure tree (untagged)'])
  })

  it('the guide carries every session plan, every activity with its parts, the glossary and the checks', () => {
    const found = positions(guide, [
      'Check before you teach',
      ...checkBeforeTeaching.map(check => check.text),
      ...sessionPlans.map(plan => plan.title),
      ...sessionPlans.flatMap(plan => plan.ifShortOfTime),
      ...activities.flatMap(activity => [activity.title, ...activity.aims, ...activity.instructions, ...activity.debrief]),
      ...glossary.map(term => term.definition),
    ])
    expect(found.filter(at => at < 0).length, 'texts missing from the teaching guide').toBe(0)
  })

  it('each plan lists, slide by slide, every slide its class spends time on', () => {
    for (const plan of sessionPlans) {
      const shown = (plan.skipsOptional ? shortClassSlides(slides) : slides).filter(slide => (slideMinutes(slide.note) ?? 0) > 0)
      const missing = shown.filter(slide => !text[guide]!.includes(squash(slide.title)))
      expect(missing.map(slide => `${plan.id}: slide ${slide.no} "${slide.title}"`)).toEqual([])
    }
  })

  it('the reading list carries every reading with its link, what to read and its guiding question', () => {
    for (const reading of readings) {
      expect(positions(readingList, [reading.title, reading.whatToRead, reading.guidingQuestion, readingUrl(reading)]).every(at => at >= 0), reading.id).toBe(true)
    }
  })

  it('the quiz and the answer key hold the same questions in the same order', () => {
    for (const file of [quiz, answerKey]) {
      const at = positions(file, questionBank.map(q => q.stem))
      expect(at.every(p => p >= 0), `${file}: every question`).toBe(true)
      expect([...at].sort((a, b) => a - b), `${file}: in bank order`).toEqual(at)
    }
  })

  it('the quiz holds no answers or feedback; the key holds every answer and its facts', () => {
    const feedback = questionBank.flatMap(q => q.kind === 'multiple-choice' ? q.choices.map(c => c.feedback) : q.kind === 'short-answer' ? [q.explanation] : q.criteria.map(c => c.lookFor))
    expect(positions(quiz, feedback).filter(at => at >= 0).length, 'feedback printed in the quiz').toBe(0)
    expect(text[quiz], 'an answer letter printed in the quiz').not.toMatch(/answer:[a-e]\[/)
    expect(positions(answerKey, feedback).every(at => at >= 0), 'feedback in the key').toBe(true)
    for (const q of questionBank.filter(q => q.kind === 'multiple-choice')) {
      const letter = String.fromCharCode(65 + choicesInOrder(q).findIndex(c => c.correct))
      expect(text[answerKey], q.id).toContain(squash(`Answer: ${letter} [${q.cites.join(', ')}]`))
    }
  })
})

describe('the bank files', () => {
  it('GIFT parses back to every question in order', () => {
    const parsed = parse(readFileSync(paths.gift, 'utf8')) as { title: string }[]
    expect(parsed.map(q => q.title)).toEqual(questionBank.map(q => q.id))
  })

  it('the QTI zip opens and lists every item', () => {
    const files = unzipSync(new Uint8Array(readFileSync(paths.qti)))
    expect(Object.keys(files)).toContain('imsmanifest.xml')
    const xml = strFromU8(Object.entries(files).find(([name]) => name.endsWith('.xml') && name !== 'imsmanifest.xml')![1])
    expect([...xml.matchAll(/<item ident="([^"]+)"/g)].map(m => m[1])).toEqual(questionBank.map(q => q.id))
  })

  it('Moodle XML holds every question with its ID number', () => {
    const xml = readFileSync(paths.moodleXml, 'utf8')
    expect([...xml.matchAll(/<idnumber>([^<]+)<\/idnumber>/g)].map(m => m[1])).toEqual(questionBank.map(q => q.id))
  })
})

describe('the course packages', () => {
  it('the cartridge\'s manifest and assessments validate against the CC 1.1 schemas', async () => {
    const { cartridge } = paths
    requireFile(cartridge, ADVICE)
    requireFresh(cartridge, 'run npm run export again')
    const files = unzipSync(new Uint8Array(readFileSync(cartridge)))
    expect(await cc11Problems(strFromU8(files['imsmanifest.xml']!), 'manifest')).toEqual([])
    for (const name of ['after-class/quiz/assessment.xml', 'question-bank/question-bank.xml'])
      expect(await cc11Problems(strFromU8(files[name]!), 'qti', name), name).toEqual([])
  })
})
