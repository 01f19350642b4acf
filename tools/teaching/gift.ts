// The question bank in GIFT, the text format Moodle imports (Question bank → Import → GIFT).
// Multiple choice: one "=" answer, "~" distractors, "#" feedback on each. Short answer: every
// accepted answer with "=". Essay: an empty answer block, the marking guide as general feedback.
import type { Question } from '../../data/schema'
import { choicesInOrder } from '../../data/assessment'

/** Escapes GIFT's control characters (~ = # { } :) and keeps each question on its lines. */
export function escapeGift(text: string): string {
  return text.replace(/([~=#{}:\\])/g, '\\$1').replace(/\n/g, ' ')
}

function giftQuestion(question: Question): string {
  const head = `// ${question.id} · facts: ${question.cites.join(', ')}\n::${question.id}::${escapeGift(question.stem)}`
  switch (question.kind) {
    case 'multiple-choice':
      return `${head} {\n${choicesInOrder(question).map(choice =>
        `\t${choice.correct ? '=' : '~'}${escapeGift(choice.text)}#${escapeGift(choice.feedback)}`).join('\n')}\n}`
    case 'short-answer':
      return `${head} {\n${question.accepted.map(answer => `\t=${escapeGift(answer)}#${escapeGift(question.explanation)}`).join('\n')}\n}`
    case 'essay':
      return `${head} {\n\t####${escapeGift(`Marking guide: ${question.criteria.map(c => `${c.criterion} (${c.marks}): ${c.lookFor}`).join(' ')}`)}\n}`
  }
}

/** The whole bank as one GIFT file, questions in bank order, separated by blank lines. */
export function toGift(questions: readonly Question[]): string {
  return `${questions.map(giftQuestion).join('\n\n')}\n`
}
