// The question bank in GIFT, the text format Moodle imports (Question bank → Import → GIFT).
// Each question opens with a comment carrying Moodle's `[id:…]` (its ID number) and the fact ids
// (comments are for the teacher: Moodle never shows them). Multiple choice: one "=" answer, "~"
// distractors, "#" feedback on each. Short answer: every accepted answer with "=", the explanation
// as general feedback ("####"), which every student sees. Essay: an empty answer block; its marking
// guide and marks need Moodle XML (GIFT has neither grader information nor a question's mark).
import type { Question } from '../../data/schema.ts'
import { choicesInOrder } from '../../data/assessment.ts'
import { generalFeedback, promptText } from './bank-text.ts'

/** GIFT's control characters (~ = # { } : and the backslash) with a backslash before each. */
const escapeControls = (text: string) => text.replace(/([~=#{}:\\])/g, '\\$1').replace(/\r?\n/g, ' ')

/**
 * Text Moodle shows (question text, a choice, feedback), safe for any content: marked `[html]`, so
 * a leading format tag or `%50%` (partial credit) of the author's own is read as text; `<`, `>` and
 * `&` as HTML entities, so raw markup cannot open a tag and `->` cannot make a matching question.
 */
export function escapeGift(text: string): string {
  return `[html]${escapeControls(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))}`
}

/**
 * An accepted short answer, compared literally with what students type: marked `[plain]` (a
 * leading `%50%` or format tag stays text). data/schema.ts refuses `<`, `>` and `&` in answers.
 */
export function escapeGiftAnswer(text: string): string {
  return `[plain]${escapeControls(text)}`
}

function giftQuestion(question: Question): string {
  const head = `// [id:${question.id}] facts: ${question.cites.join(', ')}\n::${question.id}::${escapeGift(promptText(question))}`
  switch (question.kind) {
    case 'multiple-choice':
      return `${head} {\n${choicesInOrder(question).map(choice =>
        `\t${choice.correct ? '=' : '~'}${escapeGift(choice.text)}#${escapeGift(choice.feedback)}`).join('\n')}\n}`
    case 'short-answer':
      return `${head} {\n${question.accepted.map(answer => `\t=${escapeGiftAnswer(answer)}`).join('\n')}\n\t####${escapeGift(generalFeedback(question))}\n}`
    case 'essay':
      return `// ${question.marks} marks and a marking guide: GIFT carries neither (question-bank.moodle.xml does)\n${head} {}`
  }
}

/** The whole bank as one GIFT file, questions in bank order, separated by blank lines. */
export function toGift(questions: readonly Question[]): string {
  return `${questions.map(giftQuestion).join('\n\n')}\n`
}
