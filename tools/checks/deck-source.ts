// The slide sources as the checks see them: slides.md and the chapters it imports with `src:`, from
// Slidev's own parse (tools/shared/deck.ts), plus what the parser reports but Slidev only logs or
// drops (YAML errors, missing `src:` files) and the layouts the deck can use. The only file in
// tools/checks/ that reads the disk; the checks themselves are pure functions over the `DeckSource`
// it returns, so tests can hand them any deck.
import type { SlideInfo, SourceSlideInfo } from '@slidev/types'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { plainText } from '../../lib/plain-text'
import { headingOf } from '../../lib/slide-title'
import { parseDeck } from '../shared/deck'

/** One slide block as written in a Markdown file (a rendered slide, a `src:` import, or a hidden one). */
export interface SourceBlock {
  /** File relative to the deck root, e.g. pages/04-singapore.md */
  file: string
  /** True for the first block of the entry file: the deck's settings (Slidev's headmatter) */
  headmatter: boolean
  /** 1-based line of the block's first line (its opening `---`, or the line after the separator) */
  line: number
  /** The frontmatter text as written, without the `---` fences; undefined when the block has none */
  frontmatterRaw: string | undefined
  /** 1-based line of the frontmatter's first YAML line */
  frontmatterLine: number
  /** The frontmatter as Slidev read it (Slidev keeps what it could parse and drops YAML errors) */
  frontmatter: unknown
  /** YAML errors with their line in the file */
  yamlErrors: { line: number, message: string }[]
  /** The slide number in the deck, when the block is shown as a slide */
  no?: number
  title: string
}

/** A slide as the audience sees it. */
export interface DeckSlide {
  /** 1-based slide number, as in the URL */
  no: number
  /** Text of the slide's first heading, Markdown stripped; '' when it has none */
  title: string
  /** File relative to the deck root */
  file: string
  /** The frontmatter after `src:` imports merged theirs in */
  frontmatter: Record<string, unknown>
  /** The slide's Markdown below the frontmatter, speaker notes included, as in the file */
  body: string
  /** 1-based file line of the first line of `body` */
  bodyLine: number
}

/** An import or slide range the parser could not load (e.g. a `src:` file that does not exist). */
export interface LoadError {
  file: string
  line: number
  message: string
  /** The slide shown before the missing ones, when the import is in the entry file */
  after?: { no: number, title: string }
}

export interface DeckSource {
  slides: DeckSlide[]
  blocks: SourceBlock[]
  loadErrors: LoadError[]
  /** Layout names a slide may use: Slidev's, the theme's and the deck's own layouts/ (empty: unknown) */
  layouts: string[]
}

/** Slidev's title of a slide (frontmatter `title`, else its first heading) as plain text. */
const slideTitle = (slide: SourceSlideInfo) => plainText(slide.title ?? '') || headingOf(slide.content)

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

/** Loads slides.md under `root` and everything it imports. */
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

export async function loadDeckSource(root: string): Promise<DeckSource> {
  const data = await parseDeck(root)
  const rel = (path: string) => relative(root, path).split('\\').join('/')

  const numbers = new Map<SourceSlideInfo, number>()
  const slides = data.slides.map((slide: SlideInfo, index): DeckSlide => {
    numbers.set(slide.source, index + 1)
    const source = slide.source
    const lines = source.raw.split(/\r?\n/)
    // Slides with frontmatter start at their opening fence; the body follows the closing one.
    const bodyOffset = source.contentStart - source.start
    return {
      no: index + 1,
      title: slideTitle(source),
      file: rel(source.filepath),
      frontmatter: slide.frontmatter ?? {},
      body: lines.slice(bodyOffset).join('\n'),
      bodyLine: source.contentStart + 1,
    }
  })

  const blocks: SourceBlock[] = []
  const loadErrors: LoadError[] = []
  for (const [path, markdown] of Object.entries(data.markdownFiles)) {
    for (const [index, source] of markdown.slides.entries()) {
      const frontmatterLine = source.start + 2
      // An error at the end of the YAML (an unclosed bracket) points past its last line: clamp it there.
      const lastLine = frontmatterLine + Math.max((source.frontmatterRaw ?? '').trimEnd().split('\n').length - 1, 0)
      const yamlLines = (source.frontmatterRaw ?? '').split('\n')
      const yamlErrors = (source.frontmatterDoc?.errors ?? []).map((error) => {
        const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
        const index = openingLineOf(yamlLines, (error.linePos?.[0]?.line ?? 1) - 1, message)
        return { line: Math.min(frontmatterLine + index, lastLine), message }
      })
      blocks.push({
        file: rel(path),
        headmatter: index === 0 && path === data.entry.filepath,
        line: source.start + 1,
        frontmatterRaw: source.frontmatterRaw,
        frontmatterLine,
        frontmatter: source.frontmatterDoc ? source.frontmatterDoc.toJSON() : source.frontmatter,
        yamlErrors,
        no: numbers.get(source),
        title: slideTitle(source),
      })
    }
    for (const error of markdown.errors ?? []) {
      // Slides of the entry file, or imported by one of its blocks, that come before the failed import.
      const before = path === data.entry.filepath
        ? slides.filter((_, index) => (data.slides[index]!.importChain?.[0] ?? data.slides[index]!.source).start < error.row)
        : []
      const after = before.at(-1)
      loadErrors.push({ file: rel(path), line: error.row + 1, message: error.message, after: after && { no: after.no, title: after.title } })
    }
  }

  const layoutFolders = [packageFolder(root, '@slidev/client'), themeFolder(root, data.headmatter.theme), root]
    .filter((folder): folder is string => folder !== undefined)
    .map(folder => join(folder, 'layouts'))
  const layouts = [...new Set(layoutFolders.flatMap(layoutsIn))].sort()

  return { slides, blocks, loadErrors, layouts }
}
