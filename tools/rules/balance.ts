// Balance between critics and supporters, measured the same way wherever the deck sets them side by
// side: words and points (arguments, bullets, quotations) per side. Pure functions: the deck test
// (tests/deck/balance.test.ts) feeds them the debate board's data and chapter 8's side blocks.

export type Side = 'critic' | 'supporter'

/** One side's material: each entry is one point (an argument, a bullet, a quotation) as plain text. */
export type SidePoints = Record<Side, readonly string[]>

interface SideFigures {
  words: number
  points: number
}

export interface BalanceFigures {
  critic: SideFigures
  supporter: SideFigures
  /** |critic − supporter| / the larger, for words and for points (0 = equal). */
  wordGap: number
  pointGap: number
}

/** The deck's tolerance: each side within 15% of the other. */
export const BALANCE_TOLERANCE = 0.15

/** Words as a reader counts them: runs of text holding a letter or digit. */
function countWords(text: string): number {
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length
}

const gap = (a: number, b: number) => (Math.max(a, b) === 0 ? 0 : Math.abs(a - b) / Math.max(a, b))

export function measureBalance(sides: SidePoints): BalanceFigures {
  const figures = (points: readonly string[]): SideFigures => ({
    words: points.reduce((sum, point) => sum + countWords(point), 0),
    points: points.length,
  })
  const [critic, supporter] = [figures(sides.critic), figures(sides.supporter)]
  return { critic, supporter, wordGap: gap(critic.words, supporter.words), pointGap: gap(critic.points, supporter.points) }
}

/** What is out of balance, one line each; empty when both gaps are within the tolerance. */
export function balanceProblems(where: string, figures: BalanceFigures, tolerance = BALANCE_TOLERANCE): string[] {
  const percent = (value: number) => `${Math.round(value * 100)}%`
  const problems: string[] = []
  if (figures.wordGap > tolerance)
    problems.push(`${where}: critics ${figures.critic.words} words, supporters ${figures.supporter.words} (gap ${percent(figures.wordGap)}, allowed ${percent(tolerance)})`)
  if (figures.pointGap > tolerance)
    problems.push(`${where}: critics ${figures.critic.points} points, supporters ${figures.supporter.points} (gap ${percent(figures.pointGap)}, allowed ${percent(tolerance)})`)
  return problems
}

/** The debate board's arguments: each side's claim and evidence is one point. */
export function debateSides(pairs: ReadonlyArray<Record<Side, { claim: string, evidence: string }>>): SidePoints {
  const side = (key: Side) => pairs.map(pair => `${pair[key].claim} ${pair[key].evidence}`)
  return { critic: side('critic'), supporter: side('supporter') }
}

/** Markdown with inline HTML to the words a student reads (components and tags dropped). */
function readable(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The side blocks of slide sources (`<div data-side="critic">…</div>`): each list item is one point,
 * each `<QuoteCard id>` one point with its quotation's text (looked up with `quoteText`).
 */
export function markedSides(contents: readonly string[], quoteText: (id: string) => string): SidePoints {
  const sides: Record<Side, string[]> = { critic: [], supporter: [] }
  for (const content of contents) {
    for (const [, side, block] of content.matchAll(/<div data-side="(critic|supporter)">([\s\S]*?)<\/div>/g)) {
      const points = sides[side as Side]
      for (const [, item] of block!.matchAll(/^\s*(?:[-*]|\d+\.)\s+(.+)$/gm))
        points.push(readable(item!))
      for (const [, id] of block!.matchAll(/<QuoteCard\s+id="([^"]+)"/g))
        points.push(quoteText(id!))
    }
  }
  return sides
}
