// The maps as a student sees them in the built deck: every dot has its name beside it, North and
// South Korea are named on every map, and the Japan slide shows both 2017 flights with their dates
// and distances.
import type { Page } from '@playwright/test'
import { flights } from '../../data/flights.ts'
import { formatDate } from '../../lib/format.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { expect, expectNoProblems, test, visit } from './fixtures.ts'

const deck = (await loadDeck()).slides
const maps = deck.filter(slide => slide.content.includes('<PlaceMap'))
const japan = deck.find(slide => /<PlaceMap[^>]*:flights=/.test(slide.content))!

/** Runs in the page: the dots of a slide's map without a visible name, and the names written on it. */
function readMap(page: Page, no: number) {
  return page.locator(`[data-slidev-no="${no}"] .place-map svg`).evaluate((svg) => {
    const visible = (element: Element | null | undefined) => {
      const box = element?.getBoundingClientRect()
      return Boolean(element?.textContent?.trim() && box && box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden')
    }
    return {
      dots: svg.querySelectorAll('circle').length,
      unnamedDots: [...svg.querySelectorAll('circle')].filter(circle => !visible(circle.closest('g')?.querySelector('text'))).map(circle => circle.closest('g')?.outerHTML.slice(0, 80) ?? 'a circle outside any group'),
      countries: [...svg.querySelectorAll('.place-map__country text')].filter(visible).map(text => text.textContent!.trim()),
      flights: Object.fromEntries([...svg.querySelectorAll('g[data-flight]')].map(group =>
        [group.getAttribute('data-flight'), [...group.querySelectorAll('tspan')].filter(visible).map(line => line.textContent!.trim())])),
    }
  })
}

test('every dot on every map is named, and every map names North and South Korea', async ({ page, problems }) => {
  expect(maps.length).toBeGreaterThanOrEqual(4)
  for (const slide of maps) {
    await visit(page, String(slide.no))
    const map = await readMap(page, slide.no)
    expect(map.dots, `slide ${slide.no} draws dots`).toBeGreaterThan(0)
    expect(map.unnamedDots, `unnamed dots on slide ${slide.no} (${slide.file})`).toEqual([])
    expect(map.countries, `country names on slide ${slide.no} (${slide.file})`).toEqual(expect.arrayContaining(['North Korea', 'South Korea']))
  }
  expectNoProblems(problems, 'the map slides')
})

test('a dot whose name is gone, or a Korea left unnamed, is noticed (negative control)', async ({ page }) => {
  const slide = maps[0]!
  await visit(page, String(slide.no))
  await page.locator(`[data-slidev-no="${slide.no}"] .place-map svg`).evaluate((svg) => {
    svg.querySelector('[data-place] text')!.remove()
    svg.querySelector('.place-map__country text')!.setAttribute('visibility', 'hidden')
  })
  const map = await readMap(page, slide.no)
  expect(map.unnamedDots).toHaveLength(1)
  expect(map.countries).not.toContain('North Korea')
})

test('the Japan slide shows both 2017 flights with their dates and distances', async ({ page, problems }) => {
  await visit(page, String(japan.no))
  const expected = Object.fromEntries(flights.map(flight =>
    [flight.id, [formatDate(flight.date), `about ${flight.distanceKm.toLocaleString('en-US')} km`]]))
  expect(expected).toEqual({
    'hwasong-12-2017-08-29': ['August 29, 2017', 'about 2,700 km'],
    'hwasong-12-2017-09-15': ['September 15, 2017', 'about 3,700 km'],
  })
  expect((await readMap(page, japan.no)).flights).toEqual(expected)
  // Negative control: a label the audience cannot see does not count.
  await page.locator(`[data-slidev-no="${japan.no}"] g[data-flight="hwasong-12-2017-09-15"] tspan`).first().evaluate(line => line.setAttribute('visibility', 'hidden'))
  expect((await readMap(page, japan.no)).flights['hwasong-12-2017-09-15']).toEqual(['about 3,700 km'])
  expectNoProblems(problems, `slide ${japan.no}`)
})
