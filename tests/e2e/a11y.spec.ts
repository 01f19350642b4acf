// Accessibility of the built deck beyond the pass over every slide (axe on each slide in play and print
// mode and in the dark room: every-slide.spec.ts): axe on the page around the slides; landmarks;
// slide-change announcements and the window title; click steps hidden from assistive technology until
// revealed; reduced motion; keyboard access to citations; the deck's own dialogs in both rooms.
import type { Page } from '@playwright/test'
import type { DeckSlide } from '../../tools/shared/deck.ts'
import { plainText } from '../../lib/plain-text.ts'
import { slideTitle as slideTitleOf } from '../../lib/slide-title.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { LAST_STEP } from '../../tools/shared/paths.ts'
import { axeProblems, axeViolations, CONTRAST_RULES } from './axe.ts'
import { allSlidesMounted, expect, expectNoProblems, setRoom, settle, test, visit } from './fixtures.ts'

const loaded = await loadDeck()
const deck = loaded.slides
const DECK_TITLE = plainText(loaded.title)

/** Slidev's title of a slide: its frontmatter `title` (slide 1: the deck's), else its first heading. */
const slideTitle = (slide: DeckSlide) => slideTitleOf(slide.frontmatter.title ?? slide.title, slide.no)
const windowTitle = (slide: DeckSlide) => slideTitle(slide) === DECK_TITLE ? DECK_TITLE : `${slideTitle(slide)} · ${DECK_TITLE}`
const where = (slide: DeckSlide) => `slide ${slide.no} (${slide.file})`
const hasClicks = (slide: DeckSlide) => Number(slide.frontmatter.clicks) > 0 || /\bv-clicks?\b|<v-click/.test(slide.content)
const slideLocator = (page: Page, no: number) => page.locator(`[data-slidev-no="${no}"]`)

// The page around the slides (navigation bar, live region, dialogs) is the same on every slide: checked once.
test.describe('axe-core, WCAG 2.2 A/AA, best practices and 7:1 contrast', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the whole page around a slide, in both rooms', async ({ page, problems }) => {
    const slide = deck[1]!
    await visit(page, String(slide.no))
    await settle(page, slide.no)
    expect(await axeProblems(page, 'body'), 'light room').toEqual([])
    await setRoom(page, slide.no, 'dark')
    expect(await axeProblems(page, 'body', CONTRAST_RULES), 'dark room').toEqual([])
    expectNoProblems(problems, where(slide))
  })
})

test('landmarks: the slide is the main region, the navigation bar a nav, the live region inside main', async ({ page, problems }) => {
  const slide = deck.find(s => s.no > 1 && !hasClicks(s))!
  await page.goto(String(slide.no))
  await settle(page, slide.no)
  const main = page.getByRole('main')
  await expect(main).toHaveCount(1)
  await expect(main.locator(`[data-slidev-no="${slide.no}"] h1`)).toHaveCount(1)
  await expect(main.getByRole('status')).toHaveCount(1)
  await expect(page.getByRole('navigation').getByRole('button').first()).toBeAttached()
  // The closed "Go to slide" box is inert (out of the accessibility tree and the tab order); "g"
  // opens it as a named dialog with its input focused.
  const goto = page.getByRole('dialog', { name: 'Go to slide' })
  await expect(goto).toHaveJSProperty('inert', true)
  await page.keyboard.press('g')
  await expect(goto).toHaveJSProperty('inert', false)
  await expect(goto.getByRole('textbox')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(goto).toHaveJSProperty('inert', true)
  expectNoProblems(problems, where(slide))
})

test('axe\'s region rule fails when the slide is taken out of the main region (negative control)', async ({ page }) => {
  await page.goto('2')
  await settle(page, 2)
  const rule = () => axeViolations(page, 'html', ['region'])
  expect(await rule(), 'with the landmarks in place').toEqual([])
  // Slidev mounts the other slides into #slideshow a few seconds after load, and global-top.vue
  // restores the role on the next DOM change (found by id): let the mounting finish, and take the id
  // too, or a late render (a busy machine) puts the slide back in main before axe runs.
  await expect.poll(() => page.locator('#slideshow > [data-slidev-no]').count(), { timeout: 30_000 }).toBe(deck.length)
  await page.evaluate(() => {
    const slide = document.getElementById('slide-content')!
    slide.removeAttribute('role')
    slide.removeAttribute('id')
  })
  expect((await rule()).map(violation => violation.id)).toEqual(['region'])
})

test('moving to a slide announces "Slide N of M: title" politely and retitles the window', async ({ page, problems }) => {
  // Start on a slide without click steps, so ArrowRight moves to the next slide.
  const start = deck.find(slide => !hasClicks(slide) && slide.no < deck.length)!
  const next = deck[start.no]!
  const region = page.locator('[role="status"][aria-live="polite"]')

  await page.goto(String(start.no))
  await settle(page, start.no)
  await expect(region).toHaveCount(1)
  await expect(region).toHaveAttribute('aria-atomic', 'true')
  await expect(region).toHaveText(`Slide ${start.no} of ${deck.length}: ${slideTitle(start)}`)
  await expect(page).toHaveTitle(windowTitle(start))
  // Visually hidden, but not hidden from screen readers.
  const box = await region.boundingBox()
  expect(box && box.width * box.height <= 4, 'the live region should be visually hidden').toBe(true)
  expect(await region.evaluate(el => getComputedStyle(el).visibility)).toBe('visible')

  await allSlidesMounted(page, deck.length)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${next.no}$`))
  await expect(region).toHaveText(`Slide ${next.no} of ${deck.length}: ${slideTitle(next)}`)
  await expect(page).toHaveTitle(windowTitle(next))

  await page.keyboard.press('ArrowLeft')
  await expect(region).toHaveText(`Slide ${start.no} of ${deck.length}: ${slideTitle(start)}`)
  await expect(page).toHaveTitle(windowTitle(start))
  expectNoProblems(problems, `slides ${start.no}–${next.no}`)
})

test('unrevealed click steps are hidden from assistive technology until revealed', async ({ page, problems }) => {
  const clickSlides = deck.filter(hasClicks)
  test.setTimeout(60_000 + clickSlides.length * 30_000)
  expect(clickSlides.length, 'the deck should have slides with click steps (frontmatter clicks: N, or v-click), e.g. the Singapore joint statement, SummitComparison, DebateBoard').toBeGreaterThan(0)

  /** A short, distinctive piece of text of each element hidden from AT (by visibility, display or aria-hidden). */
  const hiddenTexts = (no: number) => page.evaluate((no) => {
    const root = document.querySelector(`[data-slidev-no="${no}"]`)!
    const texts = new Set<string>()
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element)
      const hidden = element.getAttribute('aria-hidden') === 'true' || style.visibility === 'hidden' || style.display === 'none'
      if (!hidden || element.parentElement?.closest('[aria-hidden="true"]'))
        continue
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = node.textContent!.match(/[A-Za-z0-9][A-Za-z0-9 ]{10,}[A-Za-z0-9]/)?.[0]?.slice(0, 40).trim()
        if (words) {
          texts.add(words)
          break
        }
      }
    }
    return [...texts]
  }, no)
  const normalise = (text: string) => text.replace(/\s+/g, ' ')

  // Keys are pressed only once every slide is mounted (allSlidesMounted); moving inside the app keeps it so.
  await page.goto(`${clickSlides[0]!.no}?clicks=0`)
  await allSlidesMounted(page, deck.length)
  let checked = 0
  for (const slide of clickSlides) {
    await visit(page, `${slide.no}?clicks=0`)
    await settle(page, slide.no)
    const hiddenAtStart = await hiddenTexts(slide.no)
    const treeAtStart = normalise(await slideLocator(page, slide.no).ariaSnapshot())

    // Reveal with the keyboard: ArrowRight through the steps onto the next slide, ArrowLeft back
    // (Slidev returns to the previous slide at its last step).
    // Each press waits for its own step (the URL's ?clicks= or the slide changes): a press sent before
    // the last one has landed moved two slides on a busy machine.
    for (let press = 0; press < 30 && new URL(page.url()).pathname.endsWith(`/${slide.no}`); press++) {
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      await expect(page).not.toHaveURL(before)
    }
    await page.keyboard.press('ArrowLeft')
    await expect(page).toHaveURL(new RegExp(`/${slide.no}\\?clicks=\\d+$`))
    await settle(page, slide.no)
    const hiddenAtEnd = new Set(await hiddenTexts(slide.no))
    const treeAtEnd = normalise(await slideLocator(page, slide.no).ariaSnapshot())

    // Elements hidden at both ends are decoration (aria-hidden on purpose); the rest are click steps.
    const steps = hiddenAtStart.filter(text => !hiddenAtEnd.has(text))
    expect(steps.length, `${where(slide)}: at clicks=0 some content should be hidden until a click reveals it`).toBeGreaterThan(0)
    for (const text of steps) {
      expect(treeAtStart, `${where(slide)}: "${text}" is in the accessibility tree before its click`).not.toContain(text)
      expect(treeAtEnd, `${where(slide)}: "${text}" is missing from the accessibility tree after its click`).toContain(text)
    }
    checked += steps.length
    expectNoProblems(problems, where(slide))
  }
  console.log(`click steps: checked ${checked} hidden elements on ${clickSlides.length} slides`)
})

/** Computed transition and animation durations (seconds) seen on the slides while moving ArrowRight. */
async function durationsDuringNavigation(page: Page, from: DeckSlide) {
  await page.goto(String(from.no))
  await settle(page, from.no)
  await allSlidesMounted(page, deck.length)
  await page.evaluate(() => {
    const seen: { classes: string, transition: number, animation: number }[] = []
    const seconds = (list: string) => Math.max(...list.split(',').map(v => Number.parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)))
    const record = (element: Element) => {
      const style = getComputedStyle(element)
      seen.push({ classes: element.className, transition: seconds(style.transitionDuration), animation: seconds(style.animationDuration) })
    }
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const element = mutation.target as Element
        if (mutation.type === 'attributes' && /-(?:enter|leave)-active/.test(element.className))
          record(element)
        for (const added of mutation.addedNodes) {
          if (added instanceof Element && /-(?:enter|leave)-active/.test(added.className))
            record(added)
        }
      }
    }).observe(document.getElementById('slideshow')!, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true })
    ;(window as any).__transitions = seen
  })
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${from.no + 1}$`))
  await settle(page, from.no + 1)
  // Slide containers and everything in them after the move (v-click fades, component animations).
  const after = await page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(',').map(v => Number.parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)))
    return [...document.querySelectorAll('#slideshow, #slideshow *')].map((element) => {
      const style = getComputedStyle(element)
      return Math.max(seconds(style.transitionDuration), seconds(style.animationDuration))
    })
  })
  const during = await page.evaluate(() => (window as any).__transitions as { classes: string, transition: number, animation: number }[])
  return { during, after }
}

test.describe('prefers-reduced-motion', () => {
  const from = deck.find(slide => !hasClicks(slide) && slide.no < deck.length)!

  test('without it, slides fade (so the reduced-motion check can fail)', async ({ page, problems }) => {
    const { during } = await durationsDuringNavigation(page, from)
    expect(during.length, 'the slide transition should put enter/leave classes on the slides').toBeGreaterThan(0)
    expect(Math.max(...during.map(d => d.transition)), JSON.stringify(during)).toBeGreaterThan(0)
    expectNoProblems(problems, `slides ${from.no}–${from.no + 1}`)
  })

  test('with reduce, slide transitions and animations take 0 s', async ({ page, problems }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const { during, after } = await durationsDuringNavigation(page, from)
    console.log(`reduced motion: ${during.length} transition frames, ${after.length} elements checked`)
    expect(during.filter(d => d.transition > 0 || d.animation > 0), 'transition/animation durations during the move').toEqual([])
    expect(after.filter(seconds => seconds > 0), 'transition/animation durations on the slide after the move').toEqual([])
    expectNoProblems(problems, `slides ${from.no}–${from.no + 1}`)
  })
})

test('Tab reaches the citations on a slide, shows focus, and moves on', async ({ page, problems }) => {
  // Prefer a slide with several citations, so focus has to move from one citation to the next.
  const citations = (s: DeckSlide) => s.components.filter(use => use.name === 'Cite' || use.name === 'QuoteCard').length
  const slide = deck.find(s => !hasClicks(s) && citations(s) >= 2) ?? deck.find(s => citations(s) > 0)
  expect(slide, 'the deck should have a slide with a citation (<Cite> or <QuoteCard>)').toBeDefined()
  const { no } = slide!
  await page.goto(`${no}?clicks=${LAST_STEP}`)
  await settle(page, no)
  // A citation is a button that opens its panel (components/Cite.vue); other links to the Sources chapter stay links.
  const citeLinks = slideLocator(page, no).locator('.cite button, a[href*="sources-"]')
  // The citations may render a moment after the slide itself.
  await expect(citeLinks.first(), `${where(slide!)} should render citation links`).toBeVisible()
  const total = await citeLinks.count()

  const focused = () => page.evaluate((no) => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body)
      return null
    const style = getComputedStyle(element)
    return {
      isCite: Boolean(element.closest(`[data-slidev-no="${no}"]`)) && element.matches('.cite button, a[href*="sources-"]'),
      id: element.outerHTML.slice(0, 120),
      outline: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      shadow: style.boxShadow,
    }
  }, no)

  // Tab from the top of the page until a citation link has focus.
  let state = await focused()
  for (let press = 0; press < 60 && !state?.isCite; press++) {
    await page.keyboard.press('Tab')
    state = await focused()
  }
  expect(state?.isCite, `${where(slide!)}: Tab never reached a citation link`).toBe(true)
  expect(state!.outline > 0 || (state!.shadow !== 'none' && state!.shadow !== ''), `focus on ${state!.id} is not visible (outline ${state!.outline}px, box-shadow ${state!.shadow})`).toBe(true)
  await expect(page.locator(':focus-visible')).toHaveCount(1)

  // No trap: further Tabs move focus on, past the last citation on the slide.
  const seen = new Set([state!.id])
  let left = false
  for (let press = 0; press < total + 20 && !left; press++) {
    await page.keyboard.press('Tab')
    const next = await focused()
    expect(next?.id, 'Tab should move focus to another element').not.toBe([...seen].at(-1))
    if (next)
      seen.add(next.id)
    left = !next?.isCite
  }
  expect(left, `${where(slide!)}: focus should leave the citation links after ${total} Tabs`).toBe(true)
  console.log(`keyboard: ${where(slide!)} has ${total} citation links; focus moved through ${seen.size} elements`)
  expectNoProblems(problems, where(slide!))
})

/** The "no such slide" panel's background and the slide's it covers (the room's background). */
function panelAndSlideBackgrounds(page: Page) {
  return page.evaluate(() => [
    getComputedStyle(document.querySelector('[data-testid="missing-slide"]')!).backgroundColor,
    getComputedStyle(document.querySelector('.slidev-layout')!).backgroundColor,
  ])
}

// The deck's own dialogs and notices, in both rooms: the search with a result selected (text on the
// link colour) and the "no such slide" panel that covers the cover slide.
for (const room of ['light', 'dark'] as const) {
  test.describe(`the ${room} room`, () => {
    test.use({ colorScheme: room })
    const darkClass = room === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/

    /** Opens the search on slide 1 and selects its second result with the keyboard. */
    async function searchWithSelection(page: Page) {
      await page.goto('1')
      await settle(page, 1)
      await expect(page.locator('html')).toHaveClass(darkClass)
      await page.keyboard.press('/')
      const dialog = page.getByRole('dialog', { name: 'Search the slides' })
      await dialog.getByRole('combobox').fill('Singapore')
      await dialog.getByRole('combobox').press('ArrowDown')
      await expect(dialog.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true')
      return dialog
    }

    test('the open search with a result selected passes axe at 7:1', async ({ page, problems }) => {
      await searchWithSelection(page)
      expect(await axeProblems(page, '.slide-search')).toEqual([])
      expectNoProblems(problems, `search, ${room} room`)
    })

    test('the "no such slide" page passes axe at 7:1, in the room\'s own colours', async ({ page, problems }) => {
      await page.goto('999')
      await expect(page.getByTestId('missing-slide')).toContainText('There is no slide 999')
      await expect(page.locator('html')).toHaveClass(darkClass)
      expect(await axeProblems(page, '[data-testid="missing-slide"]')).toEqual([])
      const [panel, slide] = await panelAndSlideBackgrounds(page)
      expect(panel, 'the panel has the background of the slides in this room').toBe(slide)
      expectNoProblems(problems, `slide 999, ${room} room`)
    })
  })
}

test.describe('the dark room, negative controls', () => {
  test.use({ colorScheme: 'dark' })

  test('the checks fail the old colours: white on the selected search result, a white "no such slide" panel', async ({ page }) => {
    await page.goto('1')
    await settle(page, 1)
    await page.keyboard.press('/')
    const dialog = page.getByRole('dialog', { name: 'Search the slides' })
    await dialog.getByRole('combobox').fill('Singapore')
    await dialog.getByRole('combobox').press('ArrowDown')
    await expect(dialog.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true')
    // The colours the deck had before: white on the dark room's link colour (1.65:1). Below 4.5:1 it
    // is axe's AA rule that reports it (the 7:1 rule only reports ratios from 4.5 up).
    await page.addStyleTag({ content: '.slide-search__result[aria-selected="true"] { color: #ffffff !important; }' })
    const found = await axeProblems(page, '.slide-search')
    expect(found.length, 'the selected result\'s text').toBeGreaterThan(0)
    expect(found.filter(line => !/^color-contrast \(\w+\): .*target #slide-search-result-1 > /.test(line))).toEqual([])

    await page.goto('999')
    await expect(page.getByTestId('missing-slide')).toBeVisible()
    await page.addStyleTag({ content: '.deck-missing-slide { background: #ffffff !important; color: #111111 !important; }' })
    const [panel, slide] = await panelAndSlideBackgrounds(page)
    expect(panel).not.toBe(slide)
  })
})
