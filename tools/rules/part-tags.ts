// Tags scoped to the part of a fact they cover (data/sources.ts `partTags`). The pack sometimes tags
// one detail, not the whole fact: SGP-11's single dog tag is [single report], the 55 cases are not.
// So the mark goes where the detail is used, and only there:
//   - a text that uses a single-report detail says "(single report)";
//   - a text that says "(single report)" uses such a detail of a fact it cites;
//   - a text that uses a weakly sourced detail cites a second fact (its own source is left out);
//   - a text that uses a detail whose translation varies says "translation varies".
// And a fact the pack tags [weakly sourced] as a whole (`tags`) is never a text's only support.
// Pure function: tests/deck/part-tags.test.ts feeds it the slides' lines and the data modules' texts.
import type { PartTag } from '../../data/schema.ts'
import type { DeckSlide } from '../shared/deck.ts'

/** A text a reader sees, with the facts cited beside it. */
export interface CitedText {
  /** where it is, for the message: "slide 12 (pages/04-singapore.md)" or "data/events.ts: remains-returned" */
  where: string
  text: string
  cites: readonly string[]
}

interface TaggedEntry {
  id: string
  tags?: readonly string[]
  partTags?: readonly PartTag[]
}

const SINGLE_REPORT_MARK = '(single report)'

/** The scoped tags of the cited facts whose detail the text uses. */
function partsUsed(text: string, cites: readonly string[], byId: ReadonlyMap<string, TaggedEntry>): { id: string, scoped: PartTag }[] {
  const lower = text.toLowerCase()
  return cites.flatMap(id => (byId.get(id)?.partTags ?? [])
    .filter(scoped => scoped.mentions.some(word => lower.includes(word.toLowerCase())))
    .map(scoped => ({ id, scoped })))
}

export function partTagProblems(texts: readonly CitedText[], entries: readonly TaggedEntry[]): string[] {
  const byId = new Map(entries.map(entry => [entry.id, entry]))
  const problems: string[] = []
  for (const { where, text, cites } of texts) {
    const used = partsUsed(text, cites, byId)
    const marked = text.toLowerCase().includes(SINGLE_REPORT_MARK)
    for (const { id, scoped } of used) {
      const detail = `${id}'s detail "${scoped.part}"`
      if (scoped.tag === 'single report' && !marked)
        problems.push(`${where}: uses ${detail}, which the pack tags [single report]; write "${SINGLE_REPORT_MARK}" beside it`)
      if (scoped.tag === 'weakly sourced' && new Set(cites).size < 2)
        problems.push(`${where}: uses ${detail}, which rests on a weak source left out of the bibliography; cite a second fact that supports it, or leave the detail out`)
      if (scoped.tag === 'translation varies' && !/translation varies/i.test(text))
        problems.push(`${where}: uses ${detail}, whose translation varies; say so beside it`)
    }
    const weakWhole = cites.filter(id => byId.get(id)?.tags?.includes('weakly sourced'))
    if (weakWhole.length > 0 && weakWhole.length === cites.length)
      problems.push(`${where}: cites only ${weakWhole.join(', ')}, which the pack tags [weakly sourced]; add a citation that supports the text on its own`)
    const singleReport = used.some(({ scoped }) => scoped.tag === 'single report')
      || cites.some(id => byId.get(id)?.tags?.includes('single report'))
    if (marked && !singleReport)
      problems.push(`${where}: says "${SINGLE_REPORT_MARK}", but uses no single-report detail of ${cites.join(', ') || 'a cited fact'}; remove the mark or cite the fact it belongs to`)
  }
  return problems
}

/** A slide's lines that cite facts with <Cite id="…" /> (from the deck model's components), with their file line. */
export function citedSlideLines(slide: Pick<DeckSlide, 'no' | 'file' | 'body' | 'bodyLine' | 'components'>): (CitedText & { line: number })[] {
  const lines = slide.body.split('\n')
  const citesByLine = new Map<number, string[]>()
  for (const use of slide.components) {
    const id = use.props.get('id')?.value
    if (use.name === 'Cite' && typeof id === 'string')
      citesByLine.set(use.line, [...citesByLine.get(use.line) ?? [], id])
  }
  return [...citesByLine].map(([line, cites]) => ({ where: `slide ${slide.no} (${slide.file}:${line})`, line, text: (lines[line - slide.bodyLine] ?? '').trim(), cites }))
}
