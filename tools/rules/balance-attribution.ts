// Two more balance figures, per side, wherever the deck sets critics and supporters side by side:
//   - in whose term (which administration) an outcome fell: said for both sides' outcomes or for
//     neither, never only for one side's (a fact that spans terms cuts both ways);
//   - the labels (opinion, analysis, report) each side's arguments carry on the debate board.
// Pure functions: tests/deck/balance.test.ts feeds them the board's data and the side blocks.
import type { Side, SidePoints } from './balance.ts'

/** Words that tie an outcome to a term or an administration. */
const ATTRIBUTION = /\b(?:administration|Biden|out of office|in office|(?:first|second) term|in whose term)\b/i

export type SideCounts = Record<Side, number>

/** Points on each side that say in whose term (or under which administration) something happened. */
export function administrationAttributions(sides: SidePoints): SideCounts {
  const count = (points: readonly string[]) => points.filter(point => ATTRIBUTION.test(point)).length
  return { critic: count(sides.critic), supporter: count(sides.supporter) }
}

/** One line when only one side's outcomes are attributed to an administration. */
export function attributionProblems(where: string, counts: SideCounts): string[] {
  if ((counts.critic === 0) === (counts.supporter === 0))
    return []
  const [said, unsaid] = counts.critic > 0 ? ['critics', 'supporters'] : ['supporters', 'critics']
  return [`${where}: says in whose term the ${said}' outcomes fell (${Math.max(counts.critic, counts.supporter)}), but not the ${unsaid}'; say it for both columns or neither`]
}

/** How many arguments on each side carry each label, e.g. { critic: { analysis: 2, opinion: 3, report: 1 }, … }. */
export function labelsPerSide(pairs: ReadonlyArray<Record<Side, { kind: string }>>): Record<Side, Record<string, number>> {
  const tally = (side: Side) => {
    const counts: Record<string, number> = {}
    for (const pair of pairs)
      counts[pair[side].kind] = (counts[pair[side].kind] ?? 0) + 1
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
  }
  return { critic: tally('critic'), supporter: tally('supporter') }
}

/**
 * The same piece labelled two ways: an argument's label follows the commentary it rests on (its
 * first DEB citation), so two arguments resting on the same piece carry the same label.
 */
export function labelConflicts(pairs: ReadonlyArray<Record<Side, { kind: string, cites: readonly string[] }>>): string[] {
  const kinds = new Map<string, Set<string>>()
  for (const pair of pairs) {
    for (const side of ['critic', 'supporter'] as const) {
      const piece = pair[side].cites.find(id => id.startsWith('DEB-'))
      if (piece)
        kinds.set(piece, (kinds.get(piece) ?? new Set()).add(pair[side].kind))
    }
  }
  return [...kinds].filter(([, labels]) => labels.size > 1).map(([piece, labels]) => `${piece} is labelled ${[...labels].sort().join(' and ')} on the debate board; label the same piece the same way`)
}
