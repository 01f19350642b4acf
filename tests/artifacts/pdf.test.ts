import type { Deck, DeckSlide } from '../../tools/shared/deck.ts'
import type { PdfText } from '../../tools/shared/pdf.ts'
// Checks on the exported PDFs (`npm run export` writes them to exports/): one page per slide,
// chapter › slide bookmarks, tagged with /Lang, metadata, extractable text (titles, sources,
// notes in the handout) and embedded, non-Type 3 fonts. Everything is derived from the deck.
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { plainText } from '../../lib/plain-text.ts'
import { charactersOutsideFont } from '../../tools/fonts/subset.ts'
import { propValues } from '../../tools/shared/components.ts'
import { firstSentence, loadDeck } from '../../tools/shared/deck.ts'
import { exportFiles } from '../../tools/shared/paths.ts'
import { readPdf } from '../../tools/shared/pdf.ts'
import { noteRun, requireFile, requireFresh, squash } from './support.ts'

const ADVICE = 'run npm run export first'

let loaded: Deck
let deck: DeckSlide[]
let slidesPdf: PDFDocument
let handoutPdf: PDFDocument
let slidesText: PdfText
let handoutText: PdfText

beforeAll(async () => {
  loaded = await loadDeck()
  deck = loaded.slides
  const paths = exportFiles(loaded.exportFilename)
  const slidesBytes = requireFile(paths.slides, ADVICE)
  const handoutBytes = requireFile(paths.handout, ADVICE)
  requireFresh(paths.slides, 'run npm run export again')
  requireFresh(paths.handout, 'run npm run export again')
  slidesPdf = await PDFDocument.load(slidesBytes, { updateMetadata: false })
  handoutPdf = await PDFDocument.load(handoutBytes, { updateMetadata: false })
  slidesText = await readPdf(slidesBytes)
  handoutText = await readPdf(handoutBytes)
})

function decode(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

function headmatter() {
  return deck[0].frontmatter
}

/** Catalog checks shared by both PDFs: tagged (structure tree, marked content) and /Lang. */
function expectTaggedWithLang(pdf: PDFDocument) {
  const { catalog } = pdf
  expect(decode(catalog.lookup(PDFName.of('Lang'))), '/Lang in the catalog').toBe(String(headmatter().lang ?? 'en'))
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  expect(markInfo, '/MarkInfo in the catalog').toBeDefined()
  expect(markInfo!.get(PDFName.of('Marked')), '/MarkInfo /Marked').toBe(PDFBool.True)
  const tree = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  expect(tree, '/StructTreeRoot in the catalog').toBeDefined()
  expect(tree!.get(PDFName.of('K')), 'the structure tree has content').toBeDefined()
}

/** Every font used on any page (also inside form XObjects): embedded, and not Type 3. */
function fontProblems(pdf: PDFDocument): { problems: string[], names: string[] } {
  const problems: string[] = []
  const names = new Set<string>()
  const seen = new Set<string>()
  const visitResources = (resources: PDFDict | undefined, where: string) => {
    if (!resources)
      return
    const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const [key, value] of fonts?.entries() ?? []) {
      const id = value instanceof PDFRef ? value.toString() : `${where}${key}`
      if (seen.has(id))
        continue
      seen.add(id)
      const font = pdf.context.lookup(value, PDFDict)
      const subtype = font.get(PDFName.of('Subtype'))?.toString()
      const name = font.get(PDFName.of('BaseFont'))?.toString() ?? key.toString()
      names.add(name)
      if (subtype === '/Type3') {
        problems.push(`${where}: ${name} is a Type 3 font`)
        continue
      }
      const descendant = subtype === '/Type0'
        ? font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict)
        : font
      const descriptor = descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
      const embedded = descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some(file => descriptor.has(PDFName.of(file)))
      if (!embedded)
        problems.push(`${where}: ${name} (${subtype}) is not embedded`)
    }
    const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict)
    for (const [key, value] of xobjects?.entries() ?? []) {
      const id = value instanceof PDFRef ? value.toString() : `${where}${key}`
      if (seen.has(id))
        continue
      seen.add(id)
      const xobject = pdf.context.lookup(value)
      if (xobject instanceof PDFStream && xobject.dict.get(PDFName.of('Subtype'))?.toString() === '/Form')
        visitResources(xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), `${where} ${key}`)
    }
  }
  pdf.getPages().forEach((page, index) => visitResources(page.node.Resources(), `page ${index + 1}`))
  return { problems, names: [...names] }
}

/** /Alt texts of the /Figure elements in the structure tree. */
function figureAlts(pdf: PDFDocument): string[] {
  const alts: string[] = []
  const seen = new Set<unknown>()
  const visit = (node: unknown) => {
    const value = node instanceof PDFRef ? pdf.context.lookup(node) : node
    if (!value || seen.has(value))
      return
    seen.add(value)
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index++)
        visit(value.get(index))
    }
    else if (value instanceof PDFDict) {
      if (value.get(PDFName.of('S'))?.toString() === '/Figure') {
        const alt = decode(value.lookup(PDFName.of('Alt')))
        if (alt)
          alts.push(alt)
      }
      visit(value.get(PDFName.of('K')))
    }
  }
  visit(pdf.catalog.get(PDFName.of('StructTreeRoot')))
  return alts
}

describe('slides PDF', () => {
  it('has one page per slide', () => {
    expect(slidesPdf.getPageCount()).toBe(deck.length)
    expect(slidesText.pages).toHaveLength(deck.length)
  })

  it('has bookmarks: the chapters (cover and section slides) in order, each with its slides nested', () => {
    const expected = loaded.chapters.map(({ slide, children }) => ({
      title: slide.title,
      page: slide.no,
      items: children.map(child => ({ title: child.title, page: child.no })),
    }))
    expect(slidesText.outline).toEqual(expected)
  })

  it('is tagged (structure tree, /MarkInfo) and says its language', () => {
    expectTaggedWithLang(slidesPdf)
  })

  it('has Title, Author and Subject from the headmatter', () => {
    expect(slidesPdf.getTitle()).toBe(headmatter().title)
    expect(slidesPdf.getAuthor()).toBe(headmatter().author)
    if (headmatter().info)
      expect(slidesPdf.getSubject()).toBe(firstSentence(String(headmatter().info)))
  })

  it('has each slide title as text on its own page', () => {
    const missing = deck
      .filter(slide => slide.title && !squash(slidesText.pages[slide.no - 1] ?? '').includes(squash(slide.title)))
      .map(slide => `slide ${slide.no} (${slide.file}): "${slide.title}" not found in the text of page ${slide.no}`)
    expect(missing).toEqual([])
  })

  it('has the sources chapter as extractable text', async () => {
    const sourceSlides = deck.filter(slide => slide.chapter.id === 'sources' || slide.components.some(use => use.name === 'SourcesList'))
    expect(sourceSlides.length, 'slides of the sources chapter').toBeGreaterThan(0)
    const missing: string[] = []
    // Text written on the slides themselves (headings, paragraphs), line by line; inline
    // components split a line into fragments, each of which must be on the page.
    for (const slide of sourceSlides) {
      const page = squash(slidesText.pages[slide.no - 1] ?? '')
      const fragments = slide.content
        .replace(/<!--[\s\S]*?-->/g, '')
        .split('\n')
        .map(line => line.replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/, ''))
        .flatMap(line => line.split(/<[^>]*>/))
        .map(fragment => plainText(fragment))
        .filter(fragment => /\p{L}/u.test(fragment))
      for (const fragment of fragments) {
        if (!page.includes(squash(fragment)))
          missing.push(`slide ${slide.no} (${slide.file}): "${fragment}"`)
      }
    }
    // The bibliography rendered by <SourcesList :page="N" />: ids, summaries and outlets.
    const listed = sourceSlides.filter(slide => slide.components.some(use => use.name === 'SourcesList'))
    if (listed.length > 0) {
      const { sourcesOnPage } = await import('../../data/sources.ts')
      for (const slide of listed) {
        const number = Number(propValues(slide.components, 'SourcesList', 'page')[0])
        const page = squash(slidesText.pages[slide.no - 1] ?? '')
        for (const entry of sourcesOnPage(number)) {
          for (const text of [entry.id, entry.summary, ...entry.sources.map(source => source.outlet)]) {
            if (!page.includes(squash(text)))
              missing.push(`slide ${slide.no} (sources page ${number}): "${text}"`)
          }
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('embeds its fonts (Inter), none of them Type 3', () => {
    const { problems, names } = fontProblems(slidesPdf)
    expect(problems).toEqual([])
    expect(names.some(name => /Inter/.test(name)), `fonts used: ${names.join(', ')}`).toBe(true)
  })

  it('has no character the shipped Inter files lack (it would print in a fallback font)', () => {
    const outside = slidesText.pages.flatMap((page, index) => charactersOutsideFont(page).map(character => `page ${index + 1}: "${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase()})`))
    expect(outside, 'set it in other characters, or add its range in tools/fonts/subset.ts and run npm run fonts').toEqual([])
  })
})

describe('handout PDF', () => {
  it('is tagged, says its language and has Title and Author', () => {
    expectTaggedWithLang(handoutPdf)
    expect(handoutPdf.getTitle()).toContain(String(headmatter().title))
    expect(handoutPdf.getAuthor()).toBe(headmatter().author)
  })

  it('shows every slide as a figure with the alt text "Slide N: title"', () => {
    const alts = figureAlts(handoutPdf).map(squash)
    const missing = deck
      .map(slide => `Slide ${slide.no}: ${slide.title}`)
      .filter(alt => !alts.includes(squash(alt)))
    expect(missing).toEqual([])
  })

  it('has every slide title and every slide\'s speaker notes as text', () => {
    const all = squash(handoutText.pages.join('\n'))
    const missing: string[] = []
    for (const slide of deck) {
      if (!all.includes(squash(slide.title)))
        missing.push(`slide ${slide.no}: title "${slide.title}"`)
      const run = noteRun(slide.note)
      if (slide.note.trim() && run === null)
        missing.push(`slide ${slide.no}: its note has no run of 4+ plain words to look for`)
      if (run && !all.includes(squash(run)))
        missing.push(`slide ${slide.no}: note words "${run}"`)
    }
    expect(missing).toEqual([])
  })

  it('has bookmarks: the chapters, each with its slides nested, each pointing at its slide', () => {
    const chapters = loaded.chapters
    expect(handoutText.outline.map(entry => entry.title)).toEqual(chapters.map(({ slide }) => slide.title))
    const wrong: string[] = []
    chapters.forEach(({ slide, children }, index) => {
      const entry = handoutText.outline[index]
      expect(entry.items.map(item => item.title), `slides under "${slide.title}"`).toEqual(children.map(child => child.title))
      for (const [target, item] of [[slide, entry], ...children.map((child, at) => [child, entry.items[at]] as const)] as const) {
        const page = squash(handoutText.pages[item.page - 1] ?? '')
        if (!page.includes(squash(`Slide ${target.no}: ${target.title}`)))
          wrong.push(`bookmark "${item.title}" points at page ${item.page}, which lacks "Slide ${target.no}: …"`)
      }
    })
    expect(wrong).toEqual([])
  })

  it('has the deck title and "Page N of M" on every page', () => {
    const total = handoutText.pages.length
    const title = squash(String(headmatter().title))
    const missing = handoutText.pages.flatMap((text, index) => {
      const page = squash(text)
      return [
        ...(page.includes(squash(`Page ${index + 1} of ${total}`)) ? [] : [`page ${index + 1}: "Page ${index + 1} of ${total}"`]),
        ...(page.includes(title) ? [] : [`page ${index + 1}: the deck title`]),
      ]
    })
    expect(missing).toEqual([])
  })

  it('embeds its fonts, none of them Type 3', () => {
    expect(fontProblems(handoutPdf).problems).toEqual([])
  })
})
