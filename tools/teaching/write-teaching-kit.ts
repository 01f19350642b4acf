// The teaching kit, written by `npm run export` (tools/export/export.ts) next to the slides, or alone
// with `npm run export:teaching [-- <dir>]`:
//   teaching-guide.pdf, reading-list.pdf, quiz.pdf, answer-key.pdf  tagged PDFs with title and /Lang
//   question-bank.gift.txt   GIFT for Moodle          question-bank.qti.zip   QTI 1.2 for Canvas
//   question-bank.moodle.xml Moodle XML (ID numbers, marks, the essay's marking guide for graders)
// The course packages (Common Cartridge, SCORM) need the deck's HTML files: tools/teaching/course-packages.ts.
// The PDFs are printed by Chromium from HTML (tools/teaching/documents.ts); no request leaves the
// machine (the pages are set as content and off-machine requests are refused).
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../shared/deck.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { questionBank } from '../../data/assessment.ts'
import { finishPdf } from '../export/pdf-meta.ts'
import { launchOptions, refuseOffMachine } from '../shared/browser.ts'
import { loadDeck } from '../shared/deck.ts'
import { exportFiles, EXPORTS } from '../shared/paths.ts'
import { teachingDocuments } from './documents.ts'
import { toGift } from './gift.ts'
import { toMoodleXml } from './moodle-xml.ts'
import { toQtiPackage } from './qti.ts'

/**
 * Writes every file of the teaching kit into outDir and returns the paths written. `deck` must be
 * the whole deck (optional slides included): the session plans of both class lengths come from it.
 * Pass the exporter's `browser` to reuse it; otherwise a Chromium is launched and closed here.
 */
export async function writeTeachingKit(outDir = EXPORTS, deck?: Deck, browser?: Browser): Promise<string[]> {
  await mkdir(outDir, { recursive: true })
  const full = deck ?? await loadDeck()
  const paths = exportFiles(full.exportFilename, outDir)
  const ownBrowser = browser ? undefined : await chromium.launch(launchOptions())
  const context = await (browser ?? ownBrowser!).newContext({ offline: true })
  try {
    const refused: string[] = []
    await refuseOffMachine(context, href => refused.push(href))
    for (const document of teachingDocuments(full.slides, full.title)) {
      const page = await context.newPage()
      await page.setContent(document.html, { waitUntil: 'load' })
      const printed = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } })
      await page.close()
      if (refused.length)
        throw new Error(`${document.file} tried to reach the network (${refused.join(', ')}): the kit must print offline.`)
      await writeFile(join(outDir, document.file), await finishPdf(printed, { title: document.title, author: full.author, lang: full.lang }))
    }
  }
  finally {
    await context.close()
    await ownBrowser?.close()
  }
  await writeFile(paths.gift, toGift(questionBank))
  await writeFile(paths.qti, toQtiPackage(questionBank, `Question bank: ${full.title}`))
  await writeFile(paths.moodleXml, toMoodleXml(questionBank))
  return [...paths.teachingPdfs, paths.gift, paths.qti, paths.moodleXml]
}
