import type { CssNode } from 'css-tree'
// WCAG 2.x colour contrast (relative luminance, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance)
// and the check of token pairs against a minimum ratio; and the guard that keeps every colour in
// styles/tokens.css. tests/deck/contrast.test.ts applies both to the tokens and to every source file.
import { generate, lexer, parse, walk } from 'css-tree'

type Rgb = [number, number, number]

/** `#rgb` / `#rrggbb` to 0–255 channels; anything else throws (tokens are plain hex on purpose). */
export function parseHex(value: string): Rgb {
  const hex = value.trim().replace(/^#/, '')
  const full = hex.length === 3 ? [...hex].map(c => c + c).join('') : hex
  if (!/^[0-9a-f]{6}$/i.test(full))
    throw new Error(`"${value}" is not a #rgb or #rrggbb colour`)
  return [0, 2, 4].map(i => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb
}

/** WCAG 2.x relative luminance (sRGB, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

export interface Pair {
  fg: string
  bg: string
  /** minimum ratio: 4.5 text, 7 for body text and titles, 3 for graphics and focus rings */
  min: number
  where: string
}

export interface PairResult extends Pair {
  ratio: number
  pass: boolean
}

export function checkPairs(tokens: Record<string, string>, pairs: Pair[]): PairResult[] {
  return pairs.map((pair) => {
    for (const name of [pair.fg, pair.bg]) {
      if (!(name in tokens))
        throw new Error(`--deck-${name} is not defined in styles/tokens.css (used by ${pair.where})`)
    }
    const ratio = contrastRatio(tokens[pair.fg]!, tokens[pair.bg]!)
    return { ...pair, ratio, pass: ratio >= pair.min }
  })
}

/** A colour written outside styles/tokens.css: a hex, a colour function, a named colour or a token fallback. */
export interface ColourLiteral {
  file: string
  line: number
  literal: string
}

// Colour functions whose arguments are channels, not tokens (`color-mix` of tokens is allowed).
const COLOUR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)$/i
// Keywords that carry no hue of their own: allowed anywhere.
const NO_HUE = new Set(['transparent', 'currentcolor'])

function isColourKeyword(name: string): boolean {
  if (NO_HUE.has(name.toLowerCase()))
    return false
  return lexer.matchType('color', parse(name, { context: 'value' })).matched != null
}

/** Colour literals in a stylesheet, parsed with css-tree; `firstLine` is where the CSS starts in its file. */
function literalsInCss(file: string, css: string, firstLine: number): ColourLiteral[] {
  const found: ColourLiteral[] = []
  const report = (node: CssNode, literal: string) => found.push({ file, line: firstLine + (node.loc?.start.line ?? 1) - 1, literal })
  walk(parse(css, { positions: true, parseCustomProperty: true }), function (node) {
    if (!this.declaration)
      return
    if (node.type === 'Hash') {
      report(node, `#${node.value}`)
    }
    else if (node.type === 'Function' && COLOUR_FUNCTION.test(node.name)) {
      report(node, generate(node))
    }
    else if (node.type === 'Identifier' && isColourKeyword(node.name)) {
      report(node, node.name)
    }
    else if (node.type === 'Function' && node.name === 'var') {
      // The tokens are always defined, so a fallback only hides a colour the guard cannot check.
      const [name, comma] = node.children.toArray()
      if (name?.type === 'Identifier' && name.name.startsWith('--deck-') && comma)
        report(node, generate(node))
    }
  })
  return found
}

// In templates and scripts: a hex in a string or attribute (not a `#fragment` link), a colour
// function, a token fallback, or a named colour given to a colour property or attribute.
const CODE_LITERALS = [
  /(?<!(?:href|to)=["'])(?<=["'`=:\s])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi,
  /\b(?:rgba?|hsla?|hwb|oklab|oklch|lab|lch)\([^)]*\)/gi,
  /var\(\s*--deck-[\w-]+\s*,[^)]*\)/g,
]
const CODE_NAMED = /\b(?:fill|stroke|color|stop-color|flood-color|background(?:-color)?)\s*(?:=\s*["']|:\s*["'`]?)\s*([a-z]+)\b/gi

function literalsInCode(file: string, code: string): ColourLiteral[] {
  const lineOf = (index: number) => code.slice(0, index).split('\n').length
  const found: ColourLiteral[] = []
  for (const pattern of CODE_LITERALS) {
    for (const match of code.matchAll(pattern))
      found.push({ file, line: lineOf(match.index), literal: match[0] })
  }
  for (const match of code.matchAll(CODE_NAMED)) {
    if (isColourKeyword(match[1]!))
      found.push({ file, line: lineOf(match.index), literal: match[0] })
  }
  return found
}

/**
 * Every colour literal in a source file (`.css`, `.vue`, `.ts`): its `<style>` blocks and stylesheets
 * are parsed as CSS, the rest is searched as template and script. Comments are skipped.
 */
export function findColourLiterals(file: string, source: string): ColourLiteral[] {
  if (file.endsWith('.css'))
    return literalsInCss(file, source, 1)
  const blank = (text: string) => text.replace(/[^\n]/g, ' ')
  const found: ColourLiteral[] = []
  let code = source.replace(/<!--[\s\S]*?-->/g, blank)
  if (file.endsWith('.vue')) {
    code = code.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (block, open: string, css: string, close: string, offset: number) => {
      found.push(...literalsInCss(file, css, source.slice(0, offset + open.length).split('\n').length))
      return blank(block)
    })
  }
  return [...found, ...literalsInCode(file, code.replace(/\/\*[\s\S]*?\*\//g, blank))]
    .sort((a, b) => a.line - b.line)
}
