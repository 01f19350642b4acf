import type { PdfUaReport, PdfUaRule } from '../../tools/export/pdf-ua-check.ts'
// PDF/UA-style checks on every PDF the export writes (tools/export/pdf-ua-check.ts): each Figure
// has alternate text, no non-standard structure type without a RoleMap entry, slide and page
// numbers are artifacts (not read as content), XMP with dc:title, dc:language and pdfuaid:part 1,
// DisplayDocTitle, /Lang, tab order, bookmarks, link descriptions, and every slide's title first in
// reading order.
// The negative control prints a small page with each problem through the same Chromium, without the
// deck's markup and without tools/export/pdf-accessibility.ts, and expects the checker to find each.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccessible } from '../../tools/export/pdf-accessibility.ts'
import { checkPdfUa } from '../../tools/export/pdf-ua-check.ts'
import { launchOptions } from '../../tools/shared/browser.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { exportFiles, EXPORTS } from '../../tools/shared/paths.ts'
import { requireFile, requireFresh } from './support.ts'

const rulesOf = (report: PdfUaReport) => [...new Set(report.problems.map(problem => problem.rule))].sort()
const listed = (report: PdfUaReport) => report.problems.map(problem => `${problem.page ? `page ${problem.page}: ` : ''}${problem.message}`).join('\n')

const deck = await loadDeck()
const paths = exportFiles(deck.exportFilename)
const pdfs = existsSync(EXPORTS) ? readdirSync(EXPORTS).filter(name => name.endsWith('.pdf')).map(name => join(EXPORTS, name)) : []

describe('every exported PDF passes the PDF/UA checks', () => {
  it('the export wrote the slides PDF and the handout', () => {
    expect(pdfs).toEqual(expect.arrayContaining([paths.slides, paths.handout]))
  })

  it.each(pdfs)('%s', async (path) => {
    const bytes = requireFile(path, 'run npm run export first')
    requireFresh(path, 'run npm run export again')
    // The slides PDF has a page per slide, each starting with its title; the handout is a document.
    const report = await checkPdfUa(bytes, { headingFirst: path === paths.slides ? 'every-page' : 'first-page' })
    console.log(`${path}: ${JSON.stringify(report.counts)}`)
    expect(report.problems, listed(report)).toEqual([])
    if (path === paths.slides)
      expect(report.counts.figures, 'the launch chart is a Figure (with its /Alt)').toBeGreaterThan(0)
  })
})

describe('the checker can fail (negative control)', () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>
  beforeAll(async () => {
    browser = await chromium.launch(launchOptions())
  })
  afterAll(async () => browser?.close())

  /** A slide as plain HTML, printed tagged by Chromium, like the export but without its fixes. */
  async function print(body: string): Promise<Uint8Array> {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="en"><head><title>Control</title></head><body>${body}</body></html>`)
    const pdf = await page.pdf({ width: '980px', height: '552px', tagged: true, outline: true })
    await page.close()
    return pdf
  }

  const unfixed = `
    <footer><span>3 / 9</span></footer>
    <h1>A slide title</h1>
    <p>Some <strong>bold</strong> and <em>emphasised</em> words, <a href="https://example.org/">a source</a>.</p>
    <figure><blockquote><p>A quotation in a figure.</p></blockquote><figcaption>Someone, 2018</figcaption></figure>`

  it('finds a Figure without /Alt, Strong/Em without RoleMap, a tagged slide number, the title not first, a bare link and no XMP', async () => {
    const report = await checkPdfUa(await print(unfixed))
    expect(report.counts).toMatchObject({ figuresWithoutAlt: 1, furnitureTagged: 1, xmp: false })
    expect(Object.keys(report.unmappedTypes).sort()).toEqual(['Em', 'Strong'])
    expect(rulesOf(report)).toEqual(expect.arrayContaining<PdfUaRule>(
      ['figure-alt', 'non-standard-type', 'furniture-tagged', 'heading-first', 'xmp', 'link-contents'],
    ))
  })

  it('finds an untagged PDF (as Slidev\'s own export writes) without language, title, bookmarks or metadata', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([980, 552])
    const report = await checkPdfUa(await pdf.save())
    expect(rulesOf(report)).toEqual(['display-doc-title', 'lang', 'outline', 'tab-order', 'tagged', 'title', 'xmp'])
  })

  it('pdf-accessibility fixes what the PDF can fix; the markup problems stay', async () => {
    const pdf = await PDFDocument.load(await print(unfixed))
    makeAccessible(pdf, { title: 'Control', lang: 'en' })
    const report = await checkPdfUa(await pdf.save())
    expect(rulesOf(report)).toEqual(['figure-alt', 'furniture-tagged', 'heading-first'])
  })

  it('with the deck\'s markup (alt text, hidden slide number after the content) and the fixes, it passes', async () => {
    const pdf = await PDFDocument.load(await print(`
      <h1>A slide title</h1>
      <p>Some <strong>bold</strong> and <em>emphasised</em> words, <a href="https://example.org/">a source</a>.</p>
      <div><blockquote><p>A quotation.</p></blockquote><p>Someone, 2018</p></div>
      <svg role="img" aria-label="A bar chart of three numbers: 1, 2, 3" width="60" height="20"><rect width="60" height="20" /></svg>
      <div><span aria-hidden="true">3 / 9</span></div>`))
    makeAccessible(pdf, { title: 'Control', lang: 'en' })
    const report = await checkPdfUa(await pdf.save())
    expect(report.problems, listed(report)).toEqual([])
    expect(report.counts).toMatchObject({ figures: 1, figuresWithoutAlt: 0, furnitureTagged: 0, xmp: true })
  })
})
