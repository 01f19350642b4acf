import { loadDeck } from '../../tools/shared/deck.ts'
import { allSlidesMounted, expect, expectNoProblems, expectTitle, test } from './fixtures.ts'

const deck = (await loadDeck()).slides
const middle = deck[Math.floor(deck.length / 2)]
/** The first slide that declares click steps in its frontmatter, e.g. the summit comparison. */
const clickSlide = deck.find(slide => Number(slide.frontmatter.clicks) > 1)

test('a deep link and a reload land on the same slide', async ({ page, problems }) => {
  await page.goto(String(middle.no))
  await expectTitle(page, middle)
  await page.reload()
  await expect(page).toHaveURL(new RegExp(`/${middle.no}$`))
  await expectTitle(page, middle)
  expectNoProblems(problems, `slide ${middle.no}`)
})

test('a slide number the deck does not have says so, with a link to slide 1', async ({ page }) => {
  await page.goto(String(middle.no))
  await expectTitle(page, middle)
  await expect(page.getByTestId('missing-slide'), 'an existing slide shows no "no such slide" notice').toHaveCount(0)
  await page.goto('999')
  const notice = page.getByRole('alert')
  await expect(notice).toContainText('There is no slide 999')
  await expect(notice).toContainText(`This deck has ${deck.length} slides`)
  await notice.getByRole('link', { name: 'Go to slide 1' }).click()
  await expect(page).toHaveURL(/\/1$/)
  await expectTitle(page, deck[0])
  await expect(page.getByTestId('missing-slide')).toHaveCount(0)
})

test('ArrowRight and ArrowLeft move between slides', async ({ page, problems }) => {
  await page.goto('1')
  // A key pressed before the deck has mounted (and bound its keys) would be lost: wait for slide 1.
  await expectTitle(page, deck[0])
  await allSlidesMounted(page, deck.length)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2$/)
  await expectTitle(page, deck[1])
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/\/1$/)
  expectNoProblems(problems, 'slides 1–2')
})

test('click steps reveal one at a time before the next slide', async ({ page, problems }) => {
  expect(clickSlide, 'the deck should have a slide with click steps (frontmatter clicks: N)').toBeDefined()
  const { no } = clickSlide!
  const steps = Number(clickSlide!.frontmatter.clicks)
  await page.goto(`${no}?clicks=0`)
  // Steps not yet revealed: Slidev's v-click, and the rows of the components that reveal by click.
  // (Not every aria-hidden element: icons, the slide number and decorations are hidden for good.)
  const hidden = page.locator(['.slidev-vclick-hidden', '.summits__row--hidden', '.debate__row--hidden']
    .map(step => `[data-slidev-no="${no}"] ${step}`).join(', '))
  await expect(hidden.first(), 'steps not yet revealed should be hidden').toBeAttached()
  await allSlidesMounted(page, deck.length)
  for (let click = 1; click <= steps; click++) {
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(new RegExp(`/${no}\\?clicks=${click}$`))
  }
  await expect(hidden).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/${no + 1}(\\?clicks=0)?$`))
  expectNoProblems(problems, `slide ${no}`)
})

test('presenter mode shows the speaker notes of the current slide', async ({ page, problems }) => {
  await page.goto(`presenter/${middle.no}`)
  const firstWords = middle.note.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ')
  await expect(page.locator('.slidev-note').first()).toContainText(firstWords)
  expectNoProblems(problems, `presenter/${middle.no}`)
})

test('the overview lists every slide', async ({ page, problems }) => {
  await page.goto('overview')
  await expect(page.locator('.slidev-page')).toHaveCount(deck.length)
  expectNoProblems(problems, 'overview')
})
