import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'
// A PDF/UA-style check of a tagged PDF, as a learning platform's checker (Ally, Acrobat, PAC) would
// run it: the catalog, metadata and structure types come from pdf-lib, the structure tree of each
// page with its text from pdf.js (getStructTree + marked content). It reports problems; it fixes
// nothing (tools/export/pdf-accessibility.ts does what markup cannot).
// Command line: `npx tsx tools/cli.ts pdf-ua <file.pdf>…` prints the counts and problems
// of each file (every page must start with a heading when the name has no "handout").
import { create } from 'xmlbuilder2'
import { openPdf } from '../shared/pdf.ts'

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). Anything else needs a RoleMap entry. */
export const STANDARD_STRUCTURE_TYPES = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
])

/** Page furniture: slide numbers ("12 / 80") and page numbers ("Page 3 of 40"). */
const PAGE_NUMBER_PATTERNS = [/^\d+\s*\/\s*\d+$/, /^page\s+\d+\s+(?:of|\/)\s+\d+$/i]

export type PdfUaRule
  = | 'tagged' | 'lang' | 'title' | 'display-doc-title' | 'xmp' | 'tab-order' | 'outline'
    | 'figure-alt' | 'non-standard-type' | 'furniture-tagged' | 'heading-first' | 'link-contents'

interface PdfUaProblem {
  rule: PdfUaRule
  /** 1-based page, when the problem belongs to one */
  page?: number
  message: string
}

export interface PdfUaOptions {
  /** Text that is page furniture when tagged (besides slide and page numbers), e.g. a running header. */
  furniture?: (string | RegExp)[]
  /** Where the first text in reading order must be a heading: every page (slides) or the first (a document). */
  headingFirst?: 'every-page' | 'first-page' | 'none'
  /** pdfuaid:part the XMP must declare */
  uaPart?: number
}

export interface PdfUaReport {
  problems: PdfUaProblem[]
  counts: {
    figures: number
    figuresWithoutAlt: number
    /** structure elements of a non-standard type with no RoleMap entry */
    nonStandard: number
    /** tagged text runs that are page furniture */
    furnitureTagged: number
    xmp: boolean
  }
  /** non-standard structure types without a role mapping, with how often each occurs */
  unmappedTypes: Record<string, number>
}

const name = (key: string) => PDFName.of(key)

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/** The catalog /RoleMap as plain pairs ("Strong" → "Span"). */
function roleMapOf(pdf: PDFDocument): Map<string, string> {
  const tree = pdf.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)
  const roleMap = tree?.lookupMaybe(name('RoleMap'), PDFDict)
  const map = new Map<string, string>()
  for (const [key, value] of roleMap?.entries() ?? [])
    map.set(key.decodeText(), value instanceof PDFName ? value.decodeText() : String(value))
  return map
}

/** Follows the RoleMap until a standard type (or a cycle, or a dead end) is reached. */
function standardTypeOf(type: string, roleMap: Map<string, string>): string | undefined {
  const seen = new Set<string>()
  let current: string | undefined = type
  while (current !== undefined && !STANDARD_STRUCTURE_TYPES.has(current) && !seen.has(current)) {
    seen.add(current)
    current = roleMap.get(current)
  }
  return current !== undefined && STANDARD_STRUCTURE_TYPES.has(current) ? current : undefined
}

/** Every structure type used in the tree (raw /S, before role mapping), with its count. */
export function structureTypesOf(pdf: PDFDocument): Map<string, number> {
  const counts = new Map<string, number>()
  const seen = new Set<string>()
  const visit = (node: unknown) => {
    if (node instanceof PDFRef) {
      if (seen.has(node.toString()))
        return
      seen.add(node.toString())
      visit(pdf.context.lookup(node))
      return
    }
    if (node instanceof PDFArray) {
      for (let index = 0; index < node.size(); index++)
        visit(node.get(index))
      return
    }
    if (!(node instanceof PDFDict))
      return
    const type = node.get(name('S'))
    if (type instanceof PDFName) {
      const key = type.decodeText()
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    // Marked-content and object references (/Type /MCR, /OBJR) have no /K of structure elements.
    visit(node.get(name('K')))
  }
  visit(pdf.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)?.get(name('K')))
  return counts
}

/** The XMP packet of the catalog's /Metadata stream, if any. */
function xmpOf(pdf: PDFDocument): string | undefined {
  const stream = pdf.catalog.lookup(name('Metadata'))
  if (!(stream instanceof PDFRawStream))
    return undefined
  return new TextDecoder().decode(decodePDFRawStream(stream).decode())
}

const XMP_NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
}

/** dc:title, dc:language and pdfuaid:part as an XMP reader sees them (element or attribute form). */
function readXmp(xml: string): { title?: string, language?: string, uaPart?: string } {
  const doc = create(xml).node as unknown as Document
  const first = (ns: string, local: string): string | undefined => {
    const element = doc.getElementsByTagNameNS(ns, local)[0]
    if (element)
      return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    for (const any of Array.from(doc.getElementsByTagName('*'))) {
      const attribute = any.getAttributeNS(ns, local)
      if (attribute)
        return attribute
    }
    return undefined
  }
  return { title: first(XMP_NS.dc, 'title'), language: first(XMP_NS.dc, 'language'), uaPart: first(XMP_NS.pdfuaid, 'part') }
}

/** The /Link annotations of a page. */
export function linkAnnotationsOf(page: PDFDict): PDFDict[] {
  const annotations = page.lookupMaybe(name('Annots'), PDFArray)
  const links: PDFDict[] = []
  for (let index = 0; index < (annotations?.size() ?? 0); index++) {
    const annotation = annotations!.lookup(index)
    if (annotation instanceof PDFDict && annotation.get(name('Subtype')) === name('Link'))
      links.push(annotation)
  }
  return links
}

interface TreeNode {
  role?: string
  alt?: string
  type?: string
  id?: string
  children?: TreeNode[]
}

/** Text of each marked-content id on a page (tagged content); artifacts are not in it. */
async function markedText(page: { getTextContent: (options: object) => Promise<{ items: unknown[] }> }) {
  const content = await page.getTextContent({ includeMarkedContent: true })
  const byId = new Map<string, string>()
  const open: (string | undefined)[] = []
  for (const item of content.items as { type?: string, id?: string, str?: string }[]) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.type === 'beginMarkedContentProps' ? item.id : undefined)
    }
    else if (item.type === 'endMarkedContent') {
      open.pop()
    }
    else if (typeof item.str === 'string') {
      // Text counts as tagged when its innermost marked content has an id (not an /Artifact).
      const id = open.at(-1)
      if (id !== undefined)
        byId.set(id, (byId.get(id) ?? '') + item.str)
    }
  }
  return byId
}

const flat = (value: string) => value.replace(/\s+/g, ' ').trim()
const isHeading = (role: string | undefined) => role !== undefined && /^H[1-6]?$/.test(role)

/**
 * Checks a tagged PDF. Pure: reads the bytes, returns the problems and the counts behind them.
 */
export async function checkPdfUa(bytes: Uint8Array, options: PdfUaOptions = {}): Promise<PdfUaReport> {
  const problems: PdfUaProblem[] = []
  const report = (rule: PdfUaRule, message: string, page?: number) => problems.push({ rule, message, ...(page ? { page } : {}) })
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const { catalog } = pdf

  // ---- catalog ----
  const markInfo = catalog.lookupMaybe(name('MarkInfo'), PDFDict)
  if (!catalog.lookupMaybe(name('StructTreeRoot'), PDFDict) || markInfo?.get(name('Marked')) !== PDFBool.True)
    report('tagged', 'The PDF is not tagged (no /StructTreeRoot or /MarkInfo /Marked true).')
  const lang = text(catalog.lookup(name('Lang')))
  if (!lang)
    report('lang', 'The catalog has no /Lang (the document language).')
  if (!pdf.getTitle()?.trim())
    report('title', 'The document has no title (/Title in the Info dictionary).')
  const preferences = catalog.lookupMaybe(name('ViewerPreferences'), PDFDict)
  if (preferences?.get(name('DisplayDocTitle')) !== PDFBool.True)
    report('display-doc-title', 'The viewer shows the file name, not the title (/ViewerPreferences /DisplayDocTitle true is missing).')
  const outlines = catalog.lookupMaybe(name('Outlines'), PDFDict)
  if (!outlines?.get(name('First')))
    report('outline', 'The PDF has no bookmarks (/Outlines).')
  pdf.getPages().forEach((page, index) => {
    if (page.node.get(name('Tabs')) !== name('S'))
      report('tab-order', 'The page has no tab order by structure (/Tabs /S).', index + 1)
    // PDF/UA-1 7.18.5: a link annotation carries an alternate description in /Contents.
    const bare = linkAnnotationsOf(page.node).filter(link => !text(link.lookup(name('Contents')))?.trim()).length
    if (bare > 0)
      report('link-contents', `${bare} link annotation(s) without a description (/Contents).`, index + 1)
  })

  const xml = xmpOf(pdf)
  if (!xml) {
    report('xmp', 'The catalog has no XMP metadata stream (/Metadata).')
  }
  else {
    const xmp = readXmp(xml)
    if (!xmp.title)
      report('xmp', 'The XMP metadata has no dc:title.')
    if (!xmp.language)
      report('xmp', 'The XMP metadata has no dc:language.')
    if (xmp.uaPart !== String(options.uaPart ?? 1))
      report('xmp', `The XMP metadata does not declare pdfuaid:part ${options.uaPart ?? 1} (found ${xmp.uaPart ?? 'none'}).`)
  }

  // ---- structure types ----
  const roleMap = roleMapOf(pdf)
  const unmappedTypes: Record<string, number> = {}
  let nonStandard = 0
  for (const [type, count] of structureTypesOf(pdf)) {
    if (standardTypeOf(type, roleMap) === undefined) {
      unmappedTypes[type] = count
      nonStandard += count
      report('non-standard-type', `${count} structure element(s) of type /${type}: not a standard type and not in the /RoleMap.`)
    }
  }

  // ---- per page: figures, furniture, reading order ----
  const furniture = [...PAGE_NUMBER_PATTERNS, ...(options.furniture ?? [])]
  const isFurniture = (value: string) => value !== '' && furniture.some(pattern =>
    typeof pattern === 'string' ? flat(pattern) === value : pattern.test(value))
  const headingFirst = options.headingFirst ?? 'every-page'
  let figures = 0
  let figuresWithoutAlt = 0
  let furnitureTagged = 0

  const doc = await openPdf(bytes)
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      const tree = await page.getStructTree() as TreeNode | null
      const texts = await markedText(page as never)

      /** Text of a node: its marked content, depth first (reading order). */
      const textOf = (node: TreeNode): string => node.type === 'content'
        ? texts.get(node.id ?? '') ?? ''
        : (node.children ?? []).map(textOf).join('')

      let firstTextRole: string | null | undefined // undefined: no text seen yet
      const visit = (node: TreeNode, roles: string[]): boolean => {
        if (node.type === 'content') {
          if (firstTextRole === undefined && flat(texts.get(node.id ?? '') ?? ''))
            firstTextRole = roles.find(isHeading) ?? roles.at(-1) ?? null
          return false
        }
        if (node.type)
          return false // an annotation or an object reference
        if (node.role === 'Figure') {
          figures++
          if (!flat(node.alt ?? '')) {
            figuresWithoutAlt++
            const inside = flat(textOf(node)).slice(0, 60)
            report('figure-alt', `A Figure has no alternate text (/Alt)${inside ? `: it holds "${inside}"` : ''}.`, number)
          }
        }
        const nested = [...roles, node.role ?? '']
        let childMatched = false
        for (const child of node.children ?? [])
          childMatched = visit(child, nested) || childMatched
        const own = flat(textOf(node))
        if (!childMatched && isFurniture(own)) {
          furnitureTagged++
          report('furniture-tagged', `Page furniture "${own}" is tagged as content (${node.role}); mark it as an artifact.`, number)
          return true
        }
        return childMatched || isFurniture(own)
      }
      if (tree)
        visit(tree, [])

      const wantHeading = headingFirst === 'every-page' || (headingFirst === 'first-page' && number === 1)
      if (wantHeading && firstTextRole !== undefined && !isHeading(firstTextRole ?? undefined))
        report('heading-first', `The first text in reading order is not the heading (it is in a ${firstTextRole ?? 'bare'} element).`, number)
      page.cleanup()
    }
  }
  finally {
    await doc.destroy()
  }

  return {
    problems,
    counts: { figures, figuresWithoutAlt, nonStandard, furnitureTagged, xmp: xml !== undefined },
    unmappedTypes,
  }
}
