// Reading a PDF as a reader sees it, with pdf.js (the engine of Firefox's viewer): the text of
// each page and the bookmark outline (chapters with their slides), each entry with its page; the
// structure-tree checks open it here too.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface PdfOutlineEntry {
  title: string
  /** 1-based page the bookmark opens, -1 when it points nowhere */
  page: number
  items: { title: string, page: number }[]
}

export interface PdfText {
  pages: string[]
  outline: PdfOutlineEntry[]
}

/** Opens a PDF with pdf.js, as a viewer would; the caller destroys it when done. */
export async function openPdf(bytes: Uint8Array) {
  return getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await openPdf(bytes)
  try {
    const pages: string[] = []
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      const content = await page.getTextContent()
      pages.push(content.items.map(item => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(' '))
    }
    const pageOf = async (dest: unknown): Promise<number> => {
      const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest as any[] | null
      return explicit ? (await doc.getPageIndex(explicit[0])) + 1 : -1
    }
    const outline: PdfOutlineEntry[] = []
    for (const entry of (await doc.getOutline()) ?? []) {
      const items = []
      for (const item of entry.items ?? [])
        items.push({ title: item.title, page: await pageOf(item.dest) })
      outline.push({ title: entry.title, page: await pageOf(entry.dest), items })
    }
    return { pages, outline }
  }
  finally {
    await doc.destroy()
  }
}
