// @vitest-environment node
// `npm run words` (tools/words/count.ts): what a projected word is, which slides are exempt from the
// 90-word limit, and the summary it prints; each with a negative control.
import type { ComponentUse } from '../../../tools/shared/components.ts'
import type { SlideWords } from '../../../tools/words/count.ts'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../../tools/shared/deck.ts'
import { countWords, exemptReason, formatReport, summarize } from '../../../tools/words/count.ts'

const use = (name: string): ComponentUse => ({ name, tag: `<${name} />`, props: new Map(), line: 1 })
const slide = (content: string, components: ComponentUse[] = [], { no = 5, isChapter = false } = {}) => ({ no, isChapter, content, components })

describe('countWords', () => {
  it('counts runs with a letter or digit, citation labels as one word each, and no bare punctuation', () => {
    expect(countWords('A first: no sitting US president [SGP-01] — 9 a.m.')).toBe(9)
    expect(countWords('  —  |  · ')).toBe(0)
  })
})

describe('exemptReason', () => {
  it('exempts the Sources pages, the glossary and table slides', () => {
    expect(exemptReason(slide('# Sources, page 1\n\n<SourcesList :page="1" />', [use('SourcesList')]))).toBe('sources')
    expect(exemptReason(slide('# Glossary\n\n<GlossaryList :page="1" />', [use('GlossaryList')]))).toBe('glossary')
    expect(exemptReason(slide('# Side by side\n\n<SummitComparison :step="$clicks" />', [use('SummitComparison')]))).toBe('table (SummitComparison)')
  })

  it('exempts a divider without prose, but not a divider with a sentence or a prose slide (negative controls)', () => {
    expect(exemptReason(slide('# Escalation\n\n<!-- notes -->', [], { isChapter: true }))).toBe('chapter divider')
    expect(exemptReason(slide('# Escalation\n\nThreats of force came in public <Cite id="ESC-04" />.', [use('Cite')], { isChapter: true }))).toBeUndefined()
    expect(exemptReason(slide('# A point\n\n- a quotation <QuoteCard id="SGP-05" />', [use('QuoteCard'), use('Cite')]))).toBeUndefined()
  })

  it('finds every exemption in the real deck from the model, and leaves most slides to be counted', async () => {
    const { slides } = await loadDeck()
    const reasons = slides.map(exemptReason)
    expect(reasons.filter(reason => reason === 'sources').length).toBeGreaterThan(10)
    expect(reasons.filter(reason => reason === 'glossary').length).toBeGreaterThan(1)
    expect(reasons.filter(reason => reason === undefined).length).toBeGreaterThan(slides.length / 2)
  })
})

describe('summarize and formatReport', () => {
  const slides: SlideWords[] = [
    { no: 1, file: 'a.md', title: 'One', words: 40 },
    { no: 2, file: 'a.md', title: 'Two', words: 120 },
    { no: 3, file: 'a.md', title: 'Three', words: 95 },
    { no: 4, file: 'b.md', title: 'Sources', words: 300, exempt: 'sources' },
  ]

  it('gives the median, the densest and the slides over the limit, over content slides only', () => {
    const summary = summarize(slides)
    expect(summary.median).toBe(95)
    expect(summary.densest.map(slide => slide.no)).toEqual([2, 3, 1])
    expect(summary.overLimit.map(slide => slide.no)).toEqual([2, 3])
    expect(summarize(slides.slice(0, 2)).median).toBe(80)
    // negative control: counting the exempt Sources page would change both
    expect(summarize(slides.map(slide => ({ ...slide, exempt: undefined }))).median).not.toBe(95)
  })

  it('prints a line per slide and the summary', () => {
    const report = formatReport(slides)
    expect(report).toMatch(/^\s+2\s+a\.md\s+120\s+OVER 90\s+Two$/m)
    expect(report).toMatch(/^\s+4\s+b\.md\s+300\s+exempt: sources\s+Sources$/m)
    expect(report).toContain('3 content slides (1 exempt): median 95 projected words; 2 over 90')
    expect(report).toContain('five densest: 2 (120), 3 (95), 1 (40)')
  })
})
