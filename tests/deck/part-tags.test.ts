import type { CitedText } from '../../tools/rules/part-tags.ts'
// The pack's tags as the bibliography carries them (the components render them:
// tests/unit/source-tags.test.ts), and on the texts: "(single report)" beside the single-reported
// detail and nowhere else, a weakly sourced fact or detail only with a second citation. Slides and
// data texts alike.
import { describe, expect, it } from 'vitest'
import { debatePairs } from '../../data/debate.ts'
import { events } from '../../data/events.ts'
import { glossary } from '../../data/glossary.ts'
import { places } from '../../data/places.ts'
import { bibliography } from '../../data/sources.ts'
import { summitRows } from '../../data/summits.ts'
import { citedSlideLines, partTagProblems } from '../../tools/rules/part-tags.ts'
import { readComponents } from '../../tools/shared/components.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

const { slides } = await loadDeck()

const dataTexts: CitedText[] = [
  ...events.map(event => ({ where: `data/events.ts: ${event.id}`, text: event.label, cites: [event.factId] })),
  ...places.map(place => ({ where: `data/places.ts: ${place.id}`, text: place.what, cites: [place.factId] })),
  ...summitRows.flatMap(row => (['singapore', 'hanoi'] as const).map(side => ({ where: `data/summits.ts: ${row.label} (${side})`, ...row[side] }))),
  ...debatePairs.flatMap(pair => (['critic', 'supporter'] as const).map(side => ({ where: `data/debate.ts: ${pair.topic} (${side})`, text: `${pair[side].claim} ${pair[side].evidence}`, cites: pair[side].cites }))),
  ...glossary.map(term => ({ where: `data/glossary.ts: ${term.id}`, text: term.definition, cites: term.cites })),
]

describe('tags scoped to the detail they cover', () => {
  it('scopes the pack\'s detail tags: SGP-11\'s dog tag and AFT-09\'s Kirby statement, not the whole facts', () => {
    const scoped = bibliography.flatMap(entry => (entry.partTags ?? []).map(tag => `${entry.id} ${tag.tag}`))
    expect(scoped).toEqual(expect.arrayContaining(['SGP-11 single report', 'AFT-09 single report', 'DEB-04 single report', 'T2-14 weakly sourced', 'AFT-11 weakly sourced', 'NUM-02 weakly sourced', 'NUM-06 weakly sourced']))
    const wholeTagged = (tag: NonNullable<typeof bibliography[number]['tags']>[number]) => bibliography.filter(entry => entry.tags?.includes(tag)).map(entry => entry.id)
    expect(wholeTagged('single report')).toEqual([])
    expect(wholeTagged('weakly sourced')).toEqual([])
    expect(wholeTagged('translation varies')).toEqual(['T2-07', 'T2-13'])
  })

  it('marks each scoped detail where the slides and the data use it, and nowhere else', () => {
    const slideTexts = slides.flatMap(slide => citedSlideLines(slide))
    expect(partTagProblems([...slideTexts, ...dataTexts], bibliography)).toEqual([])
  })

  it('shows "(single report)" on the dog-tag line only', () => {
    const singapore = slides.filter(slide => slide.file === 'pages/04-singapore.md').flatMap(slide => citedSlideLines(slide))
    expect(singapore.filter(line => line.cites.includes('SGP-11')).map(line => line.text.includes('(single report)')))
      .toEqual([false, false, true])
  })

  it('fails an unmarked detail, a misplaced mark, a weak detail or a wholly weak fact cited alone (negative controls)', () => {
    const check = (text: string) => partTagProblems(citedSlideLines({ no: 1, file: 'x.md', body: text, bodyLine: 1, components: readComponents(text, 1) }), bibliography)
    expect(check('- North Korea supplied just one dog tag <Cite id="SGP-11" />'))
      .toEqual(['slide 1 (x.md:1): uses SGP-11\'s detail "one dog tag", which the pack tags [single report]; write "(single report)" beside it'])
    expect(check('- 55 cases of remains (single report) <Cite id="SGP-11" />')[0]).toMatch(/says "\(single report\)", but uses no single-report detail of SGP-11/)
    expect(check('- Trump in Beijing: no Kim contact <Cite id="T2-14" />')[0]).toMatch(/uses T2-14's detail .*weak source.*cite a second fact/)
    expect(check('- Trump in Beijing: no meeting with Kim <Cite id="T2-14" /> <Cite id="T2-23" />')).toEqual([])
    expect(check('- Kirby: the Feb. 27 launch tested a new ICBM system <Cite id="AFT-09" />')).toHaveLength(1)
    const wholeWeak = [{ id: 'T2-20', tags: ['weakly sourced'] }]
    expect(partTagProblems([{ where: 'alone', text: 'Xi visited', cites: ['T2-20'] }, { where: 'with support', text: 'Xi visited', cites: ['T2-20', 'T2-17'] }], wholeWeak))
      .toEqual(['alone: cites only T2-20, which the pack tags [weakly sourced]; add a citation that supports the text on its own'])
  })
})
