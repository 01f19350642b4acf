// selectSlides (tools/shared/deck.ts): the selection E2E_SLIDES and `npm run screenshots -- --only` take.
import type { DeckSlide } from '../../../tools/shared/deck.ts'
import { describe, expect, it } from 'vitest'
import { selectSlides } from '../../../tools/shared/deck.ts'

const FILES = ['slides.md', 'pages/01-why-this-matters.md', 'pages/01-why-this-matters.md', 'pages/04-singapore.md', 'pages/04-singapore.md', 'pages/04-singapore.md']
const slides = FILES.map((file, index) => ({ no: index + 1, file }) as DeckSlide)
const numbers = (selection: string) => selectSlides(slides, selection).map(slide => slide.no)

describe('selectSlides', () => {
  it('takes slide numbers and ranges, in deck order and each slide once', () => {
    expect(numbers('5,2')).toEqual([2, 5])
    expect(numbers('2-4, 3')).toEqual([2, 3, 4])
  })

  it('takes a chapter by its file, with or without pages/ and .md', () => {
    expect(numbers('pages/04-singapore.md')).toEqual([4, 5, 6])
    expect(numbers('04-singapore')).toEqual([4, 5, 6])
    expect(numbers('slides.md,01-why-this-matters.md')).toEqual([1, 2, 3])
  })

  it('refuses a part that names no slide, and an empty selection, saying what it takes', () => {
    expect(() => numbers('7')).toThrow('"7" names no slide: give slide numbers or ranges from 1 to 6 (12,20-23) or a chapter file (pages/04-singapore.md)')
    expect(() => numbers('4-2')).toThrow('"4-2" names no slide')
    expect(() => numbers('pages/99-nothing.md')).toThrow('"pages/99-nothing.md" names no slide')
    expect(() => numbers(' , ')).toThrow('the slide selection is empty')
  })
})
