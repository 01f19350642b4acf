// The deck as the author wrote it (slides.md and the chapters it imports), from Slidev's own
// parser: numbered slides with their titles and notes, the chapters (the cover and every
// `layout: section` slide, each with the slides that follow it), the document metadata from the
// headmatter and the export file names. The exporter, the tests and the checks all read it here.
import type { SlideInfo, SlidevConfig } from '@slidev/types'
import { join, relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { headingOf, slideTitle } from '../../lib/slide-title'
import { EXPORTS, ROOT } from './paths'

export interface DeckSlide {
  /** 1-based slide number, as in the URL */
  no: number
  /** the slide's first `#` heading as plain text ("Slide N" without one): bookmarks, handout, on-screen h1 */
  title: string
  /** Slidev's title (frontmatter `title`, else the first heading) as plain text: announcer and window title */
  slidevTitle: string
  note: string
  frontmatter: Record<string, any>
  /** chapter file relative to the project root, e.g. pages/04-singapore.md */
  file: string
  content: string
  /** the cover and every `layout: section` slide start a chapter */
  isChapter: boolean
}

export interface Chapter {
  slide: DeckSlide
  children: DeckSlide[]
}

export interface Deck {
  title: string
  author?: string
  /** the first sentence of the headmatter's `info`, e.g. for the PDF Subject */
  subject?: string
  keywords: string[]
  lang: string
  exportFilename: string
  routerMode: 'hash' | 'history'
  /** the size Slidev's print page gives each slide (client/env.ts rounds the height up) */
  width: number
  height: number
  slides: DeckSlide[]
  chapters: Chapter[]
}

/** The first sentence of a text (whitespace collapsed). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? flat
}

/**
 * The deck from Slidev's parse: `load()` below, or `options.data` from Slidev's resolveOptions
 * (the exporter, which starts Slidev anyway).
 */
export function deckFrom(data: { slides: SlideInfo[], headmatter?: Record<string, unknown>, config?: Partial<SlidevConfig> }): Deck {
  const shown = data.slides.filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide)
  if (shown.length === 0)
    throw new Error('The deck has no slides (slides.md parsed to an empty list).')
  const slides = shown.map((slide, index): DeckSlide => {
    const no = index + 1
    const frontmatter = slide.frontmatter ?? {}
    return {
      no,
      title: slideTitle(headingOf(slide.content), no),
      slidevTitle: slideTitle(slide.title, no),
      note: slide.note ?? '',
      frontmatter,
      file: relative(ROOT, slide.source?.filepath ?? ''),
      content: slide.content,
      isChapter: no === 1 || frontmatter.layout === 'section',
    }
  })

  const chapters: Chapter[] = []
  for (const slide of slides) {
    if (slide.isChapter)
      chapters.push({ slide, children: [] })
    else
      chapters.at(-1)!.children.push(slide)
  }

  const headmatter = data.headmatter ?? {}
  const config = { ...headmatter, ...data.config } as Partial<SlidevConfig> & Record<string, unknown>
  const keywords = Array.isArray(headmatter.keywords)
    ? headmatter.keywords.map(String)
    : String(headmatter.keywords ?? '').split(',').map(word => word.trim()).filter(Boolean)
  const width = config.canvasWidth ?? 980
  return {
    title: String(headmatter.title ?? slides[0]!.title),
    author: headmatter.author ? String(headmatter.author) : undefined,
    subject: headmatter.info ? firstSentence(String(headmatter.info)) : undefined,
    keywords,
    lang: String(headmatter.lang ?? 'en'),
    exportFilename: String(config.exportFilename ?? 'slides'),
    routerMode: config.routerMode === 'hash' ? 'hash' : 'history',
    width,
    height: Math.ceil(width / aspectRatio(config.aspectRatio)),
    slides,
    chapters,
  }
}

/** Slidev's aspectRatio: a number, or "16/9" / "16:9" as written in the headmatter. */
function aspectRatio(value: number | string | undefined): number {
  if (typeof value === 'number')
    return value
  const [width, height] = String(value ?? '16/9').split(/[/:]/).map(Number)
  return width! / height!
}

/**
 * Slidev's parse of slides.md and every chapter it imports: the slides, and each Markdown file with
 * its slide blocks (frontmatter YAML documents included) and the imports it could not load.
 */
export function parseDeck(root = ROOT): ReturnType<typeof load> {
  return load({ userRoot: root, roots: [root] }, resolve(root, 'slides.md'))
}

/** Parses slides.md (and every chapter it imports) with Slidev's parser. */
export async function loadDeck(root = ROOT): Promise<Deck> {
  return deckFrom(await parseDeck(root))
}

/** The export's file names: `<exportFilename>.pdf` and `<exportFilename>-handout.pdf` in `dir`. */
export function exportPaths(deck: Deck, dir = EXPORTS) {
  return {
    slides: join(dir, `${deck.exportFilename}.pdf`),
    handout: join(dir, `${deck.exportFilename}-handout.pdf`),
    png: join(dir, 'png'),
  }
}

/**
 * What makes a build the student deck, the one that is hosted (`npm run build:student`, used by the
 * deploys): no speaker notes. The single-file export and the bench build with the same arguments.
 */
export const STUDENT_BUILD_ARGS = ['--without-notes'] as const
