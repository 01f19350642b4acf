// Finishes a PDF printed by Chromium: document metadata (Title, Author, Subject, Keywords), the
// language in the catalog (/Lang), the window title, and optionally a hand-built bookmark
// outline (pdf-lib has no outline API). The structure tree Chromium wrote (tagged: true) is kept.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString } from 'pdf-lib'

/**
 * An outline entry points at a page (top of the page), or at `dest`, a destination array taken
 * from the outline Chromium wrote (a heading's exact position).
 * @typedef {{ title: string, pageIndex: number, dest?: PDFArray, children?: OutlineEntry[] }} OutlineEntry
 */

/**
 * The outline a PDF already has (e.g. Chromium's, from the headings), flattened; `refs` are its
 * objects, so that they can be removed when the outline is replaced.
 * @param {PDFDocument} pdf
 * @returns {{ title: string, pageIndex: number, dest?: PDFArray }[] & { refs: import('pdf-lib').PDFRef[] }}
 */
function readOutline(pdf) {
  const pageIndexOf = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]))
  const found = Object.assign([], { refs: [] })
  const walk = (ref) => {
    let item = ref ? pdf.context.lookup(ref) : undefined
    if (item)
      found.refs.push(ref)
    while (item instanceof PDFDict) {
      const title = item.lookup(PDFName.of('Title'))
      const dest = item.lookup(PDFName.of('Dest'))
      const target = dest instanceof PDFArray ? dest.get(0) : undefined
      found.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        pageIndex: target ? pageIndexOf.get(target.toString()) ?? -1 : -1,
        dest: dest instanceof PDFArray ? dest : undefined,
      })
      walk(item.get(PDFName.of('First')))
      const next = item.get(PDFName.of('Next'))
      item = next ? pdf.context.lookup(next) : undefined
      if (item)
        found.refs.push(next)
    }
  }
  const rootRef = pdf.catalog.get(PDFName.of('Outlines'))
  const root = rootRef ? pdf.context.lookup(rootRef) : undefined
  if (root instanceof PDFDict) {
    found.refs.push(rootRef)
    walk(root.get(PDFName.of('First')))
  }
  return found
}

/**
 * Writes /Outlines: top-level entries, each with its children nested (closed by default).
 * @param {PDFDocument} pdf
 * @param {OutlineEntry[]} entries
 */
function writeOutline(pdf, entries) {
  const { context } = pdf
  const pageRefs = pdf.getPages().map(page => page.ref)
  const rootRef = context.nextRef()

  /** @returns {number} the number of descendants a viewer shows when all items are open */
  function writeLevel(items, parentRef, parentDict) {
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
        dict.set(PDFName.of('Prev'), refs[index - 1])
      if (index < items.length - 1)
        dict.set(PDFName.of('Next'), refs[index + 1])
      const children = item.children ?? []
      if (children.length > 0) {
        writeLevel(children, refs[index], dict)
        // negative: the chapter starts closed, showing only the chapter titles
        dict.set(PDFName.of('Count'), PDFNumber.of(-children.length))
      }
      context.assign(refs[index], dict)
      visible += 1
    })
    if (refs.length > 0) {
      parentDict.set(PDFName.of('First'), refs[0])
      parentDict.set(PDFName.of('Last'), refs.at(-1))
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

/**
 * @param {Uint8Array} bytes a PDF from page.pdf()
 * @param {{ title: string, author?: string, subject?: string, keywords?: string[], lang: string,
 *   outline?: OutlineEntry[] | ((existing: ReturnType<typeof readOutline>) => OutlineEntry[]),
 *   expectPages?: number }} info `outline` replaces any outline the PDF has; as a function it
 *   gets the existing one first, to reuse its destinations.
 * @returns {Promise<Uint8Array>}
 */
export async function finishPdf(bytes, info) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  if (info.expectPages !== undefined && pdf.getPageCount() !== info.expectPages)
    throw new Error(`The PDF has ${pdf.getPageCount()} pages but the deck has ${info.expectPages} slides: a slide overflows its page or did not render.`)
  for (const key of ['StructTreeRoot', 'MarkInfo']) {
    if (!pdf.catalog.has(PDFName.of(key)))
      throw new Error(`Chromium wrote no /${key}: the PDF is not tagged (is the browser older than Chrome 120?).`)
  }

  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  if (info.author)
    pdf.setAuthor(info.author)
  if (info.subject)
    pdf.setSubject(info.subject)
  if (info.keywords?.length)
    pdf.setKeywords(info.keywords)
  pdf.setCreator('Slidev + Chromium (scripts/export.mjs)')
  pdf.setProducer('pdf-lib')
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(info.lang))
  // Chromium may leave an XMP stream whose title disagrees with the Info dictionary: drop it.
  pdf.catalog.delete(PDFName.of('Metadata'))

  if (info.outline) {
    const existing = readOutline(pdf)
    const entries = typeof info.outline === 'function' ? info.outline(existing) : info.outline
    pdf.catalog.delete(PDFName.of('Outlines'))
    for (const ref of existing.refs)
      pdf.context.delete(ref)
    writeOutline(pdf, entries)
  }
  return pdf.save({ useObjectStreams: false })
}
