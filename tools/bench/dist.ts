// What a built deck weighs, read from disk: every file raw and gzip, the assets each slide newly
// needs (from Vite's build manifest), and files the deck does not need.
import type { Manifest } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, extname, join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { FONT_FILES } from '../fonts/subset.ts'
import { formatBytes } from './report.ts'

export type Kind = 'js' | 'css' | 'font' | 'image' | 'html' | 'other'
export interface FileSize { raw: number, gzip: number, kind: Kind }
export interface SlideAssets { no: number, files: string[], gzip: number, byKind: Partial<Record<Kind, number>> }

const EXTENSIONS: Record<Exclude<Kind, 'other'>, string> = { js: 'js mjs', css: 'css', font: 'woff2 woff ttf otf eot', image: 'png jpg jpeg gif svg webp avif ico', html: 'html' }
const KIND_BY_EXT = new Map(Object.entries(EXTENSIONS).flatMap(([kind, exts]) => exts.split(' ').map(ext => [`.${ext}`, kind as Kind])))
export const kindOf = (path: string): Kind => KIND_BY_EXT.get(extname(path.split(/[?#]/)[0]).toLowerCase()) ?? 'other'

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
  return [...files.values()].reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, count: sum.count + 1 }), { raw: 0, gzip: 0, count: 0 })
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
    const fetched = (fetchedBySlide[no] ?? []).filter(file => ['font', 'image'].includes(kindOf(file)))
    const needed = [...closure(key ? [key] : []), ...fetched, ...no === 1 ? shell : []]
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

const UNNEEDED: [RegExp, string][] = [[/font-family:\s*["']?KaTeX_/, 'KaTeX fonts'], [/monaco-editor/, 'Monaco editor code']]

/** Code and fonts a history lecture does not need; `fetchedFonts`: fonts fetched on any slide. */
export function unneededChecks(distDir: string, files: Map<string, FileSize>, fetchedFonts: Set<string>): Check[] {
  const checks: Check[] = []
  for (const [path, { kind }] of files) {
    const text = kind === 'js' || kind === 'css' ? readFileSync(join(distDir, path), 'utf8') : ''
    if (/monaco|twoslash|katex/i.test(path))
      checks.push({ verdict: 'SHIPPED', text: `a file named after an unused feature: ${path}` })
    checks.push(...UNNEEDED.filter(([pattern]) => pattern.test(text)).map(([, what]): Check => ({ verdict: 'SHIPPED', text: `${what} inside ${path}` })))
    if (/\.twoslash-[\w-]+/.test(text))
      checks.push({ verdict: 'NOTE', text: `twoslash popup styles inside ${path} (Slidev ships these in every build)` })
  }
  // Each Inter style ships in two files split by unicode-range (tools/fonts/subset.ts): the "extra" one
  // is fetched only by a page with a character outside basic English text, so it may go unfetched.
  const unfetched = [...files.keys()].filter(path => kindOf(path) === 'font' && !fetchedFonts.has(path))
  const list = (paths: string[]) => `${paths.length} (${formatBytes(paths.reduce((sum, p) => sum + files.get(p)!.raw, 0))} raw): ${paths.map(p => p.replace(/^assets\//, '')).join(', ')}`
  const extraStems = FONT_FILES.filter(file => file.part === 'extra').map(file => file.name.replace(/\.woff2$/, '-'))
  const onDemand = unfetched.filter(path => extraStems.some(stem => basename(path).startsWith(stem)))
  const unused = unfetched.filter(path => !onDemand.includes(path))
  if (onDemand.length)
    checks.push({ verdict: 'NOTE', text: `Inter files for characters outside basic English text that no slide fetched: ${list(onDemand)}` })
  if (unused.length)
    checks.push({ verdict: 'SHIPPED', text: `font files no slide fetched: ${list(unused)}` })
  if (!checks.some(check => check.verdict === 'SHIPPED'))
    checks.unshift({ verdict: 'OK', text: 'no Monaco, twoslash code or KaTeX; every shipped font file is fetched on some slide or holds only characters no slide has' })
  return checks
}
