// The deck's colour tokens (styles/tokens.css, their one home) for Node-side code that cannot use
// `var(--deck-…)`: the handout's page header and footer, and the contrast rules.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ROOT } from './paths'

export const TOKENS_FILE = resolve(ROOT, 'styles/tokens.css')

/** `--deck-name: #hex` declarations of a stylesheet, keyed by `name`. */
export function parseTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {}
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--deck-([\w-]+)\s*:\s*([^;]+);/g))
    tokens[match[1]!] = match[2]!.trim()
  return tokens
}

/** The tokens as defined in styles/tokens.css. */
export function deckTokens(): Record<string, string> {
  return parseTokens(readFileSync(TOKENS_FILE, 'utf8'))
}
