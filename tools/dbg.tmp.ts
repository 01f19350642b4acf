import { chromium } from 'playwright-chromium'
import { BROWSER_ARGS, findBrowser } from '/work/wt/design/scripts/find-browser.mjs'
const b = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS })
const p = await b.newPage({ viewport: { width: 980, height: 552 } })
p.on('console', m => console.log('console', m.type(), m.text().slice(0, 400)))
p.on('pageerror', e => console.log('pageerror', e.message.slice(0, 400)))
for (const n of process.argv.slice(2)) {
  await p.goto(`http://127.0.0.1:4205/lectures/trump-kim/${n}`)
  await p.waitForTimeout(1500)
  console.log(n, (await p.locator('.slidev-page').first().innerText()).slice(0, 300))
}
await b.close()
