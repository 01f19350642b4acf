// How much a student reads on a slide, used by tests/deck/content.test.ts.
import { plainText } from '../../lib/plain-text.ts'

/** Words of body text a student reads: no frontmatter, notes, headings or component markup. */
export function bodyWords(content: string): number {
  const body = content
    .replace(/^#{1,6}\s.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(\w+)\b[^>]*\/>/g, '')
  const words = plainText(body).split(' ').filter(word => /\w/.test(word))
  return words.length
}
