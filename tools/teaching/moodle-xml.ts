// The question bank in Moodle XML (Question bank → Import → Moodle XML format), which carries what
// GIFT cannot: each question's ID number and mark (the essay worth its marking guide's total), the
// marking guide as grader information (teachers only), general feedback that students may see,
// and choices in the answer key's order (shuffleanswers 0, numbered A, B, C, D like the key).
// Fact ids become tags, which only teachers see in the question bank.
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { Question } from '../../data/schema.ts'
import { create } from 'xmlbuilder2'
import { choicesInOrder, questionMarks } from '../../data/assessment.ts'
import { generalFeedback, markingGuideText, promptText } from './bank-text.ts'

/** Plain text as the HTML Moodle stores (xmlbuilder2 then escapes it again for XML). */
const html = (text: string) => text ? `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>` : ''

function textElement(parent: XMLBuilder, name: string, text: string, attributes: Record<string, string> = { format: 'html' }) {
  return parent.ele(name, attributes).ele('text').txt(text).up().up()
}

function addQuestion(quiz: XMLBuilder, question: Question): void {
  const type = { 'multiple-choice': 'multichoice', 'short-answer': 'shortanswer', 'essay': 'essay' }[question.kind]
  const element = quiz.ele('question', { type })
  textElement(element, 'name', question.id, {})
  textElement(element, 'questiontext', html(promptText(question)))
  textElement(element, 'generalfeedback', html(generalFeedback(question)))
  element.ele('defaultgrade').txt(String(questionMarks(question)))
  element.ele('penalty').txt('0')
  element.ele('hidden').txt('0')
  element.ele('idnumber').txt(question.id)
  if (question.kind === 'multiple-choice') {
    element.ele('single').txt('true')
    element.ele('shuffleanswers').txt('0')
    element.ele('answernumbering').txt('ABCD')
    element.ele('showstandardinstruction').txt('0')
    for (const choice of choicesInOrder(question)) {
      const answer = element.ele('answer', { fraction: choice.correct ? '100' : '0', format: 'html' })
      answer.ele('text').txt(html(choice.text))
      textElement(answer, 'feedback', html(choice.feedback))
    }
  }
  else if (question.kind === 'short-answer') {
    element.ele('usecase').txt('0')
    // Accepted answers are compared literally with what students type: plain text, not HTML.
    for (const accepted of question.accepted)
      textElement(element.ele('answer', { fraction: '100', format: 'moodle_auto_format' }).ele('text').txt(accepted).up(), 'feedback', '')
  }
  else {
    element.ele('responseformat').txt('editor')
    element.ele('responserequired').txt('1')
    element.ele('responsefieldlines').txt('30')
    element.ele('attachments').txt('0')
    element.ele('attachmentsrequired').txt('0')
    textElement(element, 'graderinfo', html(markingGuideText(question)))
    textElement(element, 'responsetemplate', '')
  }
  const tags = element.ele('tags')
  for (const id of question.cites)
    tags.ele('tag').ele('text').txt(id)
}

/** The whole bank as one Moodle XML file, questions in bank order. */
export function toMoodleXml(questions: readonly Question[]): string {
  const quiz = create({ version: '1.0', encoding: 'UTF-8' }).ele('quiz')
  for (const question of questions)
    addQuestion(quiz, question)
  return quiz.end({ prettyPrint: true })
}
