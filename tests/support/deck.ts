// The deck as the author wrote it (slides.md plus the chapters it imports), parsed with
// Slidev's own parser, so tests compare what users see against the source.
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import { plainText } from '../../scripts/plain-text.mjs'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface DeckSlide {
  /** 1-based slide number, as in the URL */
  no: number
  /** text of the slide's first `#` heading, Markdown and HTML stripped */
  title: string
  note: string
  frontmatter: Record<string, any>
  /** chapter file relative to the project root, e.g. pages/04-singapore.md */
  file: string
  content: string
}

export { plainText }

export async function loadDeck(): Promise<DeckSlide[]> {
  const entry = resolve(ROOT, 'slides.md')
  const data = await load({ userRoot: ROOT, roots: [ROOT] }, entry)
  return data.slides
    .filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide)
    .map((slide, index) => ({
      no: index + 1,
      title: plainText(slide.content.match(/^#\s+(.+)$/m)?.[1] ?? ''),
      note: slide.note ?? '',
      frontmatter: slide.frontmatter ?? {},
      file: relative(ROOT, slide.source.filepath),
      content: slide.content,
    }))
}
