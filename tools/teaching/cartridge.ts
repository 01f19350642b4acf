// The course in one import: an IMS Common Cartridge 1.1 (`.imscc`), which Canvas, Moodle,
// Blackboard, D2L and Schoology all accept. Its one organization follows the class plan:
//   Before class  the reading guide (what to read, the question for each) and each reading as a web link
//   In class      the student deck (the single HTML file) and each activity's task as a discussion topic
//   After class   the seminar questions as discussion topics and the quiz (CC QTI profile)
//   For instructors  the teaching guide, the answer key and the lecturer's deck, marked
//                 intendedEndUserRole Instructor (Moodle imports them hidden, Canvas locked)
// The whole bank also goes in as the cartridge's question bank. Students' resources carry no notes,
// no marking guide and no answer key (tests/artifacts/lecturer-only.test.ts).
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { Question } from '../../data/schema.ts'
import type { DeckSlide } from '../shared/deck.ts'
import { strToU8, zipSync } from 'fflate'
import { create } from 'xmlbuilder2'
import { activities } from '../../data/activities.ts'
import { questionBank, questionMarks } from '../../data/assessment.ts'
import { readings, readingUrl } from '../../data/readings.ts'
import { plainText } from '../../lib/plain-text.ts'
import { addQtiItem, QTI_NS } from './qti.ts'

const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1'
const LOM_MANIFEST_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest'
const LOM_RESOURCE_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource'
const WEBLINK_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1'
const DISCUSSION_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1'
const CC_PROFILE = { 'multiple-choice': 'cc.multiple_choice.v0p1', 'short-answer': 'cc.fib.v0p1', 'essay': 'cc.essay.v0p1' } as const

/** A file the cartridge carries as it is: the decks and the teaching kit's PDFs. */
interface CartridgeFile {
  title: string
  name: string
  bytes: Uint8Array
}

export interface CartridgeInputs {
  title: string
  /** The student deck, one HTML file with no speaker notes (tools/export/single-file.ts). */
  studentDeck: CartridgeFile
  /** Instructors only: the teaching guide, the answer key, the lecturer's deck. */
  forInstructors: CartridgeFile[]
  /** The whole deck: its `discussion: true` slides give the seminar topics. */
  slides: readonly DeckSlide[]
}

/** A seminar slide as a discussion topic: its title and its numbered questions, citations left out. */
export function seminarTopics(slides: readonly DeckSlide[]): { title: string, questions: string[] }[] {
  return slides.filter(slide => slide.frontmatter.discussion === true).map(slide => ({
    title: slide.title,
    questions: slide.content.split('\n').filter(line => /^\s*\d+\.\s/.test(line)).map(line => plainText(line.replace(/<[A-Z]\w*[^>]*\/>/g, '')).replace(/^\s*\d+\.\s*/, '').trim()),
  }))
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const xml = (root: XMLBuilder) => root.end({ prettyPrint: true })

function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<main>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</main>\n</body>\n</html>\n`
}

function readingGuide(): string {
  return htmlPage('Before class: the readings', readings.map(reading => `<section>
<h2>${escapeHtml(reading.title)}</h2>
<p>${escapeHtml(reading.author)}, ${reading.date}. About ${reading.minutes} minutes. <a href="${escapeHtml(readingUrl(reading))}">Read it (${escapeHtml(reading.link.outlet)})</a></p>
<p><strong>What to read:</strong> ${escapeHtml(reading.whatToRead)}</p>
<p><strong>Guiding question:</strong> ${escapeHtml(reading.guidingQuestion)}</p>
</section>`).join('\n'))
}

function webLink(title: string, url: string) {
  return xml(create({ version: '1.0', encoding: 'UTF-8' })
    .ele(WEBLINK_NS, 'webLink').ele('title').txt(title).up().ele('url', { href: url, target: '_blank' }).up())
}

function discussion(title: string, html: string) {
  return xml(create({ version: '1.0', encoding: 'UTF-8' })
    .ele(DISCUSSION_NS, 'topic').ele('title').txt(title).up().ele('text', { texttype: 'text/html' }).txt(html).up())
}

function metadataField(parent: XMLBuilder, label: string, entry: string) {
  return parent.ele('qtimetadatafield').ele('fieldlabel').txt(label).up().ele('fieldentry').txt(entry)
}

function ccItemMetadata(question: Question): [string, string][] {
  return [['cc_profile', CC_PROFILE[question.kind]], ['cc_weighting', String(questionMarks(question))]]
}

/** The quiz as a cartridge assessment (CC QTI profile cc.exam.v0p1), questions in bank order. */
function ccAssessment(questions: readonly Question[], title: string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NS, 'questestinterop')
  const assessment = root.ele('assessment', { ident: 'quiz', title })
  const meta = assessment.ele('qtimetadata')
  for (const [label, entry] of [['cc_profile', 'cc.exam.v0p1'], ['qmd_assessmenttype', 'Examination'], ['qmd_scoretype', 'Percentage'], ['cc_maxattempts', '1']])
    metadataField(meta, label, entry)
  const section = assessment.ele('section', { ident: 'quiz-section' })
  for (const question of questions)
    addQtiItem(section, question, ccItemMetadata(question))
  return xml(root)
}

/** The bank as the cartridge's question bank (one object bank). */
function ccQuestionBank(questions: readonly Question[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NS, 'questestinterop')
  const bank = root.ele('objectbank', { ident: 'question-bank' })
  metadataField(bank.ele('qtimetadata'), 'cc_profile', 'cc.question_bank.v0p1')
  for (const question of questions)
    addQtiItem(bank, question, ccItemMetadata(question))
  return xml(root)
}

interface Resource { id: string, type: string, file: string, href?: boolean, instructor?: boolean }
interface Module { title: string, items: { id: string, title: string }[] }

/** Every file of the cartridge (path → bytes), imsmanifest.xml first. */
export function cartridgeFiles(inputs: CartridgeInputs): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {}
  const resources: Resource[] = []
  const add = (resource: Resource, content: string | Uint8Array) => {
    files[resource.file] = typeof content === 'string' ? strToU8(content) : content
    resources.push(resource)
    return resource.id
  }

  const before: Module = { title: 'Before class: read', items: [
    { id: add({ id: 'reading-guide', type: 'webcontent', file: 'before-class/reading-guide.html', href: true }, readingGuide()), title: 'What to read, and the question for each reading' },
    ...readings.map(reading => ({
      id: add({ id: `reading-${reading.id}`, type: 'imswl_xmlv1p1', file: `before-class/${reading.id}.xml` }, webLink(reading.title, readingUrl(reading))),
      title: `Reading: ${reading.title} (${reading.minutes} min)`,
    })),
  ] }
  const during: Module = { title: 'In class: the lecture and the activities', items: [
    { id: add({ id: 'student-deck', type: 'webcontent', file: `in-class/${inputs.studentDeck.name}`, href: true }, inputs.studentDeck.bytes), title: inputs.studentDeck.title },
    ...activities.map(activity => ({
      id: add({ id: `activity-${activity.id}`, type: 'imsdt_xmlv1p1', file: `in-class/activity-${activity.id}.xml` }, discussion(activity.title, `<p>${escapeHtml(activity.slideTask)}</p><ol>${activity.slideSteps.map(step => `<li>${escapeHtml(step)}</li>`).join('')}</ol>`)),
      title: `Activity: ${activity.title}`,
    })),
  ] }
  const after: Module = { title: 'After class: discuss and check', items: [
    ...seminarTopics(inputs.slides).map((topic, index) => ({
      id: add({ id: `seminar-${index + 1}`, type: 'imsdt_xmlv1p1', file: `after-class/seminar-${index + 1}.xml` }, discussion(topic.title, `<p>Choose one question, answer it with evidence from the readings and the lecture, and reply to one classmate who answered differently.</p><ol>${topic.questions.map(q => `<li>${escapeHtml(q)}</li>`).join('')}</ol>`)),
      title: `Discussion: ${topic.title}`,
    })),
    { id: add({ id: 'quiz', type: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment', file: 'after-class/quiz/assessment.xml' }, ccAssessment(questionBank, `Quiz: ${inputs.title}`)), title: 'Quiz' },
  ] }
  const instructors: Module = { title: 'For instructors (hidden from students)', items: inputs.forInstructors.map((file, index) => ({
    id: add({ id: `instructor-${index + 1}`, type: 'webcontent', file: `instructors/${file.name}`, href: true, instructor: true }, file.bytes),
    title: file.title,
  })) }
  add({ id: 'question-bank', type: 'imsqti_xmlv1p2/imscc_xmlv1p1/question-bank', file: 'question-bank/question-bank.xml' }, ccQuestionBank(questionBank))

  return { 'imsmanifest.xml': strToU8(cartridgeManifest(inputs.title, [before, during, after, instructors], resources)), ...files }
}

function cartridgeManifest(title: string, modules: Module[], resources: Resource[]): string {
  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele(CP_NS, 'manifest', { identifier: 'trump-kim-cartridge' })
  const metadata = manifest.ele('metadata')
  metadata.ele('schema').txt('IMS Common Cartridge').up().ele('schemaversion').txt('1.1.0')
  metadata.ele(LOM_MANIFEST_NS, 'lom').ele(LOM_MANIFEST_NS, 'general').ele(LOM_MANIFEST_NS, 'title').ele(LOM_MANIFEST_NS, 'string', { language: 'en' }).txt(title)
  const root = manifest.ele('organizations').ele('organization', { identifier: 'class-plan', structure: 'rooted-hierarchy' }).ele('item', { identifier: 'root' })
  modules.forEach((module, index) => {
    const folder = root.ele('item', { identifier: `module-${index + 1}` }).ele('title').txt(module.title).up()
    for (const item of module.items)
      folder.ele('item', { identifier: `item-${item.id}`, identifierref: item.id }).ele('title').txt(item.title)
  })
  const list = manifest.ele('resources')
  for (const resource of resources) {
    const element = list.ele('resource', { identifier: resource.id, type: resource.type, ...(resource.href ? { href: resource.file } : {}) })
    if (resource.instructor) {
      const role = element.ele('metadata').ele(LOM_RESOURCE_NS, 'lom').ele(LOM_RESOURCE_NS, 'educational').ele(LOM_RESOURCE_NS, 'intendedEndUserRole')
      role.ele(LOM_RESOURCE_NS, 'source').txt('IMSGLC_CC_Rolesv1p1').up().ele(LOM_RESOURCE_NS, 'value').txt('Instructor')
    }
    element.ele('file', { href: resource.file })
  }
  return xml(manifest)
}

/** The `.imscc` file: the cartridge's files zipped, with fixed dates so the same inputs give the same bytes. */
export function toCartridge(inputs: CartridgeInputs): Uint8Array {
  const mtime = new Date('2026-01-01T00:00:00Z')
  return zipSync(Object.fromEntries(Object.entries(cartridgeFiles(inputs)).map(([name, bytes]) => [name, [bytes, { mtime }]])))
}
