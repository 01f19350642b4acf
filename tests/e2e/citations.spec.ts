// The sources chapter lists exactly what the slides cite: collected from the rendered deck in
// print mode, so citations inside components (timelines, tables, quotes, the chart) count as a
// student sees them. Print mode mounts every slide at its last click step at once (Slidev's print
// range is the whole deck), so one page holds all of them.
import { loadDeck } from '../../tools/shared/deck.ts'
import { expect, expectNoProblems, test } from './fixtures.ts'

const deck = (await loadDeck()).slides
const idOf = (text: string) => text.trim().replace(/^\[|\]$/g, '')

test('the sources slides list exactly the ids cited on the other slides', async ({ page, problems }) => {
  await page.goto('1?print')
  await expect(page.locator('#slideshow > [data-slidev-no]')).toHaveCount(deck.length)
  await expect(page.locator('.slidev-slide-loading'), 'slides still loading').toHaveCount(0)
  const cited = new Map<string, number>()
  const listed: string[] = []
  for (const slide of deck) {
    const wrapper = page.locator(`[data-slidev-no="${slide.no}"]`)
    await expect(wrapper.locator('h1').first(), `slide ${slide.no} (${slide.file}) in print mode`).toBeAttached()
    listed.push(...await wrapper.locator('li[id^="source-"]').evaluateAll(items => items.map(item => item.id.slice('source-'.length))))
    for (const text of await wrapper.locator('.cite a').allTextContents())
      cited.set(idOf(text), cited.get(idOf(text)) ?? slide.no)
  }
  expect(listed.length, 'no sources slide rendered').toBeGreaterThan(0)
  expect(new Set(listed).size, 'an id is listed twice on the sources slides').toBe(listed.length)
  expect(listed.filter(id => !cited.has(id)), 'listed in data/sources.ts but cited on no slide: cite it or remove it').toEqual([])
  expect([...cited].filter(([id]) => !listed.includes(id)).map(([id, no]) => `${id} (first cited on slide ${no})`), 'cited but not on the sources slides').toEqual([])
  expectNoProblems(problems, 'print mode')
  console.log(`${cited.size} cited ids, each listed once on the sources slides`)
})

test('a citation opens its panel, whose link goes to the sources slide that lists it', async ({ page, problems }) => {
  const slide = deck.find(slide => slide.content.includes('<Cite '))!
  await page.goto(String(slide.no))
  const cite = page.locator(`[data-slidev-no="${slide.no}"] .cite button`).first()
  const id = idOf((await cite.textContent())!)
  await cite.click()
  await page.getByRole('dialog', { name: `Source ${id}` }).getByRole('link', { name: 'Full entry in the Sources chapter' }).click()
  await expect(page).toHaveURL(/\/sources-\d+$/)
  await expect(page.locator(`li#source-${id}`)).toBeVisible()
  expectNoProblems(problems, `slide ${slide.no}`)
})
