// What a slide is called, in one place for the announcer and window title (global-top.vue), the
// PDF bookmarks and handout headings (tools/export/) and the tests (tools/shared/deck.ts).
import { plainText } from './plain-text.ts'

/** The text of a slide's first `#` heading (Markdown and HTML stripped); '' when it has none. */
export function headingOf(markdown: string): string {
  return plainText(markdown.match(/^#\s+(.+)$/m)?.[1] ?? '')
}

/** A title as plain text; "Slide N" when there is none, so every slide has a name. */
export function slideTitle(title: string | undefined, no: number): string {
  return plainText(title ?? '') || `Slide ${no}`
}
