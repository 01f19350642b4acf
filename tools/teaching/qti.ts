// The question bank as a QTI 1.2 package, the format Canvas imports (Settings → Import Course
// Content → QTI .zip file): imsmanifest.xml plus one assessment file, zipped. Item and metadata
// names follow Canvas's own QTI 1.2 exports (question_type, points_possible, SCORE 0–100). Fact ids
// go into the item's metadata, which only the importing teacher's platform reads; the feedback
// students see holds no fact ids and no marking guide (tools/teaching/bank-text.ts).
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { Question } from '../../data/schema.ts'
import { strToU8, zipSync } from 'fflate'
import { create } from 'xmlbuilder2'
import { choicesInOrder, questionMarks } from '../../data/assessment.ts'
import { generalFeedback, promptText } from './bank-text.ts'

export const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2'
const QUESTION_TYPE = { 'multiple-choice': 'multiple_choice_question', 'short-answer': 'short_answer_question', 'essay': 'essay_question' } as const

const material = (parent: XMLBuilder, text: string) => parent.ele('material').ele('mattext', { texttype: 'text/plain' }).txt(text)
const choiceIdent = (question: Question, index: number) => `${question.id}-${String.fromCharCode(97 + index)}`

/** Canvas's item metadata: its question type, the points, and the fact ids (read by no student). */
function canvasMetadata(question: Question): [string, string][] {
  return [['question_type', QUESTION_TYPE[question.kind]], ['points_possible', String(questionMarks(question))], ['fact_ids', question.cites.join(' ')]]
}

/**
 * One question as a QTI 1.2 item under `parent` (a section or a Common Cartridge object bank), with
 * the given item metadata; the cartridge (tools/teaching/cartridge.ts) passes its own profile fields.
 */
export function addQtiItem(parent: XMLBuilder, question: Question, metadata: [string, string][]): void {
  const item = parent.ele('item', { ident: question.id, title: question.id })
  const meta = item.ele('itemmetadata').ele('qtimetadata')
  for (const [label, entry] of metadata)
    meta.ele('qtimetadatafield').ele('fieldlabel').txt(label).up().ele('fieldentry').txt(entry)
  const presentation = item.ele('presentation')
  material(presentation, promptText(question))
  const processing = () => {
    const resprocessing = item.ele('resprocessing')
    resprocessing.ele('outcomes').ele('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' })
    return resprocessing
  }
  if (question.kind === 'multiple-choice') {
    const render = presentation.ele('response_lid', { ident: 'response1', rcardinality: 'Single' }).ele('render_choice')
    choicesInOrder(question).forEach((choice, index) => material(render.ele('response_label', { ident: choiceIdent(question, index) }), choice.text))
    const resprocessing = processing()
    const choices = choicesInOrder(question)
    choices.forEach((_choice, index) => {
      const condition = resprocessing.ele('respcondition', { continue: 'Yes' })
      condition.ele('conditionvar').ele('varequal', { respident: 'response1' }).txt(choiceIdent(question, index))
      condition.ele('displayfeedback', { feedbacktype: 'Response', linkrefid: `${choiceIdent(question, index)}_fb` })
    })
    const correct = choices.findIndex(choice => choice.correct)
    const scoring = resprocessing.ele('respcondition', { continue: 'No' })
    scoring.ele('conditionvar').ele('varequal', { respident: 'response1' }).txt(choiceIdent(question, correct))
    scoring.ele('setvar', { action: 'Set', varname: 'SCORE' }).txt('100')
    choices.forEach((choice, index) =>
      material(item.ele('itemfeedback', { ident: `${choiceIdent(question, index)}_fb` }).ele('flow_mat'), choice.feedback))
  }
  else {
    presentation.ele('response_str', { ident: 'response1', rcardinality: 'Single' }).ele('render_fib').ele('response_label', { ident: 'answer1', rshuffle: 'No' })
    const resprocessing = processing()
    const feedback = generalFeedback(question)
    if (feedback) {
      resprocessing.ele('respcondition', { continue: 'Yes' }).ele('conditionvar').ele('other').up().up().ele('displayfeedback', { feedbacktype: 'Response', linkrefid: 'general_fb' })
    }
    // One condition per accepted answer: any one of them scores (an OR). Several <varequal> in one
    // <conditionvar> would be an AND, which a specification-following engine never satisfies.
    if (question.kind === 'short-answer') {
      for (const answer of question.accepted) {
        const scoring = resprocessing.ele('respcondition', { continue: 'No' })
        scoring.ele('conditionvar').ele('varequal', { respident: 'response1' }).txt(answer)
        scoring.ele('setvar', { action: 'Set', varname: 'SCORE' }).txt('100')
      }
    }
    else {
      // An essay is marked by hand: QTI still wants one condition, which sets nothing.
      resprocessing.ele('respcondition', { continue: 'No' }).ele('conditionvar').ele('other')
    }
    if (feedback)
      material(item.ele('itemfeedback', { ident: 'general_fb' }).ele('flow_mat'), feedback)
  }
}

/** The assessment file: every question as an item, in bank order. */
function toQtiAssessment(questions: readonly Question[], title: string, ident: string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NS, 'questestinterop')
  const section = root.ele('assessment', { ident, title }).ele('section', { ident: 'root_section' })
  for (const question of questions)
    addQtiItem(section, question, canvasMetadata(question))
  return root.end({ prettyPrint: true })
}

/** The manifest naming the assessment file as a QTI 1.2 resource. */
function toQtiManifest(ident: string, href: string): string {
  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1', 'manifest', { identifier: `${ident}-manifest` })
  manifest.ele('metadata').ele('schema').txt('IMS Content').up().ele('schemaversion').txt('1.1.3')
  manifest.ele('organizations')
  manifest.ele('resources').ele('resource', { identifier: ident, type: 'imsqti_xmlv1p2', href }).ele('file', { href })
  return manifest.end({ prettyPrint: true })
}

/** The .zip Canvas imports: imsmanifest.xml and `<ident>/<ident>.xml`. Deterministic (fixed dates). */
export function toQtiPackage(questions: readonly Question[], title: string, ident = 'trump-kim-question-bank'): Uint8Array {
  const href = `${ident}/${ident}.xml`
  const mtime = new Date('2026-01-01T00:00:00Z')
  return zipSync({
    'imsmanifest.xml': [strToU8(toQtiManifest(ident, href)), { mtime }],
    [href]: [strToU8(toQtiAssessment(questions, title, ident)), { mtime }],
  })
}
