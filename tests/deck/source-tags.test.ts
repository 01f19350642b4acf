// The fact pack's tags on the slides: a fact tagged [weakly sourced] never supports a line alone,
// and the bibliography carries the tags the pack gives (the components render them: see
// tests/unit/source-tags.test.ts).
import { describe, expect, it } from 'vitest'
import { bibliography } from '../../data/sources'
import { weakCitedAlone } from '../../tools/rules/citations'
import { readComponents } from '../../tools/shared/components'
const tagged = (tag: string) => new Set(bibliography.filter(entry => entry.tags?.includes(tag as never)).map(entry => entry.id))
const weak = tagged('weakly sourced')

describe('the pack\'s tags on the slides', () => {
  it('carries the pack\'s tags on the facts the deck cites', () => {
    // single-report and weak tags cover one detail each (partTags, tests/deck/part-tags.test.ts)
    expect([...tagged('single report')].sort()).toEqual([])
    expect([...tagged('translation varies')].sort()).toEqual(['T2-07', 'T2-13'])
    expect([...weak]).toEqual([])
  })

  // That no slide cites a weakly sourced fact alone is a rule of tools/rules/ (tests/deck/rules.test.ts runs them all on the deck).
  it('flags a line that cites only a weak fact (negative control)', () => {
    const components = readComponents('- Beijing, no Kim meeting <Cite id="T2-14" />\n- With support <Cite id="T2-14" /> <Cite id="T2-23" />', 5)
    expect(weakCitedAlone({ no: 3, title: 'A slide', file: 'pages/x.md', components }, id => id === 'T2-14').map(problem => `${problem.line}: ${problem.problem}`))
      .toEqual(['5: the line cites only T2-14, which the fact pack tags [weakly sourced].'])
  })
})
