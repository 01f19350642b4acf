// Warhead figures in prose: the deck renders every comparison from data/warheads.ts, so a sentence
// that sets a buildable-era SIPRI range (10–20 … 40–50, through 2021) against an assembled-era figure
// ("about 50", "~50", "up to 90", from 2022) was retyped across the 2022 method break.
import type { Rule } from './problems.ts'

const BUILDABLE_RANGE = /\b(?:10|20|30|40)[–-](?:20|30|40|50)\b/
const ASSEMBLED_FIGURE = /(?:\babout|~)\s*(?:20|30|50)\b|\bup to 90\b/i
const WARHEAD_WORDS = /warhead|arsenal|SIPRI/i

/** Sentences that compare warhead figures across SIPRI's method break. */
export function crossMethodSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;!?])\s+/)
    .filter(sentence => WARHEAD_WORDS.test(sentence) && BUILDABLE_RANGE.test(sentence) && ASSEMBLED_FIGURE.test(sentence))
    // Naming both methods in the sentence (buildable … assembled) is the like-for-like wording.
    .filter(sentence => !(/buildable|could be built/i.test(sentence) && /assembled/i.test(sentence)))
}

/** Every slide or note sentence that compares warhead figures across the break. */
export const warheadWordingRule: Rule = {
  name: 'warhead wording',
  severity: 'warning',
  check: deck => deck.slides.flatMap(slide => crossMethodSentences(`${slide.content}\n${slide.note}`).map(sentence => ({
    file: slide.file,
    line: slide.bodyLine,
    slide: { no: slide.no, title: slide.title },
    problem: `"${sentence}" compares warhead figures across SIPRI's 2022 method break.`,
    fix: 'render the comparison with <WarheadChange> or <WarheadSeries> from data/warheads.ts.',
  }))),
}
