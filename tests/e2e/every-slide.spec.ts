// Every slide, one visit per state: in play mode at each click step, and in print mode (as exported to PDF).
// In each state the lecture-hall layout checks (tests/e2e/layout.ts: nothing outside the canvas, text large
// enough, list markers inside the margin). At the last click step and in print, axe-core (tests/e2e/axe.ts:
// WCAG 2.0/2.1/2.2 A and AA, best practices, 7:1 contrast), and at the last click step the colours again in
// the dark room. Each slide is checked within its own element; the page around the slides is checked once,
// in a11y.spec.ts. The negative controls at the end show that each check can fail.
import type { DeckSlide } from '../../tools/shared/deck.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { LAST_STEP } from '../../tools/shared/paths.ts'
import { axeProblems, CONTRAST_RULES } from './axe.ts'
import { expect, expectNoProblems, passParts, setRoom, settle, test, visit } from './fixtures.ts'
import { markerProblems, slideLayoutProblems } from './layout.ts'

// The passes check each slide at rest; with reduced motion (styles/deck.css) it comes to rest at once,
// the same state without waiting out each fade. The reduced-motion tests in a11y.spec.ts check both ways.
test.use({ reducedMotion: 'reduce' })

const loaded = await loadDeck()
const deck = loaded.slides
const where = (slide: DeckSlide) => `slide ${slide.no} (${slide.file})`
/** The click steps before the last one, as the slide's source declares them. */
const stepsBeforeLast = (slide: DeckSlide) => Number(slide.frontmatter.clicks ?? 0) + (slide.content.match(/v-click|<v-clicks/g)?.length ?? 0)

for (const { name, slides } of passParts(loaded)) {
  test(`${name}: every slide in play mode fits its canvas with readable text at every click step; at its last, axe in both rooms`, async ({ page, problems }) => {
    // An axe run takes about half a second per slide on a quiet machine, several on a busy one.
    test.setTimeout(60_000 + slides.length * 40_000)
    const cdp = await page.context().newCDPSession(page)
    const failures: string[] = []
    const checkLayout = async (slide: DeckSlide, state: string) => {
      for (const problem of await slideLayoutProblems(page, cdp, slide.no))
        failures.push(`${where(slide)} ${state}: ${problem}`)
    }
    for (const slide of slides) {
      for (let click = 0; click < stepsBeforeLast(slide); click++) {
        await visit(page, `${slide.no}?clicks=${click}`)
        await settle(page, slide.no)
        await checkLayout(slide, `at click ${click}`)
      }
      // The last step, however many the slide has.
      await visit(page, `${slide.no}?clicks=${LAST_STEP}`)
      await settle(page, slide.no)
      await checkLayout(slide, 'at its last click')
      for (const line of await axeProblems(page, `[data-slidev-no="${slide.no}"]`))
        failures.push(`${where(slide)} [play, last click]: ${line}`)
      await setRoom(page, slide.no, 'dark')
      for (const line of await axeProblems(page, `[data-slidev-no="${slide.no}"]`, CONTRAST_RULES))
        failures.push(`${where(slide)} [play, last click, dark room]: ${line}`)
      await setRoom(page, slide.no, 'light')
      expectNoProblems(problems, where(slide))
    }
    expect(failures, failures.join('\n')).toEqual([])
  })

  test(`${name}: every slide in print mode fits its page and passes axe`, async ({ page, problems }) => {
    test.setTimeout(60_000 + slides.length * 25_000)
    const cdp = await page.context().newCDPSession(page)
    const failures: string[] = []
    for (const slide of slides) {
      // This deck builds with `download: false`, so the all-slides /print route is not in the build;
      // `/N?print` renders slide N exactly as the exporter does: every click step shown, no transitions.
      await visit(page, `${slide.no}?print`)
      await settle(page, slide.no)
      for (const problem of await slideLayoutProblems(page, cdp, slide.no))
        failures.push(`${where(slide)} in print: ${problem}`)
      for (const line of await axeProblems(page, `[data-slidev-no="${slide.no}"]`))
        failures.push(`${where(slide)} [print]: ${line}`)
      expectNoProblems(problems, `${where(slide)} in print mode`)
    }
    expect(failures, failures.join('\n')).toEqual([])
  })
}

test('the passes see an image without a text alternative, dark text in the dark room and a list in the margin (negative controls)', async ({ page, problems }) => {
  const slide = deck[1]!
  const own = `[data-slidev-no="${slide.no}"]`
  // An activity slide: its steps are an ordered list, the case the marker check was written for.
  const activity = deck.find(candidate => candidate.frontmatter.activity)!
  await visit(page, String(slide.no))
  await settle(page, slide.no)
  await test.step('axe: an image without a text alternative', async () => {
    await page.locator(`${own} h1`).evaluate(title => title.after(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' })))
    expect((await axeProblems(page, own)).join('\n')).toMatch(/^image-alt /m)
  })
  await test.step('the dark room: dark text on a dark slide', async () => {
    await setRoom(page, slide.no, 'dark')
    await page.addStyleTag({ content: `${own} .slidev-layout h1 { color: #30343a !important; }` })
    expect(await axeProblems(page, own, CONTRAST_RULES)).not.toEqual([])
    await setRoom(page, slide.no, 'light')
  })
  await test.step('the layout: a list pushed into the margin', async () => {
    const cdp = await page.context().newCDPSession(page)
    await visit(page, String(activity.no))
    await settle(page, activity.no)
    const steps = page.locator(`[data-slidev-no="${activity.no}"] .slidev-layout ol > li`)
    await expect(steps.first()).toBeVisible()
    expect(await markerProblems(page, cdp, activity.no), 'as built').toEqual([])
    await page.addStyleTag({ content: '.slidev-layout ol { margin-left: -2rem !important; }' })
    const found = await markerProblems(page, cdp, activity.no)
    expect(found.length, `slide ${activity.no}: every step of the pushed list`).toBe(await steps.count())
    expect(found[0]).toMatch(/^list marker "1\." starts \d+ px left of the title's edge: <ol> item/)
  })
  // The controls change what the checks see, not what the page reports.
  expectNoProblems(problems, `slides ${slide.no} and ${activity.no}`)
})
