// The one model of the deck, from Slidev's own parser: slides.md and the chapters it imports, read once
// into numbered slides (file and line, one title, typed frontmatter, the components with their props and
// lines, the chapter, the notes), the chapters (the cover and every `layout: section` slide, each with
// the slides that follow it), the source blocks as written (for the frontmatter rule), what the parser
// could not load, the layouts, the headmatter's document metadata. Rules, export, handout, search index,
// timing, teaching kit, bench, screenshots and tests all read it here.
import type { SlideInfo, SlidevConfig, SourceSlideInfo } from '@slidev/types'
import type { ComponentUse } from './components.ts'
import type { SlideFrontmatter } from './frontmatter.ts'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { headingOf, slideTitle } from '../../lib/slide-title.ts'
import { readComponents } from './components.ts'
import { ROOT } from './paths.ts'

/** Where a slide belongs: its chapter's id (the file name without number, `cover` for slides.md) and number (0: the cover). */
interface ChapterRef {
  id: string
  no: number
}

export interface DeckSlide {
  /** 1-based slide number, as in the URL */
  no: number
  /** the slide's first `#` heading as plain text ("Slide N" without one): bookmarks, handout, messages, search */
  title: string
  /** file relative to the project root, e.g. pages/04-singapore.md */
  file: string
  /** 1-based line of the slide's first line in its file (its opening `---`, or the line after the separator) */
  line: number
  /** the frontmatter after `src:` imports merged theirs in, typed by tools/shared/frontmatter.ts */
  frontmatter: SlideFrontmatter
  /** Slidev's content: the Markdown without frontmatter and speaker notes */
  content: string
  /** the slide's Markdown below the frontmatter, speaker notes included, as in the file */
  body: string
  /** 1-based file line of the first line of `body` */
  bodyLine: number
  note: string
  /** every component the slide uses, with its props and line */
  components: ComponentUse[]
  chapter: ChapterRef
  /** the cover and every `layout: section` slide start a chapter */
  isChapter: boolean
}

interface Chapter extends ChapterRef {
  slide: DeckSlide
  children: DeckSlide[]
}

/** One slide block as written in a Markdown file (a rendered slide, a `src:` import, or a hidden one). */
export interface SourceBlock {
  /** File relative to the deck root */
  file: string
  /** True for the first block of the entry file: the deck's settings (Slidev's headmatter) */
  headmatter: boolean
  /** The frontmatter text as written, without the `---` fences; undefined when the block has none */
  frontmatterRaw: string | undefined
  /** 1-based line of the frontmatter's first YAML line */
  frontmatterLine: number
  /** The frontmatter as Slidev read it (Slidev keeps what it could parse and drops YAML errors) */
  frontmatter: unknown
  /** YAML errors with their line in the file */
  yamlErrors: { line: number, message: string }[]
  /** The slide the block shows, when it is shown */
  slide?: { no: number, title: string }
}

/** An import or slide range the parser could not load (e.g. a `src:` file that does not exist). */
interface LoadError {
  file: string
  line: number
  message: string
  /** The slide shown before the missing ones, when the import is in the entry file */
  after?: { no: number, title: string }
}

export interface Deck {
  /** the folder of slides.md */
  root: string
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
  blocks: SourceBlock[]
  loadErrors: LoadError[]
  /** Layout names a slide may use: Slidev's, the theme's and the deck's own layouts/ (empty: unknown) */
  layouts: string[]
}

/**
 * The slides a selection names, in deck order: slide numbers and ranges ("12,20-23") or chapter files
 * ("pages/04-singapore.md", "04-singapore"), separated by commas. Throws on a part that names no slide.
 */
export function selectSlides(slides: DeckSlide[], selection: string): DeckSlide[] {
  const parts = selection.split(',').map(part => part.trim()).filter(Boolean)
  if (parts.length === 0)
    throw new Error('the slide selection is empty: give slide numbers or ranges (12,20-23) or a chapter file (pages/04-singapore.md)')
  const chosen = new Set<DeckSlide>()
  for (const part of parts) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part)
    const matched = range
      ? slides.filter(slide => slide.no >= Number(range[1]) && slide.no <= Number(range[2] ?? range[1]))
      : slides.filter(slide => [part, `pages/${part}`, `pages/${part}.md`].includes(slide.file))
    if (matched.length === 0)
      throw new Error(`"${part}" names no slide: give slide numbers or ranges from 1 to ${slides.length} (12,20-23) or a chapter file (pages/04-singapore.md)`)
    for (const slide of matched)
      chosen.add(slide)
  }
  return slides.filter(slide => chosen.has(slide))
}

/** The first sentence of a text (whitespace collapsed). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? flat
}

/** A chapter's id from its file: pages/04-singapore.md → singapore; slides.md (the cover) → cover. */
function chapterId(file: string): string {
  return file === 'slides.md' ? 'cover' : basename(file, extname(file)).replace(/^\d+-/, '')
}

type ParsedDeck = Awaited<ReturnType<typeof load>>

function slideOf(slide: SlideInfo, no: number, root: string): Omit<DeckSlide, 'chapter' | 'isChapter'> {
  const source = slide.source
  const bodyLine = source.contentStart + 1
  // Slides with frontmatter start at their opening fence; the body follows the closing one.
  const body = source.raw.split(/\r?\n/).slice(source.contentStart - source.start).join('\n')
  return {
    no,
    title: slideTitle(headingOf(slide.content), no),
    file: relative(root, source.filepath).split('\\').join('/'),
    line: source.start + 1,
    frontmatter: (slide.frontmatter ?? {}) as SlideFrontmatter,
    content: slide.content,
    body,
    bodyLine,
    note: slide.note ?? '',
    components: readComponents(body, bodyLine),
  }
}

/** The slides the audience sees, numbered, each in its chapter; and the chapters. */
function slidesAndChapters(data: Pick<ParsedDeck, 'slides'>, root: string): { slides: DeckSlide[], chapters: Chapter[] } {
  const shown = data.slides.filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide)
  if (shown.length === 0)
    throw new Error('The deck has no slides (slides.md parsed to an empty list).')
  const chapters: Chapter[] = []
  const slides = shown.map((info, index): DeckSlide => {
    const read = slideOf(info, index + 1, root)
    const isChapter = read.no === 1 || read.frontmatter.layout === 'section'
    const chapter = isChapter ? { id: chapterId(read.file), no: chapters.length } : chapters.at(-1)!
    const slide = { ...read, chapter: { id: chapter.id, no: chapter.no }, isChapter }
    if (isChapter)
      chapters.push({ ...chapter, slide, children: [] })
    else
      chapters.at(-1)!.children.push(slide)
    return slide
  })
  return { slides, chapters }
}

/**
 * yaml reports an unclosed `[` or `{` on the line where it noticed it, which is a later line:
 * point at the line that opened it, the one the lecturer must fix.
 */
function openingLineOf(yamlLines: string[], reportedIndex: number, message: string): number {
  const close = message.match(/end with an? ([\]}])/)?.[1]
  if (!close)
    return reportedIndex
  const open = close === ']' ? '[' : '{'
  for (let index = Math.min(reportedIndex, yamlLines.length - 1); index >= 0; index--) {
    const line = yamlLines[index]!
    if (line.split(open).length > line.split(close).length)
      return index
  }
  return reportedIndex
}

/** YAML errors of one block, on the line to fix. */
function yamlErrorsOf(source: SourceSlideInfo): SourceBlock['yamlErrors'] {
  const frontmatterLine = source.start + 2
  const yamlLines = (source.frontmatterRaw ?? '').split('\n')
  // An error at the end of the YAML (an unclosed bracket) points past its last line: clamp it there.
  const lastLine = frontmatterLine + Math.max((source.frontmatterRaw ?? '').trimEnd().split('\n').length - 1, 0)
  return (source.frontmatterDoc?.errors ?? []).map((error) => {
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    const index = openingLineOf(yamlLines, (error.linePos?.[0]?.line ?? 1) - 1, message)
    return { line: Math.min(frontmatterLine + index, lastLine), message }
  })
}

/** Every slide block of every Markdown file as written, and the imports the parser could not load. */
function sourcesOf(data: ParsedDeck, slides: readonly DeckSlide[], root: string): { blocks: SourceBlock[], loadErrors: LoadError[] } {
  const rel = (path: string) => relative(root, path).split('\\').join('/')
  const shownSlide = new Map(data.slides.filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide).map((slide, index) => [slide.source, slides[index]!]))
  const blocks: SourceBlock[] = []
  const loadErrors: LoadError[] = []
  for (const [path, markdown] of Object.entries(data.markdownFiles)) {
    for (const [index, source] of markdown.slides.entries()) {
      const slide = shownSlide.get(source)
      blocks.push({
        file: rel(path),
        headmatter: index === 0 && path === data.entry.filepath,
        frontmatterRaw: source.frontmatterRaw,
        frontmatterLine: source.start + 2,
        frontmatter: source.frontmatterDoc ? source.frontmatterDoc.toJSON() : source.frontmatter,
        yamlErrors: yamlErrorsOf(source),
        slide: slide && { no: slide.no, title: slide.title },
      })
    }
    for (const error of markdown.errors ?? []) {
      // Slides of the entry file, or imported by one of its blocks, that come before the failed import.
      const before = path === data.entry.filepath
        ? data.slides.filter(slide => (slide.importChain?.[0] ?? slide.source).start < error.row).map(slide => shownSlide.get(slide.source)).filter(Boolean)
        : []
      const after = before.at(-1)
      loadErrors.push({ file: rel(path), line: error.row + 1, message: error.message, after: after && { no: after.no, title: after.title } })
    }
  }
  return { blocks, loadErrors }
}

/** The layout files (without .vue) in one folder; none when the folder does not exist. */
function layoutsIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter(name => extname(name) === '.vue').map(name => basename(name, '.vue')) : []
}

/** Resolves a package's folder from the deck, or else from this tool's own install. */
function packageFolder(root: string, name: string): string | undefined {
  for (const base of [join(root, 'package.json'), import.meta.url]) {
    try {
      return dirname(createRequire(base).resolve(`${name}/package.json`))
    }
    catch {
      // not installed there: try the next place
    }
  }
  return undefined
}

/** The folder of the deck's theme, as Slidev resolves `theme:` names. */
function themeFolder(root: string, theme: unknown): string | undefined {
  const name = typeof theme === 'string' && theme ? theme : 'default'
  if (name === 'none')
    return undefined
  if (name.startsWith('.') || name.startsWith('/'))
    return resolve(root, name)
  return packageFolder(root, name.startsWith('@') || name.includes('slidev-theme-') ? name : name === 'default' ? '@slidev/theme-default' : `slidev-theme-${name}`)
}

/** The layouts a slide may use: Slidev's, the theme's and the deck's own. */
function layoutsOf(root: string, theme: unknown): string[] {
  const folders = [packageFolder(root, '@slidev/client'), themeFolder(root, theme), root]
    .filter((folder): folder is string => folder !== undefined)
    .map(folder => join(folder, 'layouts'))
  return [...new Set(folders.flatMap(layoutsIn))].sort()
}

/**
 * The deck from Slidev's parse: `load()` below, or `options.data` from Slidev's resolveOptions
 * (the exporter, which starts Slidev anyway).
 */
export function deckFrom(data: ParsedDeck & { config?: Partial<SlidevConfig> }, root = ROOT): Deck {
  const { slides, chapters } = slidesAndChapters(data, root)
  const headmatter = data.headmatter ?? {}
  const config = { ...headmatter, ...data.config } as Partial<SlidevConfig> & Record<string, unknown>
  const keywords = Array.isArray(headmatter.keywords)
    ? headmatter.keywords.map(String)
    : String(headmatter.keywords ?? '').split(',').map(word => word.trim()).filter(Boolean)
  const width = config.canvasWidth ?? 980
  return {
    root,
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
    ...sourcesOf(data, slides, root),
    layouts: layoutsOf(root, headmatter.theme),
  }
}

/** Slidev's aspectRatio: a number, or "16/9" / "16:9" as written in the headmatter. */
function aspectRatio(value: number | string | undefined): number {
  if (typeof value === 'number')
    return value
  const [width, height] = String(value ?? '16/9').split(/[/:]/).map(Number)
  return width! / height!
}

/** Parses slides.md (and every chapter it imports) with Slidev's parser into the deck model. */
export async function loadDeck(root = ROOT): Promise<Deck> {
  return deckFrom(await load({ userRoot: root, roots: [root] }, resolve(root, 'slides.md')), root)
}

/**
 * What makes a build the student deck, the one that is hosted (`npm run build:student`, used by the
 * deploys): no speaker notes. The single-file export and the bench build with the same arguments.
 */
export const STUDENT_BUILD_ARGS = ['--without-notes'] as const
