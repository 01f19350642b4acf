import { VERIFIED_LINE, VERIFIED_THROUGH_LABEL } from '../../data/status.ts'
import { META_CONTENT_SECURITY_POLICY } from '../../tools/hosting/security-headers.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { expect, expectNoProblems, expectTitle, passParts, test } from './fixtures.ts'

const loaded = await loadDeck()
const deck = loaded.slides

for (const { name, slides } of passParts(loaded)) {
  test(`${name}: every slide renders at its URL with its title, no console error and no off-machine request`, async ({ page, problems }) => {
    // One page load per slide: the budget grows with the chapter.
    test.setTimeout(60_000 + slides.length * 5_000)
    for (const slide of slides) {
      await test.step(`slide ${slide.no}: ${slide.title}`, async () => {
        await page.goto(String(slide.no))
        await expect(page.locator(`[data-slidev-no="${slide.no}"]`)).toBeVisible()
        await expectTitle(page, slide)
        expectNoProblems(problems, `slide ${slide.no} (${slide.file})`)
      })
    }
  })
}

test.describe('without the deck\'s Content-Security-Policy', () => {
  // The policy in the page refuses the fetch and the WebSocket before they start; without it they start,
  // and the watcher must see each kind.
  test.use({ bypassCSP: true })

  test('a request or WebSocket that would leave the machine is reported (negative control)', async ({ page, problems }) => {
    await page.goto('1')
    await expect(page.locator('[data-slidev-no="1"]')).toBeVisible()
    await page.evaluate(() => {
      fetch('https://example.org/font.woff2').catch(() => {})
      document.body.append(Object.assign(document.createElement('img'), { src: 'http://203.0.113.7/picture.png', alt: '' }))
      const socket = new WebSocket('wss://example.org/live')
      socket.onerror = () => {}
    })
    await expect.poll(() => [...problems.offMachineRequests].sort()).toEqual(['http://203.0.113.7/picture.png', 'https://example.org/font.woff2', 'wss://example.org/live'])
  })
})

// Every build carries the deck's Content-Security-Policy in a <meta> (tools/vite/csp-meta.ts: the hosting
// header's policy without frame-ancestors), and Chromium reports each violation as a console error, so
// every pass over the e2e build fails on a slide that breaks the policy. csp.spec.ts adds the header itself.
test('a violation of the deck\'s Content-Security-Policy is a console error the passes report (negative control)', async ({ page, problems }) => {
  await page.goto('1')
  await expect(page.locator('[data-slidev-no="1"]')).toBeVisible()
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY)
  expectNoProblems(problems, 'slide 1 as built')
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.inlineRan = true' })))
  await expect.poll(() => problems.consoleErrors.join('\n')).toMatch(/violates the following Content Security Policy directive 'script-src 'self''/)
  expect(await page.evaluate(() => 'inlineRan' in window), 'the inline script must not run').toBe(false)
})

test('the page declares English and follows the deck title', async ({ page, problems }) => {
  await page.goto('1')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle(/Trump and Kim Jong Un/)
  expectNoProblems(problems, 'slide 1')
})

// The verified-through date comes from data/status.ts: in the footer of every slide marked
// `verified: true` (on screen and in print, as exported to PDF) and in prose through <VerifiedThrough />.
test('slides marked verified: true show the verified-through footer, on screen and in print; others do not', async ({ page, problems }) => {
  const verified = deck.find(slide => slide.frontmatter.verified === true && slide.content.includes('<VerifiedThrough />'))!
  const unmarked = deck.find(slide => slide.no > 1 && slide.frontmatter.verified !== true)!
  for (const mode of ['', '?print']) {
    await page.goto(`${verified.no}${mode}`)
    const slide = page.locator(`[data-slidev-no="${verified.no}"]`)
    await expect(slide.locator('.slidev-page-footer'), `slide ${verified.no}${mode}`).toContainText(VERIFIED_LINE)
    await expect(slide.locator('time', { hasText: VERIFIED_THROUGH_LABEL }), `slide ${verified.no}${mode}: each <VerifiedThrough />`).toHaveCount(verified.content.split('<VerifiedThrough />').length - 1)
    // Negative control: a slide without the flag has a footer (its number) but no date.
    await page.goto(`${unmarked.no}${mode}`)
    const other = page.locator(`[data-slidev-no="${unmarked.no}"] .slidev-page-footer`)
    await expect(other, `slide ${unmarked.no}${mode}`).toBeVisible()
    await expect(other).not.toContainText('Verified through')
  }
  expectNoProblems(problems, `slides ${verified.no} and ${unmarked.no}`)
})
