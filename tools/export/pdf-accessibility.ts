import type { PDFDocument } from 'pdf-lib'
// What a PDF/UA checker asks of a tagged PDF that Chromium's `page.pdf({ tagged: true })` cannot
// write, however good the HTML is; everything that markup can decide (figures and their /Alt,
// block quotations, page furniture as artifacts, reading order) is decided in the components.
//   - RoleMap: Chromium tags <strong> and <em> as /Strong and /Em, standard only from PDF 2.0;
//     its PDFs are 1.7, where a non-standard type needs a RoleMap entry to a standard one.
//   - XMP metadata with dc:title, dc:language and the PDF/UA identifier (pdfuaid:part 1):
//     Chromium writes none (or one that disagrees with the title set afterwards).
//   - /ViewerPreferences /DisplayDocTitle, the document /Title and /Lang, /Tabs /S on every page:
//     HTML has no way to set them in the PDF.
//   - /Contents on link annotations (PDF/UA-1 7.18.5): Chromium writes none, and no HTML attribute
//     reaches it; the link's text stays in its Link structure element, /Contents names the target.
// Pure: it changes the PDFDocument it is given and reads nothing else.
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import { PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { create } from 'xmlbuilder2'
import { linkAnnotationsOf, STANDARD_STRUCTURE_TYPES, structureTypesOf } from './pdf-ua-check.ts'

export interface AccessibleInfo {
  title: string
  /** BCP 47 language of the document, e.g. "en" */
  lang: string
  author?: string
  subject?: string
  keywords?: string[]
  /** written into XMP as xmp:CreatorTool and into the Info dictionary as /Creator */
  creator?: string
}

/**
 * The standard type each non-standard type Chromium writes stands for. Any other non-standard type
 * (a future Chromium may add some) is mapped to NonStruct: its content is read, with no meaning added.
 */
const ROLE_MAP: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
}

const NS = {
  x: 'adobe:ns:meta/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
}

/** An XMP date (ISO 8601 with the zone) from a PDF date string "D:20261129163000Z" or "D:20261129163000+01'00'". */
function xmpDate(pdfDate: string | undefined): string | undefined {
  const match = pdfDate?.match(/^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:(Z)|([+-])(\d{2})'?(\d{2})'?)?/)
  if (!match)
    return undefined
  const [, year, month, day, hour, minute, second, zulu, sign, zoneHour, zoneMinute] = match
  const zone = zulu || !sign ? 'Z' : `${sign}${zoneHour}:${zoneMinute}`
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`
}

/**
 * The XMP packet: Dublin Core title, language, author and description, the PDF keywords and
 * producer, the dates of the Info dictionary, and the PDF/UA-1 identifier.
 */
function xmpPacket(info: AccessibleInfo & { producer?: string, created?: string, modified?: string }): string {
  const doc = create()
  doc.ins('xpacket', 'begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"')
  const description = doc
    .ele(NS.x, 'x:xmpmeta')
    .ele(NS.rdf, 'rdf:RDF')
    .ele(NS.rdf, 'rdf:Description')
    .att(NS.rdf, 'rdf:about', '')
  for (const prefix of ['dc', 'pdf', 'xmp', 'pdfuaid'] as const)
    description.att('http://www.w3.org/2000/xmlns/', `xmlns:${prefix}`, NS[prefix])
  const alt = (parent: XMLBuilder, text: string) =>
    parent.ele(NS.rdf, 'rdf:Alt').ele(NS.rdf, 'rdf:li').att('http://www.w3.org/XML/1998/namespace', 'xml:lang', 'x-default').txt(text)
  alt(description.ele(NS.dc, 'dc:title'), info.title)
  description.ele(NS.dc, 'dc:language').ele(NS.rdf, 'rdf:Bag').ele(NS.rdf, 'rdf:li').txt(info.lang)
  if (info.author)
    description.ele(NS.dc, 'dc:creator').ele(NS.rdf, 'rdf:Seq').ele(NS.rdf, 'rdf:li').txt(info.author)
  if (info.subject)
    alt(description.ele(NS.dc, 'dc:description'), info.subject)
  if (info.keywords?.length)
    description.ele(NS.pdf, 'pdf:Keywords').txt(info.keywords.join(', '))
  if (info.producer)
    description.ele(NS.pdf, 'pdf:Producer').txt(info.producer)
  if (info.creator)
    description.ele(NS.xmp, 'xmp:CreatorTool').txt(info.creator)
  if (info.created)
    description.ele(NS.xmp, 'xmp:CreateDate').txt(info.created)
  if (info.modified)
    description.ele(NS.xmp, 'xmp:ModifyDate').txt(info.modified)
  description.ele(NS.pdfuaid, 'pdfuaid:part').txt('1')
  doc.ins('xpacket', 'end="w"')
  return doc.end({ headless: true, prettyPrint: true })
}

/** "Link to https://…" for a web link, "Link to page N" for a link inside the document. */
function linkDescription(link: PDFDict, pdf: PDFDocument, pageIndex: number): string {
  const action = link.lookupMaybe(PDFName.of('A'), PDFDict)
  const uri = action?.lookup(PDFName.of('URI'))
  if (uri instanceof PDFString || uri instanceof PDFHexString)
    return `Link to ${uri.decodeText()}`
  const target = link.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'))
  const targetPage = target && 'get' in target && typeof target.get === 'function' ? target.get(0) : undefined
  const page = pdf.getPages().findIndex(candidate => candidate.ref === targetPage)
  return page >= 0 ? `Link to page ${page + 1}` : `Link on page ${pageIndex + 1}`
}

/** Adds to `pdf` what makes a tagged Chromium PDF pass a PDF/UA checker (see the top of this file). */
export function makeAccessible(pdf: PDFDocument, info: AccessibleInfo): void {
  const { catalog, context } = pdf
  const treeRoot = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!treeRoot)
    throw new Error('The PDF has no structure tree: print it with page.pdf({ tagged: true }).')

  // RoleMap: every non-standard type in the tree, to the standard type it stands for.
  const roleMap = treeRoot.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? context.obj({})
  for (const type of structureTypesOf(pdf).keys()) {
    if (!STANDARD_STRUCTURE_TYPES.has(type) && !roleMap.has(PDFName.of(type)))
      roleMap.set(PDFName.of(type), PDFName.of(ROLE_MAP[type] ?? 'NonStruct'))
  }
  if (roleMap.keys().length > 0)
    treeRoot.set(PDFName.of('RoleMap'), roleMap)

  // Document title (shown by the viewer instead of the file name), language and Info entries.
  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  catalog.set(PDFName.of('Lang'), PDFString.of(info.lang))
  if (info.author)
    pdf.setAuthor(info.author)
  if (info.subject)
    pdf.setSubject(info.subject)
  if (info.keywords?.length)
    pdf.setKeywords(info.keywords)
  if (info.creator)
    pdf.setCreator(info.creator)

  // Tab order follows the structure tree on every page; each link names where it goes.
  pdf.getPages().forEach((page, index) => {
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
    for (const link of linkAnnotationsOf(page.node)) {
      if (!link.has(PDFName.of('Contents')))
        link.set(PDFName.of('Contents'), PDFHexString.fromText(linkDescription(link, pdf, index)))
    }
  })

  // XMP, agreeing with the Info dictionary (same title, producer and dates).
  const infoDict = context.lookupMaybe(context.trailerInfo.Info, PDFDict)
  const infoText = (key: string) => {
    const value = infoDict?.lookup(PDFName.of(key))
    return value && 'decodeText' in value && typeof value.decodeText === 'function' ? String(value.decodeText()) : undefined
  }
  const xml = xmpPacket({
    ...info,
    producer: infoText('Producer'),
    created: xmpDate(infoText('CreationDate')),
    modified: xmpDate(infoText('ModDate')),
  })
  // Uncompressed, as PDF/A and PDF/UA checkers expect the metadata stream to be readable as is.
  const stream = context.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' })
  catalog.set(PDFName.of('Metadata'), context.register(stream))
}
