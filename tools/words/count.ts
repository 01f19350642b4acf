// The pure part of `npm run words` (tools/words/measure.ts): what counts as a projected word, which
// slides are exempt from the density limit (issue 24: "Tables, the glossary and the Sources pages are
// exempt"), and the summary the command prints. Decided from the deck model, never from slide numbers.
import type { DeckSlide } from '../shared/deck.ts'

/** About this many projected words of prose is the most a content slide should carry (issue 24). */
const WORD_LIMIT = 90

/** Components whose content is a table: a slide built around one is exempt. */
const TABLE_COMPONENTS = new Set(['SummitComparison', 'DebateBoard', 'WarheadSeries'])

/** A word is a run of non-space characters holding a letter or digit: "[SGP-04]" is one, "—" none. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(token => /[\p{L}\p{N}]/u.test(token)).length
}

/** The slide's Markdown without its title, HTML comments and component tags: what is left is prose. */
function proseOf(content: string): string {
  return content
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^#{1,6}\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
}

/** Why a slide is exempt from the limit, or undefined when it is a content slide. */
export function exemptReason(slide: Pick<DeckSlide, 'no' | 'isChapter' | 'content' | 'components'>): string | undefined {
  const names = new Set(slide.components.map(use => use.name))
  if (names.has('SourcesList'))
    return 'sources'
  if (names.has('GlossaryList'))
    return 'glossary'
  const table = [...names].find(name => TABLE_COMPONENTS.has(name))
  if (table)
    return `table (${table})`
  if (slide.isChapter && countWords(proseOf(slide.content)) === 0)
    return slide.no === 1 ? 'cover' : 'chapter divider'
  return undefined
}

export interface SlideWords {
  no: number
  file: string
  title: string
  words: number
  exempt?: string
}

export interface WordSummary {
  /** Non-exempt slides only */
  counted: number
  median: number
  densest: SlideWords[]
  overLimit: SlideWords[]
}

/** Median, the five densest and the slides over the limit, over the non-exempt slides. */
export function summarize(slides: readonly SlideWords[], limit = WORD_LIMIT): WordSummary {
  const counted = slides.filter(slide => !slide.exempt)
  const sorted = counted.map(slide => slide.words).sort((a, b) => a - b)
  const middle = sorted.length / 2
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {
    counted: counted.length,
    median,
    densest: [...counted].sort((a, b) => b.words - a.words || a.no - b.no).slice(0, 5),
    overLimit: counted.filter(slide => slide.words > limit),
  }
}

/** The table the command prints: one line per slide, then the summary. */
export function formatReport(slides: readonly SlideWords[], limit = WORD_LIMIT): string {
  const { counted, median, densest, overLimit } = summarize(slides, limit)
  const lines = slides.map(slide => [String(slide.no).padStart(3), slide.file.padEnd(28), String(slide.words).padStart(5), (slide.exempt ? `exempt: ${slide.exempt}` : (slide.words > limit ? `OVER ${limit}` : '')).padEnd(26), slide.title].join('  '))
  return [
    ` no  ${'file'.padEnd(28)}  words  ${'exempt / over'.padEnd(26)}  title`,
    ...lines,
    '',
    `${counted} content slides (${slides.length - counted} exempt): median ${median} projected words; ${overLimit.length} over ${limit}`,
    `five densest: ${densest.map(slide => `${slide.no} (${slide.words})`).join(', ')}`,
  ].join('\n')
}
