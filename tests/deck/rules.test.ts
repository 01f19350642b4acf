// The one rule list (tools/rules/index.ts) over the real deck: no errors (they would stop the build)
// and no warnings (the build prints them; the tests fail on them). Each rule's own test shows it
// firing on a bad input.
import { describe, expect, it } from 'vitest'
import { findProblems, formatProblems, RULES } from '../../tools/rules/index.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

const deck = await loadDeck()

describe('every rule on the real deck', () => {
  it.each(RULES.map(rule => [rule.name, rule] as const))('%s finds nothing', (_name, rule) => {
    const problems = findProblems(deck, [rule])
    expect(problems.length ? formatProblems(problems) : '', `the ${rule.name} rule's problems`).toBe('')
  })

  it('lists a warning as a problem with its severity (negative control)', () => {
    const untimed = { ...deck, slides: deck.slides.map(slide => slide.no === 2 ? { ...slide, note: 'No hint here.' } : slide) }
    expect(findProblems(untimed).map(problem => `${problem.rule} ${problem.severity} ${problem.file} slide ${problem.slide?.no}`))
      .toEqual([`timing warning ${deck.slides[1]!.file} slide 2`])
  })
})
