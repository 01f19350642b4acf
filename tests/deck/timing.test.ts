// The class fits its time: timing sums of the real deck, the 50-minute selection, activity slides.
import { describe, expect, it } from 'vitest'
import { activities } from '../../data/activities.ts'
import { sessionPlans } from '../../data/sessions.ts'
import { isKnownSource } from '../../data/sources.ts'
import { isOptional, planChapterProblems, shortClassSlides, slideMinutes, sumTiming, timingProblems } from '../../tools/rules/timing.ts'
import { propValues } from '../../tools/shared/components.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { shortClassRequested } from '../../tools/shared/flags.ts'

const { slides: deck } = await loadDeck()
const slide = (no: number, note: string, frontmatter: Record<string, unknown> = {}) => ({ no, title: `Slide ${no}`, note, frontmatter, file: 'pages/x.md' })

describe('timing rules (pure)', () => {
  it('reads minutes and seconds', () => {
    expect(slideMinutes('Say this. Timing: 1.5 minutes.')).toBe(1.5)
    expect(slideMinutes('Timing: 30 seconds.')).toBe(0.5)
    expect(slideMinutes('no hint')).toBeUndefined()
  })

  it('sums lecture and class work separately, and names slides without a hint', () => {
    const slides = [slide(1, 'Timing: 2 minutes.'), slide(2, 'Timing: 6 minutes.', { activity: 'x' }), slide(3, 'Timing: 3 minutes.', { discussion: true, optional: true })]
    expect(sumTiming(slides)).toEqual({ total: 11, lectureCore: 2, interactive: 9, slides: 3 })
    expect(shortClassSlides(slides).map(s => s.no)).toEqual([1, 2])
    expect(() => sumTiming([slide(4, 'nothing')])).toThrow(/slide 4/)
  })

  it('reports a class that is too long (negative control)', () => {
    const long = Array.from({ length: 80 }, (_, i) => slide(i + 1, 'Timing: 1 minute.'))
    expect(timingProblems(long).join('\n')).toMatch(/80 minutes, more than 75/)
    expect(timingProblems(long).join('\n')).toMatch(/fewer than 15/)
  })

  it('accepts only 50 (or nothing, or 75) as a class length', () => {
    expect(shortClassRequested('50')).toBe(true)
    expect(shortClassRequested(undefined)).toBe(false)
    expect(() => shortClassRequested('45')).toThrow(/CLASS_MINUTES=45/)
  })
})

describe('the deck', () => {
  it('fits 75 minutes with at least 15 of activities and discussion, and 50 minutes with a lecture core of at most 40', () => {
    expect(timingProblems(deck)).toEqual([])
    const full = sumTiming(deck)
    const short = sumTiming(shortClassSlides(deck))
    console.log(`full class ${full.total} min (lecture ${full.lectureCore}, class work ${full.interactive}); 50-minute class ${short.total} min (lecture ${short.lectureCore}, class work ${short.interactive})`)
    expect(full.total).toBeLessThanOrEqual(75)
    expect(full.interactive).toBeGreaterThanOrEqual(15)
    expect(short.total).toBeLessThanOrEqual(50)
    expect(short.lectureCore).toBeLessThanOrEqual(40)
  })

  it('keeps every optional slide titled, its citations known, and the reference chapters in the short class', () => {
    const optional = deck.filter(isOptional)
    expect(optional.length).toBeGreaterThan(0)
    for (const s of optional) {
      expect(s.title, `slide ${s.no} (${s.file}) has no title`).not.toBe('')
      const ids = [...propValues(s.components, 'Cite', 'id'), ...propValues(s.components, 'QuoteCard', 'id')].map(id => String(id).replace(/-[b-z]$/, ''))
      for (const id of ids)
        expect(isKnownSource(id), `optional slide ${s.no} (${s.file}) cites ${id}, which is not in data/sources.ts`).toBe(true)
    }
    // A citation on any slide links to the Sources chapter, so the short class must keep it (and the glossary).
    const reference = deck.filter(s => s.chapter.id === 'glossary' || s.chapter.id === 'sources')
    expect(reference.length).toBeGreaterThan(0)
    expect(reference.filter(isOptional).map(s => s.no)).toEqual([])
  })

  it('gives each activity one slide whose timing equals the activity\'s minutes', () => {
    for (const activity of activities) {
      const slides = deck.filter(s => s.frontmatter.activity === activity.id)
      expect(slides.length, activity.id).toBe(1)
      expect(slides[0]!.content).toContain(`<ActivitySlide id="${activity.id}"`)
      expect(slideMinutes(slides[0]!.note), activity.id).toBe(activity.minutes)
    }
  })

  it('plans every chapter once in each session plan', () => {
    for (const plan of sessionPlans)
      expect(planChapterProblems(plan, deck)).toEqual([])
    // negative control: a plan that forgets one chapter and names another twice
    const [first, second, ...rest] = sessionPlans[0]!.blocks
    const broken = { id: 'broken', blocks: [{ chapters: first!.chapters.slice(1) }, { chapters: [...second!.chapters, second!.chapters[0]!] }, ...rest] }
    expect(planChapterProblems(broken, deck).join('\n')).toMatch(/chapter cover is in no block[\s\S]*chapter escalation is in more than one block/)
  })
})
