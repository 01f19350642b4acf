import type { PDFObject, PDFRef } from 'pdf-lib'
// Finishes a PDF printed by Chromium: document metadata (Title, Author, Subject, Keywords), the
// language in the catalog (/Lang), the window title and the PDF/UA additions (pdf-accessibility.ts),
// and optionally a bookmark outline. The structure tree Chromium wrote (tagged: true) is kept.
//
// Why the outline is written here and not with @lillallol/outline-pdf (which Slidev's own exporter
// uses): that library points each bookmark at the top of a page only, and adds an outline to a PDF
// that has none. The handout's bookmarks must open at a slide's heading part-way down an A4 page
// (destinations taken from the outline Chromium wrote), and that outline must be replaced, not
// added to. pdf-lib has no outline API, so the few dictionaries are written by hand.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString } from 'pdf-lib'
import { makeAccessible } from './pdf-accessibility.ts'

/**
 * An outline entry points at a page (top of the page), or at `dest`, a destination array taken
 * from the outline Chromium wrote (a heading's exact position).
 */
export interface OutlineEntry {
  title: string
  pageIndex: number
  dest?: PDFArray
  children?: OutlineEntry[]
}

/** An entry of the outline a PDF already has (e.g. Chromium's, from the headings), flattened. */
export interface ExistingOutlineEntry {
  title: string
  pageIndex: number
  dest?: PDFArray
}

/** The existing outline, flattened; `refs` are its objects, to remove them when it is replaced. */
function readOutline(pdf: PDFDocument): { entries: ExistingOutlineEntry[], refs: PDFRef[] } {
  const pageIndexOf = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]))
  const entries: ExistingOutlineEntry[] = []
  const refs: PDFRef[] = []
  const walk = (ref: PDFObject | undefined) => {
    let item = ref ? pdf.context.lookup(ref) : undefined
    if (item)
      refs.push(ref as PDFRef)
    while (item instanceof PDFDict) {
      const title = item.lookup(PDFName.of('Title'))
      const dest = item.lookup(PDFName.of('Dest'))
      const target = dest instanceof PDFArray ? dest.get(0) : undefined
      entries.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        pageIndex: target ? pageIndexOf.get(target.toString()) ?? -1 : -1,
        dest: dest instanceof PDFArray ? dest : undefined,
      })
      walk(item.get(PDFName.of('First')))
      const next = item.get(PDFName.of('Next'))
      item = next ? pdf.context.lookup(next) : undefined
      if (item)
        refs.push(next as PDFRef)
    }
  }
  const rootRef = pdf.catalog.get(PDFName.of('Outlines'))
  const root = rootRef ? pdf.context.lookup(rootRef) : undefined
  if (root instanceof PDFDict) {
    refs.push(rootRef as PDFRef)
    walk(root.get(PDFName.of('First')))
  }
  return { entries, refs }
}

/** Writes /Outlines: top-level entries, each with its children nested (closed by default). */
function writeOutline(pdf: PDFDocument, entries: OutlineEntry[]) {
  const { context } = pdf
  const pageRefs = pdf.getPages().map(page => page.ref)
  const rootRef = context.nextRef()

  /** @returns the number of entries at this level */
  function writeLevel(items: OutlineEntry[], parentRef: PDFRef, parentDict: PDFDict): number {
    const refs = items.map(() => context.nextRef())
    let visible = 0
    items.forEach((item, index) => {
      const pageRef = pageRefs[item.pageIndex]
      if (!pageRef)
        throw new Error(`Outline entry "${item.title}" points at page ${item.pageIndex + 1}, but the PDF has ${pageRefs.length} pages.`)
      const dict = context.obj({})
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title))
      dict.set(PDFName.of('Parent'), parentRef)
      dict.set(PDFName.of('Dest'), item.dest ?? context.obj([pageRef, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]))
      if (index > 0)
        dict.set(PDFName.of('Prev'), refs[index - 1]!)
      if (index < items.length - 1)
        dict.set(PDFName.of('Next'), refs[index + 1]!)
      const children = item.children ?? []
      if (children.length > 0) {
        writeLevel(children, refs[index]!, dict)
        // negative: the chapter starts closed, showing only the chapter titles
        dict.set(PDFName.of('Count'), PDFNumber.of(-children.length))
      }
      context.assign(refs[index]!, dict)
      visible += 1
    })
    if (refs.length > 0) {
      parentDict.set(PDFName.of('First'), refs[0]!)
      parentDict.set(PDFName.of('Last'), refs.at(-1)!)
    }
    return visible
  }

  const root = context.obj({ Type: 'Outlines' })
  const visible = writeLevel(entries, rootRef, root)
  root.set(PDFName.of('Count'), PDFNumber.of(visible))
  context.assign(rootRef, root)
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export interface PdfInfo {
  title: string
  author?: string
  subject?: string
  keywords?: string[]
  lang: string
  /** replaces any outline the PDF has; as a function it gets the existing one first, to reuse its destinations */
  outline?: OutlineEntry[] | ((existing: ExistingOutlineEntry[]) => OutlineEntry[])
  expectPages?: number
}

/** Adds metadata, /Lang, the PDF/UA additions and the outline to a PDF from page.pdf(). */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  if (info.expectPages !== undefined && pdf.getPageCount() !== info.expectPages)
    throw new Error(`The PDF has ${pdf.getPageCount()} pages but the deck has ${info.expectPages} slides: a slide overflows its page or did not render.`)
  for (const key of ['StructTreeRoot', 'MarkInfo']) {
    if (!pdf.catalog.has(PDFName.of(key)))
      throw new Error(`Chromium wrote no /${key}: the PDF is not tagged (is the browser older than Chrome 120?).`)
  }

  pdf.setProducer('pdf-lib')
  // Title (shown in the window), author, subject, keywords, /Lang, plus what a PDF/UA checker asks
  // and HTML cannot write: RoleMap, XMP (replacing any Chromium wrote), tab order, link descriptions.
  makeAccessible(pdf, {
    title: info.title,
    lang: info.lang,
    author: info.author,
    subject: info.subject,
    keywords: info.keywords,
    creator: 'Slidev + Chromium (tools/export/export.ts)',
  })

  if (info.outline) {
    const existing = readOutline(pdf)
    const entries = typeof info.outline === 'function' ? info.outline(existing.entries) : info.outline
    pdf.catalog.delete(PDFName.of('Outlines'))
    for (const ref of existing.refs)
      pdf.context.delete(ref)
    writeOutline(pdf, entries)
  }
  return pdf.save({ useObjectStreams: false })
}
