import type { DeckSlide } from '../../tools/shared/deck.ts'
// Rules over the deck's source: what a lecturer relies on without opening every slide.
import { describe, expect, it } from 'vitest'
import { quotes } from '../../data/quotes.ts'
import { SOURCE_PAGES } from '../../data/sources.ts'
import { headingOf } from '../../lib/slide-title.ts'
import { bodyWords } from '../../tools/rules/content.ts'
import { propValues } from '../../tools/shared/components.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

const deck = (await loadDeck()).slides
const where = (slide: DeckSlide) => `slide ${slide.no} (${slide.file})`

const CHAPTERS = ['why-this-matters', 'escalation', 'road-to-singapore', 'singapore', 'between-summits', 'hanoi', 'after-hanoi', 'praise', 'debate', 'today', 'discussion', 'glossary', 'sources']

describe('structure', () => {
  it('imports the chapters in the lecture order, one file each', () => {
    const chapterIds = [...new Set(deck.map(slide => slide.chapter.id))]
    expect(chapterIds).toEqual(['cover', ...CHAPTERS])
    expect(new Set(deck.map(slide => slide.file)).size).toBe(CHAPTERS.length + 1)
  })

  it('gives each chapter a section slide first', () => {
    for (const id of CHAPTERS) {
      const first = deck.find(slide => slide.chapter.id === id)!
      expect(first.frontmatter.layout, `${where(first)} should open its chapter with layout: section`).toBe('section')
    }
  })

  it('gives every slide a title and speaker notes with a timing hint', () => {
    for (const slide of deck) {
      expect(headingOf(slide.content), `${where(slide)} has no # title`).not.toBe('')
      expect(slide.note.trim(), `${where(slide)} has no speaker notes`).not.toBe('')
      expect(slide.note, `${where(slide)}: notes should give a timing hint ("Timing: …")`).toMatch(/timing/i)
    }
  })

  it('keeps body text to about 60 words per slide', () => {
    for (const slide of deck)
      expect(bodyWords(slide.content), `${where(slide)} has too much body text`).toBeLessThanOrEqual(65)
  })
})

describe('citations', () => {
  const quotedOnSlides = deck.flatMap(slide => propValues(slide.components, 'QuoteCard', 'id').map(id => ({ id, slide })))

  // That every cited and quoted id exists, and that click counts match, is checked at build time by
  // the rules of tools/rules/ (tests/deck/rules.test.ts runs them on this deck).

  it('uses every quotation in data/quotes.ts on some slide', () => {
    const used = new Set(quotedOnSlides.map(({ id }) => id))
    expect(quotes.map(quote => quote.id).filter(id => !used.has(id)), 'quotations no slide shows').toEqual([])
  })

  it('shows every page of the bibliography on a sources slide with its route alias', () => {
    const sourcesSlides = deck.filter(slide => slide.components.some(use => use.name === 'SourcesList'))
    const pages = sourcesSlides.flatMap(slide => propValues(slide.components, 'SourcesList', 'page').map(Number))
    expect(pages).toEqual(Array.from({ length: SOURCE_PAGES }, (_, index) => index + 1))
    for (const slide of sourcesSlides) {
      const page = Number(propValues(slide.components, 'SourcesList', 'page')[0])
      expect(slide.frontmatter.routeAlias, `${where(slide)} needs routeAlias: sources-${page}`).toBe(`sources-${page}`)
    }
  })
})

describe('what the deck ships', () => {
  // Slidev bundles KaTeX (about 1 MB of fonts) when any line holds two dollar signs: a history
  // lecture has no math, so write "1 billion dollars" rather than "$1 billion … $3 billion".
  it('has no line that switches on KaTeX math', () => {
    for (const slide of deck) {
      for (const line of `${slide.content}\n${slide.note}`.split('\n'))
        expect(line, `${where(slide)}: two "$" on one line turn on KaTeX; write "dollars"`).not.toMatch(/\$.*?\$/)
    }
  })
})

describe('dates and wording', () => {
  it('calls Trump the sitting president, never "former" for today', () => {
    for (const slide of deck) {
      const text = `${slide.content}\n${slide.note}`
      expect(text, `${where(slide)}: Trump is the sitting president (use "former" only for 2021–2024)`).not.toMatch(/former (?:US |U\.S\. )?president(?: Donald)? Trump/i)
    }
  })
})
