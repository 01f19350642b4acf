// What a built deck weighs, read from disk: every file raw and gzip, the assets each slide newly
// needs (from Vite's build manifest), and files the deck does not need.
import type { Manifest } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

export type Kind = 'js' | 'css' | 'font' | 'image' | 'html' | 'other'
export interface FileSize { raw: number, gzip: number, kind: Kind }
export interface SlideAssets { no: number, files: string[], gzip: number, byKind: Partial<Record<Kind, number>> }

const KINDS: [RegExp, Kind][] = [
  [/\.m?js$/, 'js'],
  [/\.css$/, 'css'],
  [/\.(?:woff2?|ttf|otf|eot)$/, 'font'],
  [/\.(?:png|jpe?g|gif|svg|webp|avif|ico)$/, 'image'],
  [/\.html$/, 'html'],
]

export function kindOf(path: string): Kind {
  const ext = extname(path.split(/[?#]/)[0]).toLowerCase()
  return KINDS.find(([pattern]) => pattern.test(ext))?.[1] ?? 'other'
}

/** zlib's default level, the figure a plain gzip-serving web server gives. */
export const gzipSize = (body: Buffer): number => gzipSync(body).length

const MANIFEST = join('.vite', 'manifest.json')

/** Every file the build ships (not the manifest the bench asked for), by dist-relative path. */
export function distFiles(distDir: string): Map<string, FileSize> {
  const files = new Map<string, FileSize>()
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    const name = relative(distDir, path)
    if (!entry.isFile() || name === MANIFEST)
      continue
    const body = readFileSync(path)
    files.set(name.split(sep).join('/'), { raw: body.length, gzip: gzipSize(body), kind: kindOf(name) })
  }
  return files
}

export function total(files: Map<string, FileSize>): { raw: number, gzip: number, count: number } {
  const sizes = [...files.values()]
  return { raw: sizes.reduce((sum, f) => sum + f.raw, 0), gzip: sizes.reduce((sum, f) => sum + f.gzip, 0), count: sizes.length }
}

const SLIDE_KEY = /\/@slidev\/slides\/(\d+)\/md$/

/**
 * What each slide newly needs. JS and CSS: the slide's chunk and its static imports with their CSS,
 * from the manifest. Fonts and images: the files the browser fetched while the slide was shown
 * (`fetchedBySlide`): fonts are declared for the whole app but fetched only when text set in them is
 * laid out, and Slidev's UI assets (its logo) are not slide content. Slide 1 also carries the app
 * shell (index.html and the slideshow page); later slides count only files no earlier slide brought.
 */
export function slideAssets(distDir: string, files: Map<string, FileSize>, fetchedBySlide: Record<number, string[]>): { slides: SlideAssets[], problems: string[] } {
  const manifest = JSON.parse(readFileSync(join(distDir, MANIFEST), 'utf8')) as Manifest
  const closure = (keys: string[]): Set<string> => {
    const found = new Set<string>()
    const visited = new Set<string>()
    const visit = (key: string) => {
      const chunk = manifest[key]
      if (!chunk || visited.has(key))
        return
      visited.add(key)
      for (const file of [chunk.file, ...chunk.css ?? []])
        found.add(file)
      chunk.imports?.forEach(visit)
    }
    keys.forEach(visit)
    return found
  }
  const slideKeys = new Map<number, string>()
  for (const key of Object.keys(manifest)) {
    const no = key.match(SLIDE_KEY)?.[1]
    if (no)
      slideKeys.set(Number(no), key)
  }
  const problems: string[] = []
  const page = Object.keys(manifest).find(key => key.endsWith('/pages/play.vue'))
  if (!page || !slideKeys.size)
    problems.push('the build manifest names no slideshow page or no slides: Slidev\'s output changed; per-slide figures are incomplete')
  const shell = closure(['index.html', ...page ? [page] : []])
  const seen = new Set<string>()
  const slides: SlideAssets[] = []
  for (let no = 1; no <= slideKeys.size; no++) {
    const key = slideKeys.get(no)
    if (!key)
      problems.push(`slide ${no} is not in the build manifest`)
    const needed = [...closure(key ? [key] : []), ...fetchedBySlide[no] ?? [], ...no === 1 ? shell : []]
    const fresh = [...new Set(needed)].filter(file => files.has(file) && !seen.has(file)).sort()
    fresh.forEach(file => seen.add(file))
    const byKind: SlideAssets['byKind'] = {}
    for (const file of fresh) {
      const { gzip, kind } = files.get(file)!
      byKind[kind] = (byKind[kind] ?? 0) + gzip
    }
    slides.push({ no, files: fresh, gzip: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind })
  }
  return { slides, problems }
}

export interface Check { verdict: 'OK' | 'NOTE' | 'SHIPPED', text: string }

const UNNEEDED_NAME = /monaco|twoslash|katex/i
const UNNEEDED_CONTENT: [RegExp, string][] = [
  [/font-family:\s*["']?KaTeX_/, 'KaTeX fonts (@font-face KaTeX_*)'],
  [/monaco-editor/, 'Monaco editor code (monaco-editor)'],
]
// Slidev's client CSS always carries these; no setting removes them.
const ALWAYS_SHIPPED: [RegExp, string] = [/\.twoslash-[\w-]+/, 'twoslash popup styles (.twoslash-*)']

/** Code and fonts a history lecture does not need; `fetchedFonts`: fonts seen on any slide. */
export function unneededChecks(distDir: string, files: Map<string, FileSize>, fetchedFonts: Set<string>): Check[] {
  const checks: Check[] = []
  const byName = [...files.keys()].filter(path => UNNEEDED_NAME.test(path))
  checks.push(byName.length
    ? { verdict: 'SHIPPED', text: `files named monaco/twoslash/katex: ${byName.join(', ')}` }
    : { verdict: 'OK', text: 'no files named monaco/twoslash/katex' })
  for (const [path, { kind }] of files) {
    if (kind !== 'js' && kind !== 'css')
      continue
    const text = readFileSync(join(distDir, path), 'utf8')
    for (const [, what] of UNNEEDED_CONTENT.filter(([pattern]) => pattern.test(text)))
      checks.push({ verdict: 'SHIPPED', text: `${what} inside ${path}` })
    if (ALWAYS_SHIPPED[0].test(text))
      checks.push({ verdict: 'NOTE', text: `${ALWAYS_SHIPPED[1]} inside ${path} (Slidev ships these in every build)` })
  }
  const fonts = [...files.keys()].filter(path => kindOf(path) === 'font')
  // A .woff next to a .woff2 of the same face is the fallback browsers since 2016 never fetch.
  const isFallback = (path: string) => path.endsWith('.woff') && fonts.some(other => other.endsWith('.woff2') && other.startsWith(path.replace(/-[\w-]{8}\.woff$/, '-')))
  const groups: [string, Check['verdict'], string[]][] = [
    ['fetched on some slide', 'OK', fonts.filter(path => fetchedFonts.has(path))],
    ['woff fallbacks of a woff2', 'NOTE', fonts.filter(path => !fetchedFonts.has(path) && isFallback(path))],
    ['shipped but fetched on no slide', 'SHIPPED', fonts.filter(path => !fetchedFonts.has(path) && !isFallback(path))],
  ]
  for (const [what, verdict, paths] of groups.filter(([, , paths]) => paths.length)) {
    const raw = paths.reduce((sum, path) => sum + files.get(path)!.raw, 0)
    checks.push({ verdict, text: `font files ${what}: ${paths.length} (${Math.round(raw / 1024)} KiB raw): ${paths.map(p => p.replace(/^assets\//, '')).join(', ')}` })
  }
  return checks
}
