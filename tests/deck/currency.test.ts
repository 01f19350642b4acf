// Honest about the date: one verifiedThrough date (data/status.ts, mid-June 2026, fact pack T2-23);
// no slide's `asOf`, "as of" sentence or timeline reaches past it, and chapter 10 opens by telling the
// lecturer what to check before teaching. The pack's leads (section 11c) stay in the notes.
import { describe, expect, it } from 'vitest'
import { VERIFIED_THROUGH } from '../../data/status'
import { asOfPastVerified, isoOf } from '../../tools/rules/currency'
import { propValues } from '../../tools/shared/components'
import { loadDeck } from '../../tools/shared/deck'

const { slides: deck } = await loadDeck()
const where = (slide: { no: number, file: string }) => `slide ${slide.no} (${slide.file})`
const today = deck.filter(slide => slide.chapter.id === 'today')

describe('verified through mid-June 2026', () => {
  it('keeps every slide\'s asOf at or before verifiedThrough, and dates every slide about the present', () => {
    for (const slide of deck.filter(slide => slide.frontmatter.asOf !== undefined))
      expect(String(slide.frontmatter.asOf) <= VERIFIED_THROUGH, `${where(slide)}: asOf ${slide.frontmatter.asOf} is after ${VERIFIED_THROUGH} (data/status.ts)`).toBe(true)
    for (const slide of today)
      expect(slide.frontmatter.asOf, `${where(slide)} needs asOf: '${VERIFIED_THROUGH}'`).toBe(VERIFIED_THROUGH)
  })

  it('says "as of" no later than verifiedThrough on any slide or in any note', () => {
    const found = deck.flatMap(slide => asOfPastVerified(`${slide.content}\n${slide.note}`, VERIFIED_THROUGH).map(phrase => `${where(slide)}: "${phrase}"`))
    expect(found, 'write "verified through mid-June 2026" instead').toEqual([])
  })

  it('ends no timeline after verifiedThrough', () => {
    for (const slide of deck) {
      for (const to of propValues(slide.components, 'Timeline', 'to').map(String))
        expect(to <= VERIFIED_THROUGH, `${where(slide)}: <Timeline to="${to}"> runs past ${VERIFIED_THROUGH}`).toBe(true)
    }
  })

  it('opens chapter 10 with what to check before teaching, and keeps leads off the slides', () => {
    const first = today[0]!
    expect(first.content, `${where(first)} should tell the lecturer what to check`).toMatch(/before teaching,? check/i)
    expect(first.content).toMatch(/verified through mid-June 2026/i)
    expect(first.note, `${where(first)}: the notes list the leads to check`).toMatch(/LEAD-\d{2}/)
    for (const slide of deck)
      expect(slide.content, `${where(slide)}: leads (LEAD-…) belong in notes only`).not.toMatch(/LEAD-\d{2}/)
  })

  it('catches a later "as of" (negative control)', () => {
    expect(isoOf('Nov. 25, 2026')).toBe('2026-11-25')
    expect(isoOf('June 15, 2026')).toBe('2026-06-15')
    expect(asOfPastVerified('As of Nov. 25, 2026, no meeting', VERIFIED_THROUGH)).toEqual(['As of Nov. 25, 2026'])
    expect(asOfPastVerified('As of June 15, 2026, no meeting', VERIFIED_THROUGH)).toEqual([])
    expect(asOfPastVerified('as of 2026-11-25', VERIFIED_THROUGH)).toHaveLength(1)
  })
})
