// Honest about the date: one verifiedThrough date (VERIFIED_THROUGH in data/status.ts, fact pack T2-23),
// written there and not in pages/; no "as of" sentence or timeline reaches past it, every slide about
// the present shows it in its footer, and chapter 10 opens by telling the lecturer what to check before
// teaching. The pack's leads (section 11c) stay in the notes.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERIFIED_THROUGH } from '../../data/status.ts'
import { asOfPastVerified, isoOf, verifiedDateMentions } from '../../tools/rules/currency.ts'
import { propValues } from '../../tools/shared/components.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { ROOT } from '../../tools/shared/paths.ts'

const { slides: deck } = await loadDeck()
const where = (slide: { no: number, file: string }) => `slide ${slide.no} (${slide.file})`
const today = deck.filter(slide => slide.chapter.id === 'today')

/** At most this many places in pages/ may write the date itself (today: the Today chapter's timeline end). */
const MAX_DATE_MENTIONS = 2

describe(`verified through ${VERIFIED_THROUGH} (data/status.ts)`, () => {
  it('marks every slide about the present verified: true, so its footer shows the date', () => {
    for (const slide of today)
      expect(slide.frontmatter.verified, `${where(slide)} needs verified: true in its frontmatter`).toBe(true)
  })

  it(`writes the date itself at most ${MAX_DATE_MENTIONS} times in pages/, so moving it is one edit in data/status.ts`, () => {
    const pages = join(ROOT, 'pages')
    const found = readdirSync(pages).filter(name => name.endsWith('.md')).flatMap(name => verifiedDateMentions(readFileSync(join(pages, name), 'utf8'), VERIFIED_THROUGH).map(form => `pages/${name}: "${form}"`))
    expect(found.length, `write verified: true (footer) or <VerifiedThrough /> (prose), or "the date in the footer" in notes, instead of:\n${found.join('\n')}`).toBeLessThanOrEqual(MAX_DATE_MENTIONS)
  })

  it('finds the date in each of its forms (negative control)', () => {
    expect(verifiedDateMentions(`to="${VERIFIED_THROUGH}"; verified through mid-June\n2026; as of June 15, 2026`, '2026-06-15'))
      .toEqual(['2026-06-15', 'mid-June\n2026', 'June 15, 2026'])
    expect(verifiedDateMentions('verified through <VerifiedThrough />, as of June 30, 2019', '2026-06-15')).toEqual([])
  })

  it('says "as of" no later than verifiedThrough on any slide or in any note', () => {
    const found = deck.flatMap(slide => asOfPastVerified(`${slide.content}\n${slide.note}`, VERIFIED_THROUGH).map(phrase => `${where(slide)}: "${phrase}"`))
    expect(found, 'write "verified through <VerifiedThrough />" instead').toEqual([])
  })

  it('ends no timeline after verifiedThrough', () => {
    for (const slide of deck) {
      for (const to of propValues(slide.components, 'Timeline', 'to').map(String))
        expect(to <= VERIFIED_THROUGH, `${where(slide)}: <Timeline to="${to}"> runs past ${VERIFIED_THROUGH}`).toBe(true)
    }
  })

  it('ends the Today chapter\'s timeline on verifiedThrough, so a new date points at it', () => {
    const ends = today.flatMap(slide => propValues(slide.components, 'Timeline', 'to').map(String))
    expect(ends, `the Today chapter's <Timeline to="…"> should be ${VERIFIED_THROUGH}, the date in data/status.ts`).toEqual([VERIFIED_THROUGH])
  })

  it('opens chapter 10 with what to check before teaching, and keeps leads off the slides', () => {
    const first = today[0]!
    expect(first.content, `${where(first)} should tell the lecturer what to check`).toMatch(/before teaching,? check/i)
    expect(first.content).toMatch(/verified through <VerifiedThrough \/>/i)
    expect(first.note, `${where(first)}: the notes list the leads to check`).toMatch(/LEAD-\d{2}/)
    for (const slide of deck)
      expect(slide.content, `${where(slide)}: leads (LEAD-…) belong in notes only`).not.toMatch(/LEAD-\d{2}/)
  })

  it('catches a later "as of" (negative control)', () => {
    expect(isoOf('Nov. 25, 2026')).toBe('2026-11-25')
    expect(isoOf('June 15, 2026')).toBe('2026-06-15')
    expect(asOfPastVerified('As of Nov. 25, 2026, no meeting', '2026-06-15')).toEqual(['As of Nov. 25, 2026'])
    expect(asOfPastVerified('As of June 15, 2026, no meeting', '2026-06-15')).toEqual([])
    expect(asOfPastVerified('as of 2026-11-25', '2026-06-15')).toHaveLength(1)
  })
})
