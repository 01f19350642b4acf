// The fact pack's tags on the slides: a fact tagged [weakly sourced] never supports a line alone,
// and the bibliography carries the tags the pack gives (the components render them: see
// tests/unit/source-tags.test.ts).
import { describe, expect, it } from 'vitest'
import { bibliography } from '../../data/sources'
import { weakCitedAlone } from '../../tools/rules/citations'
import { loadDeck } from '../../tools/shared/deck'

const { slides: deck } = await loadDeck()
const tagged = (tag: string) => new Set(bibliography.filter(entry => entry.tags?.includes(tag as never)).map(entry => entry.id))
const weak = tagged('weakly sourced')

describe('the pack\'s tags on the slides', () => {
  it('carries the pack\'s tags on the facts the deck cites', () => {
    // single-report and weak tags cover one detail each (partTags, tests/deck/part-tags.test.ts)
    expect([...tagged('single report')].sort()).toEqual([])
    expect([...tagged('translation varies')].sort()).toEqual(['T2-07', 'T2-13'])
    expect([...weak]).toEqual([])
  })

  it('never cites a weakly sourced fact alone on a slide', () => {
    const found = deck.flatMap(slide => weakCitedAlone(slide.content, id => weak.has(id)).map(line => `slide ${slide.no} (${slide.file}): ${line.trim()}`))
    expect(found, 'add a citation that supports the line on its own').toEqual([])
  })

  it('flags a line that cites only a weak fact (negative control)', () => {
    expect(weakCitedAlone('- Beijing, no Kim meeting <Cite id="T2-14" />\n- With support <Cite id="T2-14" /> <Cite id="T2-23" />', id => id === 'T2-14'))
      .toEqual(['- Beijing, no Kim meeting <Cite id="T2-14" />'])
  })
})
