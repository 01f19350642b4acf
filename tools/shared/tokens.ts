// The deck's colour tokens (styles/tokens.css, their one home) for Node-side code that cannot use
// `var(--deck-…)`: the handout's page header and footer, the web-app manifest and the contrast rules.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ROOT } from './paths.ts'

export const TOKENS_FILE = resolve(ROOT, 'styles/tokens.css')

/** `--deck-name: #hex` declarations of a stylesheet, keyed by `name`. */
function parseTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {}
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--deck-([\w-]+)\s*:\s*([^;]+);/g))
    tokens[match[1]!] = match[2]!.trim()
  return tokens
}

/**
 * The palettes of a stylesheet: `light` from its `:root` rule, `dark` from its `html.dark` rule
 * (the dark room inherits any token it does not redefine).
 */
export function parsePalettes(css: string): { light: Record<string, string>, dark: Record<string, string> } {
  const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
  const block = (selector: RegExp) => rules.filter(([, s]) => selector.test(s!.trim())).map(([, , body]) => body).join('\n')
  const light = parseTokens(block(/^:root$/))
  return { light, dark: { ...light, ...parseTokens(block(/^html\.dark\b/)) } }
}

/** Both palettes of styles/tokens.css: the light room (also print and PDF) and the dark room. */
export function deckPalettes(): { light: Record<string, string>, dark: Record<string, string> } {
  return parsePalettes(readFileSync(TOKENS_FILE, 'utf8'))
}

/** The light tokens of styles/tokens.css: what print, the PDF and the handout use. */
export function deckTokens(): Record<string, string> {
  return deckPalettes().light
}
