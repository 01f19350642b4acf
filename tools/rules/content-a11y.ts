// Accessibility rules over one slide's source: every image has alt text and a credit and ships
// with the deck; every chart has a text alternative; every link says where it goes.
import type { DeckSlide } from '../shared/deck.ts'
import type { Finding, Rule } from './problems.ts'

export type SlideSource = Pick<DeckSlide, 'content' | 'frontmatter'>

export interface ContentCounts {
  images: number
  links: number
  charts: number
}

/** Link texts that say nothing about where the link goes (compared lower-cased, trimmed, without end punctuation). */
const VAGUE_LINK_TEXTS = new Set(['here', 'link', 'click here', 'this link', 'click', 'more', 'read more', 'this', 'go'])
const BARE_URL = /^(?:(?:https?|ftp):\/\/|www\.)\S+$/i
const REMOTE_SRC = /^(?:[a-z][a-z\d+.-]*:)?\/\//i

/** The slide as students see it: no fenced/inline code (examples, not content), no HTML comments. */
function visibleSource(content: string): string {
  return content
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, match => (/^(```|~~~)\s*mermaid/.test(match) ? '<MERMAID-CHART>' : ''))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, '')
}

/** Value of an HTML/Vue attribute (plain or bound) in a tag; `undefined` when absent. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s:?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  if (!match)
    return new RegExp(`\\s${name}(?=[\\s/>])`, 'i').test(tag) ? '' : undefined
  return match[1] ?? match[2] ?? match[3] ?? ''
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined)

function plain(text: string): string {
  return text.replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
}

function vagueReason(text: string): string | undefined {
  const words = plain(text)
  if (!words)
    return 'has no text'
  if (BARE_URL.test(words))
    return `has a bare URL as its text ("${words}")`
  if (VAGUE_LINK_TEXTS.has(words.toLowerCase().replace(/[.:!?…]+$/, '')))
    return `has the text "${words}", which does not say where it goes`
  return undefined
}

/**
 * Every accessibility problem in one slide's source, with its fix.
 * `counts` (optional) is incremented with what was checked, so a test can say how much it covered.
 */
export function contentA11yProblems(slide: SlideSource, counts?: ContentCounts): Finding[] {
  const problems: Finding[] = []
  const source = visibleSource(slide.content)
  const hasCreditLine = /\b(?:credit|photo|image|source)s?\s*:/i.test(plain(source)) || Boolean(slide.frontmatter.credit)

  // Images: Markdown `![alt](src "title")` and HTML/Vue `<img …>`, plus layout images in frontmatter.
  const images: { label: string, alt: string | undefined, src: string, credit?: string }[] = []
  for (const match of source.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g))
    images.push({ label: match[2]!, alt: match[1], src: match[2]! })
  for (const match of source.matchAll(/<img\b[^>]*>/gi)) {
    const tag = match[0]
    const src = attribute(tag, 'src') ?? ''
    images.push({ label: src || tag, alt: attribute(tag, 'alt'), src, credit: attribute(tag, 'credit') })
  }
  for (const key of ['image', 'background', 'backgroundImage']) {
    const value = slide.frontmatter[key]
    if (typeof value === 'string' && /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#].*)?$/i.test(value))
      images.push({ label: value, alt: textOf(slide.frontmatter.alt ?? slide.frontmatter.imageAlt), src: value })
  }
  for (const image of images) {
    if (counts)
      counts.images++
    if (image.alt === undefined || !image.alt.trim())
      problems.push({ problem: `image ${image.label} has no alt text`, fix: `add it (describe what it shows, or alt="" only for pure decoration)` })
    if (!image.credit?.trim() && !hasCreditLine)
      problems.push({ problem: `image ${image.label} has no credit`, fix: `add a "Credit: …" line on the slide, a credit attribute, or credit: in the frontmatter` })
    if (REMOTE_SRC.test(image.src))
      problems.push({ problem: `image ${image.label} is loaded from the internet`, fix: `put it in public/ so the deck works offline` })
  }

  // Charts: inline SVG needs a name (role="img" + aria-label/labelledby or <title>) or aria-hidden;
  // a Mermaid diagram needs the same point in text on the slide (a caption or list).
  for (const match of source.matchAll(/<svg\b[^>]*>([\s\S]*?)<\/svg>/gi)) {
    if (counts)
      counts.charts++
    const tag = /<svg\b[^>]*>/i.exec(match[0])![0]
    const named = attribute(tag, 'aria-label') || attribute(tag, 'aria-labelledby') || /<title\b[^>]*>\s*\S/i.test(match[1]!)
    if (!named && attribute(tag, 'aria-hidden') !== 'true')
      problems.push({ problem: `chart (inline <svg>) has no text alternative`, fix: `add role="img" with aria-label, or a <title> and <desc>` })
  }
  const mermaidCharts = source.match(/<MERMAID-CHART>/g)?.length ?? 0
  for (let chart = 0; chart < mermaidCharts; chart++) {
    if (counts)
      counts.charts++
    const text = plain(source.replace(/<MERMAID-CHART>/g, '').replace(/^#{1,6}\s.*$/gm, ''))
    if (text.split(' ').filter(word => /\w/.test(word)).length < 8)
      problems.push({ problem: `chart (Mermaid diagram) has no text alternative`, fix: `state what it shows in a sentence or list on the slide` })
  }

  // Links: Markdown `[text](url)` (not images), `<a>…</a>`, `<Link>…</Link>`, autolinks `<https://…>`.
  const links: { text: string, target: string }[] = []
  for (const match of source.matchAll(/(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g))
    links.push({ text: match[1]!, target: match[2]! })
  for (const match of source.matchAll(/<(a|Link)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const label = attribute(match[0], 'aria-label') ?? attribute(match[0], 'title')
    links.push({ text: label?.trim() ? label : match[3]!, target: attribute(match[0], 'href') ?? attribute(match[0], 'to') ?? '' })
  }
  for (const match of source.matchAll(/<((?:https?|ftp):\/\/[^>\s]+)>/g))
    links.push({ text: match[1]!, target: match[1]! })
  for (const link of links) {
    if (counts)
      counts.links++
    const reason = vagueReason(link.text)
    if (reason)
      problems.push({ problem: `link to ${link.target || '(no target)'} ${reason}`, fix: `make the text name the source or destination` })
  }
  return problems
}

export const contentA11yRule: Rule = {
  name: 'content accessibility',
  severity: 'warning',
  check: deck => deck.slides.flatMap(slide => contentA11yProblems(slide).map(finding => ({ file: slide.file, line: slide.bodyLine, slide: { no: slide.no, title: slide.title }, ...finding }))),
}
