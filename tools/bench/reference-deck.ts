// The reference deck: a bare three-slide Slidev deck (a cover and two text slides) with the lecture's
// headmatter settings but system fonts, built with the same toolchain: its node_modules is a folder
// of per-package symlinks to the project's, so Node and Vite resolve the same packages while Vite's
// caches stay in the temporary folder.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'

// Headmatter keys that describe the lecture, not how it is built (its title is replaced).
const ABOUT_THE_LECTURE = new Set(['info', 'author', 'keywords', 'exportFilename'])
const SYSTEM_FONTS = { provider: 'none', sans: 'system-ui', serif: 'ui-serif', mono: 'ui-monospace' }
const CACHES = new Set(['.vite', '.slidev', '.cache', '.vite-temp'])

function lectureHeadmatter(projectRoot: string): Record<string, unknown> {
  const entry = join(projectRoot, 'slides.md')
  return parseSync(readFileSync(entry, 'utf8'), entry).slides[0].frontmatter
}

/** Writes the reference deck into `dir` (a new folder) and returns `dir`. */
export function writeReferenceDeck(projectRoot: string, dir: string): string {
  const modules = join(projectRoot, 'node_modules')
  mkdirSync(join(dir, 'node_modules'), { recursive: true })
  for (const name of readdirSync(modules).filter(name => !CACHES.has(name)))
    symlinkSync(join(modules, name), join(dir, 'node_modules', name))
  const settings = Object.entries(lectureHeadmatter(projectRoot)).filter(([key]) => !ABOUT_THE_LECTURE.has(key))
  const headmatter = { ...Object.fromEntries(settings), title: 'Reference deck', fonts: SYSTEM_FONTS }
  const { favicon } = headmatter as { favicon?: unknown }
  if (typeof favicon === 'string' && favicon.startsWith('/')) {
    mkdirSync(join(dir, 'public'))
    copyFileSync(join(projectRoot, 'public', favicon), join(dir, 'public', favicon))
  }
  const slides = ['# Reference deck\n\nA cover with one line of text', ...['Second', 'Third'].map(which => `# ${which} slide\n\nA plain slide with a sentence of text and nothing else on it.`)]
  // YAML is a superset of JSON, so the headmatter can be written as JSON.
  writeFileSync(join(dir, 'slides.md'), `---\n${JSON.stringify(headmatter)}\n---\n\n${slides.join('\n\n---\n\n')}\n`)
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-reference-deck", "private": true, "type": "module" }\n')
  // The build writes the same manifest as the lecture's; `slidev export` runs Vite's dev server,
  // which serves only files under the deck's folder: allow the symlinked packages' real folder.
  writeFileSync(join(dir, 'vite.config.ts'), `export default ${JSON.stringify({ build: { manifest: true }, server: { fs: { allow: [modules] } } })}\n`)
  return dir
}
