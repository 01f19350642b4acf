// Pure rules over a slide's source, used by tests/deck/content.test.ts.
import { plainText } from '../../lib/plain-text'

/** All values of one attribute of one component on a slide, e.g. every `<Cite id="…">`. */
export function attributeValues(content: string, component: string, attribute: string): string[] {
  const tags = content.match(new RegExp(`<${component}\\b[^>]*>`, 'g')) ?? []
  return tags.flatMap(tag => tag.match(new RegExp(`\\s:?${attribute}="([^"]*)"`))?.[1] ?? [])
}

/** Words of body text a student reads: no frontmatter, notes, headings or component markup. */
export function bodyWords(content: string): number {
  const body = content
    .replace(/^#{1,6}\s.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(\w+)\b[^>]*\/>/g, '')
  const words = plainText(body).split(' ').filter(word => /\w/.test(word))
  return words.length
}
