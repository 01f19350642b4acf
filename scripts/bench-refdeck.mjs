// Bench helper, one job: write the REFERENCE deck into a temporary folder.
// Three plain slides (a cover and two text slides), a tiny favicon and the same headmatter
// settings as slides.md (theme default, fonts provider none with @fontsource Inter latin 400
// imported from styles/index.ts, monaco/twoslash off, lang en). It is built with the SAME
// toolchain: node_modules is a real folder of per-package symlinks to /work/main/node_modules,
// so Node and Vite resolve the same packages while caches (node_modules/.vite) stay in the
// temporary folder and never touch the project's node_modules.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const HEADMATTER = `---
theme: default
title: 'Reference deck'
lang: en
download: false
favicon: /favicon.svg
selectable: true
colorSchema: light
transition: fade
drawings:
  enabled: false
highlighter: shiki
lineNumbers: false
monaco: false
twoslash: false
mdc: false
fonts:
  provider: none
  sans: Inter
  serif: Inter
  mono: ui-monospace
  local: Inter
class: cover
layout: cover
---`

const SLIDES = `${HEADMATTER}

# Reference deck

A cover with one line of text

---

# Second slide

A plain slide with a sentence of text and nothing else on it.

---

# Third slide

Another plain slide with a sentence of text and nothing else on it.
`

const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f3a5f"/></svg>\n'

// Caches that must stay per folder, not shared through the symlinks.
const NOT_LINKED = new Set(['.vite', '.slidev', '.cache', '.vite-temp'])

/**
 * @param {string} projectRoot the project whose node_modules provide the toolchain
 * @returns {string} the folder of the reference deck (entry: slides.md)
 */
export function writeReferenceDeck(projectRoot) {
  const source = join(projectRoot, 'node_modules')
  if (!existsSync(join(source, '@slidev', 'cli')))
    throw new Error(`No Slidev in ${source}: run npm ci first.`)
  const dir = mkdtempSync(join(tmpdir(), 'bench-refdeck-'))
  mkdirSync(join(dir, 'styles'))
  mkdirSync(join(dir, 'public'))
  mkdirSync(join(dir, 'node_modules'))
  for (const entry of readdirSync(source)) {
    if (!NOT_LINKED.has(entry))
      symlinkSync(join(source, entry), join(dir, 'node_modules', entry))
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-reference-deck', private: true, type: 'module' }, null, 2)}\n`)
  writeFileSync(join(dir, 'slides.md'), SLIDES)
  writeFileSync(join(dir, 'styles', 'index.ts'), `import '@fontsource/inter/latin-400.css'\n`)
  writeFileSync(join(dir, 'public', 'favicon.svg'), FAVICON)
  // `slidev export` runs Vite's dev server, which only serves files under the deck's folder; the
  // symlinked packages resolve to the project's node_modules, so allow it (dev server only: the
  // build output does not change). Without it the fonts are refused and the PDF pages are blank.
  writeFileSync(join(dir, 'vite.config.ts'), `import { defineConfig } from 'vite'

export default defineConfig({ server: { fs: { allow: [${JSON.stringify(source)}] } } })
`)
  return dir
}

export const REFERENCE_SLIDE_COUNT = 3
