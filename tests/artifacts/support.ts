import type { DeckSlide } from '../../tools/shared/deck.ts'
// Helpers for the checks on exported and built files: text normalisation, distinctive runs of
// speaker-note words and freshness of the outputs. PDFs are read with tools/shared/pdf.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { plainText } from '../../lib/plain-text.ts'
import { ROOT } from '../../tools/shared/paths.ts'

export function requireFile(path: string, advice: string): Buffer {
  if (!existsSync(path))
    throw new Error(`${path} is missing: ${advice}`)
  return readFileSync(path)
}

/**
 * Text for comparisons that ignore layout: Unicode-normalised, curly quotes and dashes made
 * plain, all whitespace removed (PDF text extraction and built JS break lines differently), lower case.
 */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BB\u02BC\u00B4]/g, '\'')
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

// ---- speaker-note runs ----

const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N},.;:'\u2019%\u2013-]*$/u

/**
 * Lines of a note as a reader sees them: Slidev click markers, HTML tags and list/heading markers
 * removed. A run never crosses a line, so it never spans two paragraphs or list items.
 */
function noteLines(note: string): string[][] {
  return note
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[click(?::\d+)?\]/gi, ' ')
    .split(/\r?\n/)
    .map(line => line.trim().replace(/^(?:[-*+]|\d+[.)]|#{1,6})\s+/, '').split(/\s+/).filter(Boolean))
}

/**
 * A distinctive run of `length` consecutive plain words (no Markdown, quotes or brackets) from a
 * note that does not occur in `avoid` (already squashed), e.g. slide text that a build may
 * legitimately contain. Falls back to the longest shorter run (at least 4 words); null if none.
 */
export function noteRun(note: string, avoid = '', length = 8): string | null {
  let best: string[] = []
  for (const words of noteLines(note)) {
    const streaks: string[][] = [[]]
    for (const word of words) {
      if (PLAIN_WORD.test(word))
        streaks[streaks.length - 1].push(word)
      else
        streaks.push([])
    }
    for (const streak of streaks) {
      for (let size = Math.min(length, streak.length); size >= 4 && size > best.length; size--) {
        for (let start = 0; start + size <= streak.length; start++) {
          const run = streak.slice(start, start + size)
          if (!avoid.includes(squash(run.join(' ')))) {
            best = run
            break
          }
        }
      }
      if (best.length === length)
        return best.join(' ')
    }
  }
  return best.length > 0 ? best.join(' ') : null
}

/** Text a build may contain legitimately: every slide's own text, the data and the components. */
export function publicText(deck: DeckSlide[]): string {
  const parts = deck.map(slide => plainText(slide.content))
  for (const folder of ['data', 'components', 'layouts']) {
    const dir = join(ROOT, folder)
    if (!existsSync(dir))
      continue
    for (const name of readdirSync(dir))
      parts.push(readFileSync(join(dir, name), 'utf8'))
  }
  for (const name of ['global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue']) {
    if (existsSync(join(ROOT, name)))
      parts.push(readFileSync(join(ROOT, name), 'utf8'))
  }
  return squash(parts.join('\n'))
}

// ---- built files ----

/** Every file below `dir`, recursively. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
}

/** Built JS/HTML as text a reader would see: JS string escapes and HTML entities decoded. */
export function decodeBuilt(text: string): string {
  return text
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(['"`\\])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The newest modification time among the deck's sources (slides, notes, data, components, styles). */
function newestSourceTime(): { time: number, file: string } {
  let newest = { time: 0, file: '' }
  const consider = (file: string) => {
    const time = statSync(file).mtimeMs
    if (time > newest.time)
      newest = { time, file }
  }
  for (const name of readdirSync(ROOT)) {
    if (/^(?:slides\.md|vite\.config\.ts|uno\.config\.ts|.*\.vue)$/.test(name))
      consider(join(ROOT, name))
  }
  for (const folder of ['pages', 'data', 'lib', 'components', 'layouts', 'styles', 'setup', 'public']) {
    if (existsSync(join(ROOT, folder)))
      filesBelow(join(ROOT, folder)).forEach(consider)
  }
  return newest
}

/** Fails with advice when `output` was made before the deck's sources last changed. */
export function requireFresh(output: string, advice: string) {
  const newest = newestSourceTime()
  if (statSync(output).mtimeMs < newest.time)
    throw new Error(`${relative(ROOT, output)} is older than ${relative(ROOT, newest.file)}: ${advice}.`)
}
