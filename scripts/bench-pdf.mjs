// Bench helper, one job: check that an exported PDF is not blank (pages and their text).
import { readFileSync } from 'node:fs'

/** @returns {Promise<{ pages: number, blankPages: number[], firstPageText: string }>} */
export async function inspectPdf(path) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise
  const blankPages = []
  let firstPageText = ''
  for (let no = 1; no <= doc.numPages; no++) {
    const text = (await (await doc.getPage(no)).getTextContent()).items.map(item => item.str ?? '').join(' ').trim()
    if (!text)
      blankPages.push(no)
    if (no === 1)
      firstPageText = text.slice(0, 80)
  }
  const pages = doc.numPages
  await doc.destroy()
  return { pages, blankPages, firstPageText }
}
