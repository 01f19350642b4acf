// @vitest-environment node
// The rules of the build (tools/rules/) on small made-up decks: each rule fires on a bad input and
// stays quiet on a good one, and the real deck passes them all.
import type { DeckSlide, SourceBlock } from '../../tools/shared/deck.ts'
import { describe, expect, it } from 'vitest'
import { DEBATE_STEPS } from '../../data/debate.ts'
import { SOURCE_PAGES } from '../../data/sources.ts'
import { SUMMIT_STEPS } from '../../data/summits.ts'
import { checkComponents } from '../../tools/rules/components.ts'
import { checkFrontmatter } from '../../tools/rules/frontmatter.ts'
import { checkImports } from '../../tools/rules/imports.ts'
import { findProblems, formatProblems } from '../../tools/rules/index.ts'
import { literal, readComponents, RUNTIME } from '../../tools/shared/components.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

function slide(body: string, frontmatter: Record<string, unknown> = {}): DeckSlide {
  return { no: 7, title: 'A slide', file: 'pages/x.md', line: 8, frontmatter, content: body, body, bodyLine: 10, note: '', components: readComponents(body, 10), chapter: { id: 'x', no: 1 }, isChapter: false }
}

/** The problem texts the component rules find on one slide. */
function componentProblems(body: string, frontmatter?: Record<string, unknown>) {
  return checkComponents([slide(body, frontmatter)]).map(problem => `${problem.line}: ${problem.problem} | ${problem.fix}`)
}

function block(frontmatterRaw: string, frontmatter: unknown, extra: Partial<SourceBlock> = {}): SourceBlock {
  return { file: 'pages/x.md', headmatter: false, frontmatterRaw, frontmatterLine: 2, frontmatter, yamlErrors: [], slide: { no: 3, title: 'A slide' }, ...extra }
}

const LAYOUTS = ['cover', 'default', 'section']
function frontmatterProblems(...blocks: SourceBlock[]) {
  return checkFrontmatter({ blocks, layouts: LAYOUTS }).map(problem => `${problem.line}: ${problem.problem} | ${problem.fix}`)
}

describe('<PlaceMap>', () => {
  it('fails an unknown place id, naming it, the ids it knows and the closest one', () => {
    expect(componentProblems(`<PlaceMap view="peninsula" :highlight="['sohae', 'yongbyn']" />`)).toEqual([
      '10: <PlaceMap view="peninsula" :highlight="[\'sohae\', \'yongbyn\']" />: highlights "yongbyn", which is not a place of view "peninsula" in data/places.ts, so the map would be missing from the slide. | did you mean "yongbyon"? use one of pyongyang, seoul, panmunjom, yongbyon, punggye-ri, sohae, russia-border, wonsan, or add the place to data/places.ts.',
    ])
  })

  it('fails an unknown flight id, or a flight of another view', () => {
    expect(componentProblems(`<PlaceMap view="japan" :flights="['hwasong-12-2017-08-30']" />`)).toEqual([
      '10: <PlaceMap view="japan" :flights="[\'hwasong-12-2017-08-30\']" />: draws "hwasong-12-2017-08-30", which is not a flight of view "japan" in data/flights.ts, so the map would be missing from the slide. | did you mean "hwasong-12-2017-08-29"? use one of hwasong-12-2017-08-29, hwasong-12-2017-09-15, or add the flight to data/flights.ts.',
    ])
    expect(componentProblems(`<PlaceMap view="region" :flights="['hwasong-12-2017-08-29']" />`)).toEqual([expect.stringContaining('not a flight of view "region"')])
  })

  it('fails an unknown view and a map with nothing to show, and passes good maps', () => {
    expect(componentProblems(`<PlaceMap view="world" :highlight="['sohae']" />\n<PlaceMap view="region" :highlight="[]" />\n<PlaceMap view="japan" />`)).toEqual([
      '10: <PlaceMap view="world" :highlight="[\'sohae\']" />: "world" is not a map view. | use view="peninsula" or view="region" or view="japan".',
      '11: <PlaceMap view="region" :highlight="[]" />: nothing to show. | write :highlight="[\'place-id\', …]" with the places the slide is about, or :flights="[\'flight-id\', …]".',
      '12: <PlaceMap view="japan" />: nothing to show. | write :highlight="[\'place-id\', …]" with the places the slide is about, or :flights="[\'flight-id\', …]".',
    ])
    expect(componentProblems(`<PlaceMap view="region" :highlight="['singapore', 'hanoi']" />`)).toEqual([])
    expect(componentProblems(`<PlaceMap view="japan" :flights="['hwasong-12-2017-08-29', 'hwasong-12-2017-09-15']" />`)).toEqual([])
  })
})

describe('reading components on a slide', () => {
  it('finds tags with their props and lines, not in speaker notes or code', () => {
    const uses = readComponents('# T\n\ntext <Cite id="A-01" />\n```\n<Cite id="CODE" />\n```\n<DebateBoard :step="$clicks" :from="2" />\n<!--\n<Cite id="NOTE" />\n-->', 10)
    expect(uses.map(use => [use.name, use.line])).toEqual([['Cite', 12], ['DebateBoard', 16]])
    expect(uses[0]!.props.get('id')).toEqual({ raw: 'A-01', bound: false, value: 'A-01' })
    expect(uses[1]!.props.get('from')!.value).toBe(2)
    expect(uses[1]!.props.get('step')!.value).toBe(RUNTIME)
  })

  it('reads literal bound values and leaves expressions to run time', () => {
    expect(literal('3')).toBe(3)
    expect(literal('\'SGP-03\'')).toBe('SGP-03')
    expect(literal('[\'A\', \'B\']')).toEqual(['A', 'B'])
    expect(literal('$clicks')).toBe(RUNTIME)
    expect(literal('`X-${n}`')).toBe(RUNTIME)
  })
})

describe('component rules', () => {
  it('Cite and CiteList: only fact ids from data/sources.ts, with a suggestion for a near miss', () => {
    expect(componentProblems('<Cite id="SGP-03" /> <CiteList :ids="[\'SGP-03\', \'SGP-04\']" />')).toEqual([])
    expect(componentProblems('<Cite id="SGP-3" />')).toEqual([expect.stringMatching(/^10: <Cite id="SGP-3" \/>: "SGP-3" is not a fact id .*\| did you mean "SGP-0\d"\?/)])
    expect(componentProblems('<CiteList :ids="[\'SGP-03\', \'NOPE-01\']" />')).toEqual([expect.stringContaining('"NOPE-01" is not a fact id')])
    expect(componentProblems('<Cite />')).toEqual([expect.stringContaining('the "id" prop is missing')])
  })

  it('QuoteCard: only quote ids from data/quotes.ts', () => {
    expect(componentProblems('<QuoteCard id="SGP-03-b" />')).toEqual([])
    expect(componentProblems('<QuoteCard id="SGP-03-z" />')).toEqual([expect.stringContaining('"SGP-03-z" is not a quotation in data/quotes.ts')])
  })

  it('Timeline: real dates, from ≤ to, events in range, known highlights', () => {
    expect(componentProblems('<Timeline from="2017-01-01" to="2018-03-07" />')).toEqual([])
    expect(componentProblems('<Timeline from="2018-02-30" />')).toEqual([expect.stringContaining('from="2018-02-30" is not a real date')])
    expect(componentProblems('<Timeline from="2018-03-07" to="2017-01-01" />')).toEqual([expect.stringContaining('"from" (2018-03-07) is after "to" (2017-01-01)')])
    expect(componentProblems('<Timeline from="1990-01-01" to="1990-12-31" />')).toEqual([expect.stringContaining('no event between 1990-01-01 and 1990-12-31')])
    expect(componentProblems('<Timeline :highlight="[\'singapore-summit\', \'no-such-event\']" />')).toEqual([expect.stringContaining('"no-such-event", which is not an event id')])
  })

  it('SummitComparison and DebateBoard: the slide declares one click per revealed row', () => {
    expect(componentProblems('<SummitComparison :step="$clicks" />', { clicks: SUMMIT_STEPS })).toEqual([])
    expect(componentProblems('<SummitComparison :step="$clicks" />', { clicks: SUMMIT_STEPS - 1 })).toEqual([expect.stringContaining(`set clicks: ${SUMMIT_STEPS}`)])
    expect(componentProblems('<SummitComparison />')).toEqual([])
    expect(componentProblems('<DebateBoard :step="$clicks" :from="0" :to="2" />', { clicks: 2 })).toEqual([])
    expect(componentProblems('<DebateBoard :step="$clicks" :from="0" :to="2" />')).toEqual([expect.stringContaining('clicks: (none)')])
    expect(componentProblems(`<DebateBoard :from="2" :to="${DEBATE_STEPS + 1}" />`)).toEqual([expect.stringContaining('not a range within')])
  })

  it('WarheadChange: two years of data/warheads.ts, one SIPRI method, earlier first', () => {
    expect(componentProblems('<WarheadChange :from="2018" :to="2021" />')).toEqual([])
    expect(componentProblems('<WarheadChange :from="1990" :to="2021" />')).toEqual([expect.stringContaining('from 1990 is not a year of data/warheads.ts')])
    expect(componentProblems('<WarheadChange :from="2018" :to="2025" />')).toEqual([expect.stringContaining('use different SIPRI methods')])
    expect(componentProblems('<WarheadChange :from="2021" :to="2018" />')).toEqual([expect.stringContaining('2021 is not before 2018')])
  })

  it('SourcesList: a page that exists', () => {
    expect(componentProblems(`<SourcesList :page="${SOURCE_PAGES}" />`)).toEqual([])
    expect(componentProblems(`<SourcesList :page="${SOURCE_PAGES + 1}" />`)).toEqual([expect.stringContaining(`page ${SOURCE_PAGES + 1} does not exist`)])
  })
})

describe('frontmatter', () => {
  it('accepts the deck\'s keys with valid values', () => {
    expect(frontmatterProblems(block('layout: section\nverified: true\nclicks: 2\noptional: true', { layout: 'section', verified: true, clicks: 2, optional: true }))).toEqual([])
  })

  it('reports YAML errors once per slide, with the line', () => {
    const broken = block('layout: [section', { layout: ['section'] }, { yamlErrors: [{ line: 2, message: 'Flow sequence … must end with a ]' }] })
    expect(frontmatterProblems(broken)).toEqual([expect.stringMatching(/^2: the frontmatter is not valid YAML \(line 2: Flow sequence.*The line: layout: \[section \| correct the YAML/)])
  })

  it('points at a key indented under one that has a value', () => {
    const misIndented = block('layout: section\n  verified: true', { layout: 'section verified' }, { yamlErrors: [{ line: 2, message: 'Nested mappings are not allowed in compact mappings' }] })
    expect(frontmatterProblems(misIndented)).toEqual([expect.stringMatching(/^3: the frontmatter is not valid YAML: "verified: true" is indented under "layout: section"/)])
  })

  it('reports wrong values, an unknown layout and a misspelt key', () => {
    const problems = frontmatterProblems(block('verified: June 2026\nclicks: two\nlayout: sektion\nverifed: true', { verified: 'June 2026', clicks: 'two', layout: 'sektion', verifed: true }))
    expect(problems).toEqual([
      expect.stringMatching(/^2: verified: "June 2026" is not valid here\. \| verified must be true or false/),
      expect.stringMatching(/^3: clicks: "two" is not valid here\. \| clicks must be a whole number/),
      expect.stringMatching(/^4: layout: "sektion" is not valid here\. \| layout must be the name of a layout \(cover, default, section; or add layouts\/sektion\.vue\)/),
      expect.stringMatching(/^5: "verifed" is not a frontmatter key .* \| did you mean "verified"\?/),
    ])
  })

  it('names the retired asOf: and what replaced it', () => {
    expect(frontmatterProblems(block('layout: section\nasOf: \'2026-06-15\'', { layout: 'section', asOf: '2026-06-15' }))).toEqual([
      expect.stringMatching(/^3: "asOf" is a frontmatter key this deck no longer reads, so it does nothing\. \| write verified: true instead; the footer takes the date from VERIFIED_THROUGH in data\/status\.ts/),
    ])
  })

  it('knows the class-length keys: activity names an activity of data/activities.ts, discussion is true or false', () => {
    expect(frontmatterProblems(block('activity: hanoi-three-ways\noptional: true', { activity: 'hanoi-three-ways', optional: true }))).toEqual([])
    expect(frontmatterProblems(block('activity: hanoi-3-ways\ndiscussion: yes', { activity: 'hanoi-3-ways', discussion: 'yes' }))).toEqual([
      expect.stringMatching(/^2: activity: "hanoi-3-ways" is not valid here\. \| activity must be the id of an activity in data\/activities\.ts \(singapore-verbs, hanoi-three-ways, chart-critically\)/),
      expect.stringMatching(/^3: discussion: "yes" is not valid here\. \| discussion must be true or false/),
    ])
  })

  it('knows span: a phase, an event, or two events in order', () => {
    expect(frontmatterProblems(block('span: escalation', { span: 'escalation' }), block('span: [pyeongchang, singapore-summit]', { span: ['pyeongchang', 'singapore-summit'] }))).toEqual([])
    expect(frontmatterProblems(block('span: escalaton', { span: 'escalaton' }), block('span: [singapore-summit, pyeongchang]', { span: ['singapore-summit', 'pyeongchang'] }))).toEqual([
      expect.stringMatching(/^2: span: "escalaton" is not valid here\. \| span must be a phase \(escalation, /),
      expect.stringMatching(/^2: span: \["singapore-summit","pyeongchang"\] is not valid here\./),
    ])
  })

  it('leaves other keys (layout props) alone, and deck settings to the headmatter', () => {
    expect(frontmatterProblems(block('image: /map.png', { image: '/map.png' }))).toEqual([])
    expect(frontmatterProblems(block('theme: default\nexportFilename: x', { theme: 'default', exportFilename: 'x' }, { headmatter: true }))).toEqual([])
  })

  it('reports a frontmatter that is not key: value lines', () => {
    expect(frontmatterProblems(block('verified:true', 'verified:true'))).toEqual([expect.stringContaining('not "key: value" lines')])
  })
})

describe('src: imports', () => {
  it('reports a missing chapter file with the slide it would follow, and passes a deck without load errors', () => {
    const missing = { file: 'slides.md', line: 40, message: 'Imported markdown file not found: /deck/pages/99-x.md', after: { no: 5, title: 'T' } }
    expect(checkImports({ root: '/deck', loadErrors: [missing] }).map(problem => `${problem.line}: ${problem.problem} | ${problem.fix}`)).toEqual([
      '40: src: imports pages/99-x.md, which does not exist, so its slides would be missing from the deck (after slide 5 "T"). | restore pages/99-x.md, or delete this --- src: … --- block from slides.md.',
    ])
    expect(checkImports({ root: '/deck', loadErrors: [] })).toEqual([])
  })
})

describe('the real deck', () => {
  it('has no problems, and the message format names file, line, slide and fix', async () => {
    const deck = await loadDeck()
    expect(deck.slides.length).toBeGreaterThan(50)
    expect(deck.layouts).toEqual(expect.arrayContaining(['cover', 'default', 'section']))
    const problems = findProblems(deck)
    expect(problems.length ? formatProblems(problems) : '', 'the problems in the slides').toBe('')
    expect(formatProblems([{ file: 'pages/x.md', line: 4, slide: { no: 7, title: 'A slide' }, problem: 'P', fix: 'F' }]))
      .toBe('The slides have 1 problem. Fix it, then run the command again (a running dev server re-checks on save):\n\n  pages/x.md:4, slide 7 "A slide"\n    P\n    Fix: F')
  })
})
