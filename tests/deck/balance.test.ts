import type { BalanceFigures } from '../../tools/rules/balance.ts'
// Critics and supporters get equal room: words and points per side on the debate board (data/debate.ts)
// and in chapter 8's side blocks (`<div data-side="…">`), each within 15% of the other. The figures are
// printed so a reviewer sees them, not only a pass.
import { describe, expect, it } from 'vitest'
import { debatePairs } from '../../data/debate.ts'
import { quoteById } from '../../data/quotes.ts'
import { administrationAttributions, attributionProblems, labelConflicts, labelsPerSide } from '../../tools/rules/balance-attribution.ts'
import { BALANCE_TOLERANCE, balanceProblems, debateSides, markedSides, measureBalance } from '../../tools/rules/balance.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

const { slides: deck } = await loadDeck()
const quoteText = (id: string) => quoteById(id).text

function report(where: string, figures: BalanceFigures): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`
  console.log(`${where}: critics ${figures.critic.words} words / ${figures.critic.points} points; supporters ${figures.supporter.words} words / ${figures.supporter.points} points; gaps ${percent(figures.wordGap)} words, ${percent(figures.pointGap)} points (allowed ${percent(BALANCE_TOLERANCE)})`)
}

describe('balance between critics and supporters', () => {
  it('keeps the debate board within 15% per side, in words and points', () => {
    const figures = measureBalance(debateSides(debatePairs))
    report('Debate board', figures)
    console.log(`Debate board labels: critics ${JSON.stringify(labelsPerSide(debatePairs).critic)}; supporters ${JSON.stringify(labelsPerSide(debatePairs).supporter)}`)
    expect(balanceProblems('debate board', figures)).toEqual([])
    expect(labelConflicts(debatePairs)).toEqual([])
    // negative control: Cato's commentary as opinion in one pair and analysis in another
    const relabelled = debatePairs.map((pair, i) => (i === 0 ? { ...pair, supporter: { ...pair.supporter, kind: 'analysis' as const, cites: ['DEB-09'] } } : pair))
    expect(labelConflicts(relabelled)).toEqual(['DEB-09 is labelled analysis and opinion on the debate board; label the same piece the same way'])
  })

  it('says in whose term outcomes fell for both sides or neither (board, chapter 8, the record slide)', () => {
    const sides = {
      'Debate board': debateSides(debatePairs),
      'Chapter 8': markedSides(deck.filter(slide => slide.file === 'pages/08-praise.md').map(slide => slide.content), quoteText),
      'The record slide (chapter 9)': markedSides(deck.filter(slide => slide.file === 'pages/09-debate.md').map(slide => slide.content), quoteText),
    }
    for (const [where, points] of Object.entries(sides)) {
      const counts = administrationAttributions(points)
      console.log(`${where}: administration attributed on ${counts.critic} critic point(s), ${counts.supporter} supporter point(s)`)
      expect(attributionProblems(where, counts)).toEqual([])
    }
    // negative control: the old one-sided footnote, on the critics' side only
    const oneSided = administrationAttributions({ critic: ['The 2021–24 outcomes came under another administration'], supporter: ['No nuclear test since 2017'] })
    expect(attributionProblems('record', oneSided)).toEqual(['record: says in whose term the critics\' outcomes fell (1), but not the supporters\'; say it for both columns or neither'])
  })

  it('keeps chapter 8 within 15% per side, and gives each side some room', () => {
    const chapter = deck.filter(slide => slide.chapter.id === 'praise').map(slide => slide.content)
    const figures = measureBalance(markedSides(chapter, quoteText))
    report('Chapter 8', figures)
    expect(figures.supporter.points, 'chapter 8 has no supporters\' block').toBeGreaterThan(0)
    expect(figures.critic.points, 'chapter 8 has no critics\' block').toBeGreaterThan(0)
    expect(balanceProblems('chapter 8', figures)).toEqual([])
  })

  it('fails a deliberately unbalanced board and chapter (negative controls)', () => {
    const tilted = debatePairs.map(pair => ({ ...pair, supporter: { ...pair.supporter, evidence: 'Too short.' } }))
    expect(balanceProblems('board', measureBalance(debateSides(tilted)))[0]).toMatch(/^board: critics \d+ words, supporters \d+ \(gap \d+%, allowed 15%\)$/)

    const oneSided = [
      '<div data-side="critic">\n\n- One critic point with words\n- Another critic point\n\n<QuoteCard id="HR-01" />\n\n</div>',
      '<div data-side="supporter">\n\n- A lone supporter point\n\n</div>',
    ]
    const figures = measureBalance(markedSides(oneSided, quoteText))
    expect(figures.critic.points).toBe(3)
    expect(figures.supporter.points).toBe(1)
    expect(balanceProblems('chapter', figures)).toHaveLength(2)
  })
})
