// The deck as the exports need it, read from Slidev's own parse of slides.md: numbered slides with
// their titles and notes, the chapters (the cover and every `layout: section` slide, each with the
// slides that follow it) and the document metadata from the headmatter. Nothing is hard-coded.
import { plainText } from './plain-text.mjs'

/** The first sentence of a text (whitespace collapsed), e.g. for the PDF Subject. */
export function firstSentence(text) {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim()
  const match = flat.match(/^.+?[.!?](?=\s|$)/)
  return match ? match[0] : flat
}

/**
 * @param {import('@slidev/types').SlidevData} data `options.data` from Slidev's resolveOptions
 */
export function describeDeck(data) {
  const slides = data.slides.map((slide, index) => {
    const no = index + 1
    const heading = plainText(slide.content.match(/^#\s+(.+)$/m)?.[1] ?? '')
    return {
      no,
      title: heading || `Slide ${no}`,
      note: slide.note ?? '',
      layout: slide.frontmatter?.layout,
      isChapter: no === 1 || slide.frontmatter?.layout === 'section',
    }
  })
  if (slides.length === 0)
    throw new Error('The deck has no slides (slides.md parsed to an empty list).')

  /** @type {{ slide: typeof slides[number], children: typeof slides }[]} */
  const chapters = []
  for (const slide of slides) {
    if (slide.isChapter)
      chapters.push({ slide, children: [] })
    else
      chapters.at(-1).children.push(slide)
  }

  const headmatter = data.headmatter ?? {}
  const config = data.config ?? {}
  const keywords = Array.isArray(headmatter.keywords)
    ? headmatter.keywords
    : String(headmatter.keywords ?? '').split(',').map(word => word.trim()).filter(Boolean)
  const width = config.canvasWidth ?? 980
  return {
    title: String(headmatter.title ?? slides[0].title),
    author: headmatter.author ? String(headmatter.author) : undefined,
    subject: headmatter.info ? firstSentence(headmatter.info) : undefined,
    keywords,
    lang: String(headmatter.lang ?? 'en'),
    exportFilename: String(config.exportFilename ?? headmatter.exportFilename ?? 'slides'),
    routerMode: config.routerMode === 'hash' ? 'hash' : 'history',
    // the same sizes Slidev's print page gives each slide (client/env.ts: slideHeight is rounded up)
    width,
    height: Math.ceil(width / (config.aspectRatio ?? 16 / 9)),
    slides,
    chapters,
  }
}
