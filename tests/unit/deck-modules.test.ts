import type { SearchDocument } from '../../lib/deck-modules.ts'
import type { DeckSlide } from '../../tools/shared/deck.ts'
// The build-time modules the browser reads: the citation index (<Cite>), the event dates (the chapter
// dividers) and the search documents.
import { beforeAll, describe, expect, it } from 'vitest'
import { events } from '../../data/events.ts'
import { bibliography, sourcePageOf } from '../../data/sources.ts'
import { VERIFIED_THROUGH_LABEL } from '../../data/status.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { ROOT } from '../../tools/shared/paths.ts'
import { citationTargets, eventDates, searchDocuments } from '../../tools/vite/deck-modules.ts'
import { noteRun, publicText, squash } from '../artifacts/support.ts'

let deck: DeckSlide[]
let documents: SearchDocument[]
beforeAll(async () => {
  deck = (await loadDeck()).slides
  documents = await searchDocuments(ROOT)
})

describe('citation index', () => {
  it('gives every bibliography entry its Sources page, outlets and single-report flag, and nothing else', async () => {
    const targets = await citationTargets(ROOT)
    expect(Object.keys(targets)).toEqual(bibliography.map(entry => entry.id))
    for (const entry of bibliography) {
      expect(targets[entry.id]).toEqual({
        page: sourcePageOf(entry.id),
        outlets: entry.sources.map(source => source.outlet),
        singleReport: entry.tags?.includes('single report') ?? false,
      })
    }
    // the pack's single-report tags cover one detail each (data/sources.ts partTags), not a whole fact
    expect(Object.values(targets).some(target => target.singleReport), 'no whole fact is a single report').toBe(false)
  })
})

describe('event dates', () => {
  it('gives every event of data/events.ts its date, and nothing else', async () => {
    const dates = await eventDates(ROOT)
    expect(Object.entries(dates)).toEqual(events.map(event => [event.id, event.date]))
    expect(Object.values(dates).every(date => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true)
  })
})

describe('search documents', () => {
  it('has one document per slide, with its number and title', () => {
    const slides = documents.filter(document => document.kind === 'slide')
    expect(slides.map(document => [document.no, document.title])).toEqual(deck.map(slide => [slide.no, slide.title]))
  })

  it('reads <VerifiedThrough /> as the date it shows', () => {
    const slide = deck.find(candidate => candidate.content.includes('<VerifiedThrough />'))!
    const text = documents.find(document => document.kind === 'slide' && document.no === slide.no)!.text
    expect(text).toContain(`erified through ${VERIFIED_THROUGH_LABEL}`)
  })

  it('finds each source on the Sources slide that lists it', () => {
    for (const entry of bibliography) {
      const document = documents.find(candidate => candidate.kind === 'source' && candidate.text.startsWith(`${entry.id} `))
      expect(document, entry.id).toBeDefined()
      expect(deck[document!.no - 1]!.frontmatter.routeAlias).toBe(`sources-${sourcePageOf(entry.id)}`)
    }
  })

  it('holds no speaker-note text (the index ships in the student build)', () => {
    const avoid = publicText(deck)
    const runs = deck.map(slide => noteRun(slide.note, avoid)).filter((run): run is string => Boolean(run))
    expect(runs.length).toBeGreaterThan(deck.length / 2)
    const leaks = (docs: SearchDocument[]) => {
      const text = squash(docs.map(document => `${document.title} ${document.text}`).join(' '))
      return runs.filter(run => text.includes(squash(run)))
    }
    expect(leaks(documents)).toEqual([])
    // Negative control: a note that got into the index is found.
    const noted = deck.find(slide => slide.note.includes(runs[0]!))!
    expect(leaks([...documents, { no: noted.no, title: noted.title, text: noted.note, kind: 'note' }])).toContain(runs[0])
  })
})
