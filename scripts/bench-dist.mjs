// Bench helper, one job: read a built deck from disk (no browser).
// - the size of the whole dist, raw and gzip;
// - what each slide newly needs, from the per-slide async chunks Vite wrote (see slideAssets);
// - files the deck does not need (Monaco, twoslash, KaTeX) and the font files shipped.
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, posix, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

export const FONT_EXT = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot'])
export const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif', '.ico'])

/** zlib gzip with its default level (6), the figure a plain gzip-serving web server gives. */
export const gzipSize = buffer => gzipSync(buffer).length

/** @returns {'js' | 'css' | 'font' | 'image' | 'html' | 'other'} */
export function kindOf(path) {
  const ext = extname(path.split(/[?#]/)[0]).toLowerCase()
  if (ext === '.js' || ext === '.mjs')
    return 'js'
  if (ext === '.css')
    return 'css'
  if (FONT_EXT.has(ext))
    return 'font'
  if (IMAGE_EXT.has(ext))
    return 'image'
  if (ext === '.html')
    return 'html'
  return 'other'
}

function walk(dir) {
  const files = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      files.push(...walk(path))
    else if (entry.isFile())
      files.push(path)
  }
  return files
}

const toPosix = path => path.split(sep).join('/')

/** Raw and gzip size of every file in a built deck; `files` maps dist-relative path → sizes. */
export function distSizes(distDir) {
  const files = new Map()
  let raw = 0
  let gzip = 0
  for (const path of walk(distDir)) {
    const buffer = readFileSync(path)
    const sizes = { raw: buffer.length, gzip: gzipSize(buffer), kind: kindOf(path) }
    files.set(toPosix(relative(distDir, path)), sizes)
    raw += sizes.raw
    gzip += sizes.gzip
  }
  return { raw, gzip, count: files.size, files }
}

// ---------------------------------------------------------------------------------------------
// Per-slide assets, from the build output.
//
// Why not measure "bytes newly loaded when navigating from slide N-1 to N" in the browser?
// Slidev's SlidesShow preloads the current, previous AND next slide as soon as a slide is shown,
// and every slide 3 s after start (route.load(), unless a slide sets `preload: false`). So in the
// browser the chunk of slide N arrives while slide N-1 is on screen, or all at once after 3 s:
// the network log cannot tell which slide a chunk belongs to. The build output can: Vite writes
// one async chunk per slide and, next to each `import()` of it in the slide list, the list of
// every file that chunk needs (`__vite__mapDeps([...])`: its static JS imports and its CSS).
// So for slide N we take that closure, add the images its JS or CSS references, and subtract
// what the app shell and slides 1..N-1 already brought. Slide 1's figure also includes the shell
// (index.html's script, modulepreloads and stylesheets and their static imports).
// Fonts are different: a @font-face is only fetched when text set in it is shown (KaTeX's 20
// faces are declared globally but rarely used). The browser walk (bench-browser.mjs) tells on
// which slide each font file was first fetched (`fontsBySlide`); without it, every face the CSS
// declares (first `src`, the woff2 a current browser picks) counts where it is declared — an
// upper bound. The bench also takes the browser-measured initial load of slide 1 and checks
// the larger of the two.
// ---------------------------------------------------------------------------------------------

const RE_STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g
const RE_MAP_DEPS_FILES = /m\.f\|\|\(m\.f=(\[[^\]]*\])\)/
const RE_SLIDE_LOADER = /\[(\d+)\]\?\?=await [\w$]+\(\(\)=>import\(\s*["'`]([^"'`]+)["'`]\s*\),\s*__vite__mapDeps\(\[([\d,\s]*)\]\)/g
const RE_CSS_URL = /url\(\s*["']?([^"')]+?)["']?\s*\)/g
const RE_FONT_FACE = /@font-face\s*\{[^}]*\}/g
const RE_JS_IMAGE = /["'`]([^"'`\s()]+?\.(?:png|jpe?g|gif|svg|webp|avif))["'`]/gi

function htmlRefs(html, base) {
  const refs = []
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = match[0]
    if (/rel="icon"/.test(tag))
      continue
    refs.push(match[1])
  }
  return refs.map(ref => ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, ''))
}

/**
 * @param {string} distDir built deck
 * @param {string} base the base it was built for (/bench/)
 * @param {{ fontsBySlide?: Record<string, string[]> }} [options] fonts seen per slide in a browser
 * @returns {{ slides: { no: number, files: string[], raw: number, gzip: number, byKind: Record<string, number> }[], shell: string[], problems: string[] }}
 */
export function slideAssets(distDir, base, { fontsBySlide } = {}) {
  const problems = []
  const sizes = distSizes(distDir).files
  const exists = path => sizes.has(path)
  const read = path => readFileSync(join(distDir, path), 'utf8')

  const staticCache = new Map()
  function staticImports(path) {
    if (!staticCache.has(path)) {
      const found = []
      for (const match of read(path).matchAll(RE_STATIC_IMPORT)) {
        const target = posix.normalize(posix.join(posix.dirname(path), match[1]))
        if (exists(target))
          found.push(target)
      }
      staticCache.set(path, found)
    }
    return staticCache.get(path)
  }

  function resolveRef(fromFile, ref) {
    if (/^(?:data|https?|blob):/i.test(ref) || ref.startsWith('#'))
      return undefined
    const clean = ref.split(/[?#]/)[0]
    const candidates = clean.startsWith(base)
      ? [clean.slice(base.length)]
      : clean.startsWith('/')
        ? [clean.slice(1)]
        : [posix.normalize(posix.join(posix.dirname(fromFile), clean)), clean.replace(/^\.\//, '')]
    return candidates.find(exists)
  }

  /** JS closure + CSS, then fonts and images those files reference. */
  const declaredFonts = !fontsBySlide
  function closure(roots, { imagesFromJs }) {
    const set = new Set()
    const queue = [...roots]
    while (queue.length) {
      const path = queue.pop()
      if (set.has(path) || !exists(path))
        continue
      set.add(path)
      if (kindOf(path) === 'js')
        queue.push(...staticImports(path))
    }
    for (const path of [...set]) {
      const kind = kindOf(path)
      if (kind === 'css') {
        const css = read(path)
        const faces = declaredFonts ? css.match(RE_FONT_FACE) ?? [] : []
        for (const face of faces) {
          const first = [...face.matchAll(RE_CSS_URL)][0]
          const target = first && resolveRef(path, first[1])
          if (target)
            set.add(target)
        }
        const rest = css.replace(RE_FONT_FACE, '')
        for (const match of rest.matchAll(RE_CSS_URL)) {
          const target = resolveRef(path, match[1])
          if (target && kindOf(target) === 'image')
            set.add(target)
        }
      }
      else if (kind === 'js' && imagesFromJs) {
        for (const match of read(path).matchAll(RE_JS_IMAGE)) {
          const target = resolveRef(path, match[1])
          if (target)
            set.add(target)
        }
      }
    }
    return set
  }

  const indexHtml = read('index.html')
  const shellRoots = htmlRefs(indexHtml, base).filter(exists)
  // Images referenced from the shell's JS are Slidev UI (logo, presenter), not slide content.
  const shell = closure(shellRoots, { imagesFromJs: false })

  // The slide list: `<array>[K]??=await preload(()=>import("./md-x.js"),__vite__mapDeps([...]))`
  const loaders = new Map()
  for (const [path, info] of sizes) {
    if (info.kind !== 'js')
      continue
    const code = read(path)
    if (!code.includes('__vite__mapDeps'))
      continue
    const filesMatch = code.match(RE_MAP_DEPS_FILES)
    const depFiles = filesMatch ? JSON.parse(filesMatch[1]) : []
    for (const match of code.matchAll(RE_SLIDE_LOADER)) {
      const index = Number(match[1])
      const chunk = posix.normalize(posix.join(posix.dirname(path), match[2]))
      const deps = match[3].split(',').filter(Boolean).map(i => depFiles[Number(i)]).filter(Boolean)
      if (!loaders.has(index))
        loaders.set(index, [chunk, ...deps])
    }
  }
  const count = loaders.size
  if (count === 0)
    problems.push('no per-slide loaders (`[K]??=await …import(…),__vite__mapDeps(…)`) found in the build: Slidev\'s output format changed; per-slide figures are missing')
  for (let i = 0; i < count; i++) {
    if (!loaders.has(i))
      problems.push(`slide ${i + 1}: no loader found in the build output`)
  }

  const seen = new Set(shell)
  const slides = []
  for (let i = 0; i < count; i++) {
    const files = closure(loaders.get(i) ?? [], { imagesFromJs: true })
    if (i === 0) {
      for (const path of shell)
        files.add(path)
    }
    for (const path of fontsBySlide?.[i + 1] ?? []) {
      if (exists(path))
        files.add(path)
    }
    const fresh = [...files].filter(path => i === 0 ? true : !seen.has(path)).sort()
    for (const path of files)
      seen.add(path)
    const byKind = {}
    let raw = 0
    let gzip = 0
    for (const path of fresh) {
      const { raw: r, gzip: g, kind } = sizes.get(path)
      byKind[kind] = (byKind[kind] ?? 0) + g
      raw += r
      gzip += g
    }
    slides.push({ no: i + 1, files: fresh, raw, gzip, byKind })
  }
  return { slides, shell: [...shell].sort(), problems }
}

// ---------------------------------------------------------------------------------------------
// What the deck does not need
// ---------------------------------------------------------------------------------------------

const RE_UNNEEDED_NAME = /monaco|twoslash|katex/i
const CONTENT_MARKERS = [
  { what: 'KaTeX fonts (@font-face KaTeX_*)', re: /font-family:\s*["']?KaTeX_/ },
  { what: 'Monaco editor code (monaco-editor)', re: /monaco-editor/ },
  { what: 'twoslash popup styles (.twoslash-*)', re: /\.twoslash-[\w-]+/ },
]

/**
 * @param {string} distDir
 * @param {{ loadedFonts?: string[], expectFontFamily?: string }} [options] loadedFonts: dist-relative
 *   paths of the font files a browser loaded while showing every slide.
 */
export function unneeded(distDir, { loadedFonts = [], expectFontFamily = 'inter' } = {}) {
  const { files } = distSizes(distDir)
  const byName = [...files.keys()].filter(path => path.startsWith('assets/') && RE_UNNEEDED_NAME.test(path))
  const byContent = []
  for (const [path, info] of files) {
    if (info.kind !== 'js' && info.kind !== 'css')
      continue
    const text = readFileSync(join(distDir, path), 'utf8')
    for (const marker of CONTENT_MARKERS) {
      if (marker.re.test(text))
        byContent.push({ path, what: marker.what, gzip: info.gzip })
    }
  }
  const fonts = [...files].filter(([, info]) => info.kind === 'font').map(([path, info]) => ({ path, ...info }))
  const loaded = new Set(loadedFonts)
  const fontReport = fonts.map((font) => {
    const name = posix.basename(font.path).toLowerCase()
    const family = name.startsWith(`${expectFontFamily}-`)
    const latinOnly = /-latin-\d{3}-(?:normal|italic)-/.test(name)
    const stem = name.replace(/-.{8}\.woff2?$/, '')
    const fallback = name.endsWith('.woff') && fonts.some(other => other.path.endsWith('.woff2') && posix.basename(other.path).toLowerCase().startsWith(`${stem}-`))
    let verdict
    if (!family || !latinOnly)
      verdict = 'NOT EXPECTED (not an Inter latin subset)'
    else if (fallback)
      verdict = 'woff fallback of a woff2 (never loaded by current browsers)'
    else if (loadedFonts.length && !loaded.has(font.path))
      verdict = 'shipped but not loaded on any slide'
    else
      verdict = 'used'
    return { ...font, verdict }
  })
  return { byName, byContent, fonts: fontReport }
}
