// `npm run export:teaching`: the teaching kit, written into exports/ (or the folder given):
//   teaching-guide.pdf, reading-list.pdf, quiz.pdf, answer-key.pdf  tagged PDFs with title and /Lang
//   question-bank.gift.txt   GIFT for Moodle          question-bank.qti.zip   QTI 1.2 for Canvas
// The PDFs are printed by Chromium from HTML (tools/teaching/documents.ts); no request leaves the
// machine (the pages are set as content and every network request is refused).
import type { TimedSlide } from '../rules/timing'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { questionBank } from '../../data/assessment'
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs'
import { plainText } from '../../scripts/plain-text.mjs'
import { teachingDocuments } from './documents'
import { toGift } from './gift'
import { toQtiPackage } from './qti'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const GIFT_FILE = 'question-bank.gift.txt'
export const QTI_FILE = 'question-bank.qti.zip'

/** The deck as written (every slide, optional ones included), numbered as in the full class. */
export async function loadTimedDeck(): Promise<{ title: string, lang: string, slides: TimedSlide[] }> {
  const data = await load({ userRoot: ROOT, roots: [ROOT] }, join(ROOT, 'slides.md'))
  const slides = data.slides.filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide).map((slide, index) => ({
    no: index + 1,
    title: plainText(slide.content.match(/^#\s+(.+)$/m)?.[1] ?? ''),
    note: slide.note ?? '',
    frontmatter: slide.frontmatter ?? {},
    file: relative(ROOT, slide.source.filepath),
  }))
  const headmatter = data.headmatter ?? {}
  return { title: String(headmatter.title ?? 'Lecture'), lang: String(headmatter.lang ?? 'en'), slides }
}

/** Sets the document title (shown instead of the file name) and the language, keeping Chromium's tags. */
async function finish(pdfBytes: Uint8Array, title: string, lang: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(pdfBytes)
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setLanguage(lang)
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(lang))
  pdf.setProducer('trump-kim-diplomacy-lecture teaching kit')
  return pdf.save()
}

/** Writes every file of the teaching kit into outDir; returns the paths written. */
export async function writeTeachingKit(outDir = join(ROOT, 'exports')): Promise<string[]> {
  await mkdir(outDir, { recursive: true })
  const deck = await loadTimedDeck()
  const written: string[] = []
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS })
  try {
    const context = await browser.newContext({ offline: true })
    await context.route('**/*', route => route.abort('blockedbyclient'))
    for (const document of teachingDocuments(deck.slides, deck.title)) {
      const page = await context.newPage()
      await page.setContent(document.html, { waitUntil: 'load' })
      const pdf = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } })
      await page.close()
      const path = join(outDir, document.file)
      await writeFile(path, await finish(pdf, document.title, deck.lang))
      written.push(path)
    }
  }
  finally {
    await browser.close()
  }
  const gift = join(outDir, GIFT_FILE)
  await writeFile(gift, toGift(questionBank))
  const qti = join(outDir, QTI_FILE)
  await writeFile(qti, toQtiPackage(questionBank, `Question bank: ${deck.title}`))
  written.push(gift, qti)
  return written
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined
  const started = Date.now()
  const files = await writeTeachingKit(out)
  for (const file of files)
    console.log(`wrote ${relative(process.cwd(), file)}`)
  console.log(`teaching kit: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
