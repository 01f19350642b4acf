// What every format of the question bank (GIFT, Moodle XML, QTI, the cartridge) says, written once:
// the prompt students read, the general feedback students may see after submitting, and the
// marking guide, which goes only where teachers look (Moodle's grader information, the key).
import type { EssayPrompt, Question } from '../../data/schema.ts'

/** The question as students read it: the essay adds its expected length. */
export function promptText(question: Question): string {
  return question.kind === 'essay' ? `${question.stem} (About ${question.words.toLocaleString('en-US')} words.)` : question.stem
}

/**
 * Feedback every student sees after submitting, right or wrong: a short answer's explanation.
 * Multiple choice explains itself choice by choice; the essay's guide is for the marker only.
 */
export function generalFeedback(question: Question): string {
  return question.kind === 'short-answer' ? question.explanation : ''
}

/** The essay's marking guide as one paragraph, for graders only. */
export function markingGuideText(essay: EssayPrompt): string {
  return `Marking guide (${essay.marks} marks): ${essay.criteria.map(c => `${c.criterion} (${c.marks}): ${c.lookFor}`).join(' ')}`
}
