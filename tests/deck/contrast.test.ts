// Colour contrast of the deck's tokens (styles/tokens.css), with WCAG 2.x relative luminance.
// Text needs 4.5:1 (WCAG 1.4.3, AA); body text and titles aim for 7:1 (1.4.6, AAA) because a
// projector in a lit lecture hall washes colours out. Graphics and focus rings need 3:1 (1.4.11).
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPairs, contrastRatio, type Pair, type PairResult, parseHex } from '../../tools/rules/contrast'
import { ROOT } from '../../tools/shared/paths'
import { deckPalettes, parsePalettes, TOKENS_FILE } from '../../tools/shared/tokens'

const TEXT = 4.5
const AIM = 7
const GRAPHIC = 3

/** Every text/background pair the deck draws (grep components/ and styles/ for var(--deck-…)). */
const TEXT_PAIRS: Pair[] = [
  { fg: 'fg', bg: 'bg', min: AIM, where: 'body text' },
  { fg: 'accent', bg: 'bg', min: AIM, where: 'slide titles, table heads, chart labels' },
  { fg: 'muted', bg: 'bg', min: TEXT, where: 'fine print, footer, chart notes' },
  { fg: 'link', bg: 'bg', min: TEXT, where: 'citations and links' },
  { fg: 'fg', bg: 'panel-bg', min: AIM, where: 'quote cards, summit table rows' },
  { fg: 'accent', bg: 'panel-bg', min: AIM, where: 'accent text on panels' },
  { fg: 'muted', bg: 'panel-bg', min: TEXT, where: 'quote captions, dates in table rows' },
  { fg: 'link', bg: 'panel-bg', min: TEXT, where: 'citations in quote cards and table rows' },
  { fg: 'critic', bg: 'critic-bg', min: TEXT, where: 'DebateBoard critic claims' },
  { fg: 'supporter', bg: 'supporter-bg', min: TEXT, where: 'DebateBoard supporter claims' },
  { fg: 'critic', bg: 'bg', min: TEXT, where: 'DebateBoard "Critics" heading' },
  { fg: 'supporter', bg: 'bg', min: TEXT, where: 'DebateBoard "Supporters" heading' },
  { fg: 'fg', bg: 'critic-bg', min: AIM, where: 'DebateBoard critic evidence' },
  { fg: 'fg', bg: 'supporter-bg', min: AIM, where: 'DebateBoard supporter evidence' },
  { fg: 'link', bg: 'critic-bg', min: TEXT, where: 'citations in critic cells' },
  { fg: 'link', bg: 'supporter-bg', min: TEXT, where: 'citations in supporter cells' },
  { fg: 'muted', bg: 'critic-bg', min: TEXT, where: 'fine print (.cite) in critic cells' },
  { fg: 'muted', bg: 'supporter-bg', min: TEXT, where: 'fine print (.cite) in supporter cells' },
  { fg: 'fg', bg: 'land', min: AIM, where: 'PlaceMap place names on land' },
  { fg: 'fg', bg: 'land-strong', min: AIM, where: 'PlaceMap place names on North Korea' },
  { fg: 'muted', bg: 'land', min: AIM, where: 'PlaceMap country names' },
  { fg: 'accent', bg: 'land', min: AIM, where: 'PlaceMap highlighted dots' },
  { fg: 'muted', bg: 'bg', min: AIM, where: 'CitePanel labels and kinds of source' },
  { fg: 'link', bg: 'bg', min: AIM, where: 'CitePanel links and Close button' },
]

/** Non-text contrast against the surface the shape sits on (WCAG 1.4.11). */
const GRAPHIC_PAIRS: Pair[] = [
  { fg: 'rule', bg: 'bg', min: GRAPHIC, where: 'LaunchChart bars, table rules, timeline strip' },
  { fg: 'rule', bg: 'panel-bg', min: GRAPHIC, where: 'table rules between panel rows' },
  { fg: 'link', bg: 'bg', min: GRAPHIC, where: 'focus ring on links' },
  { fg: 'link', bg: 'panel-bg', min: GRAPHIC, where: 'focus ring on links in panels' },
  { fg: 'critic', bg: 'critic-bg', min: GRAPHIC, where: 'critic cell border' },
  { fg: 'supporter', bg: 'supporter-bg', min: GRAPHIC, where: 'supporter cell border' },
  { fg: 'critic', bg: 'bg', min: GRAPHIC, where: 'timeline phase rule (escalation)' },
  { fg: 'accent', bg: 'bg', min: GRAPHIC, where: 'record bar, quote card rule' },
  { fg: 'rule', bg: 'land', min: GRAPHIC, where: 'PlaceMap coastlines and borders' },
  { fg: 'critic', bg: 'land', min: GRAPHIC, where: 'PlaceMap DMZ line' },
  { fg: 'accent', bg: 'bg', min: GRAPHIC, where: 'CitePanel border' },
]

const tokensCss = readFileSync(TOKENS_FILE, 'utf8')
const palettes = deckPalettes()

function table(results: PairResult[]): string {
  return results
    .map(r => `${r.pass ? 'ok  ' : 'FAIL'} ${`${r.fg} on ${r.bg}`.padEnd(26)} ${r.ratio.toFixed(2).padStart(5)}:1 (needs ${r.min}:1) ${r.where}`)
    .join('\n')
}

describe('the contrast checker', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5)
    // Known values: #767676 on white is the lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2)
  })

  it('fails a deliberately bad pair', () => {
    const results = checkPairs({ grey: '#777777', white: '#ffffff', red: '#ff0000' }, [
      { fg: 'grey', bg: 'white', min: TEXT, where: 'light grey text' },
      { fg: 'red', bg: 'white', min: TEXT, where: 'red text' },
    ])
    expect(results.map(r => r.pass)).toEqual([false, false])
    expect(results[0]!.ratio).toBeCloseTo(4.48, 2)
  })

  it('reads the light and the dark palette apart', () => {
    const css = ':root { --deck-bg: #ffffff; --deck-fg: #111111; }\n@media screen { html.dark:not(.deck-print) { --deck-bg: #000000; } }'
    expect(parsePalettes(css)).toEqual({ light: { bg: '#ffffff', fg: '#111111' }, dark: { bg: '#000000', fg: '#111111' } })
    // A dark palette that forgot to lighten the text fails the check.
    expect(checkPairs(parsePalettes(css).dark, [{ fg: 'fg', bg: 'bg', min: AIM, where: 'body text' }])[0]!.pass).toBe(false)
  })

  it('rejects an undefined token and a colour it cannot read', () => {
    expect(() => checkPairs({ bg: '#fff' }, [{ fg: 'nope', bg: 'bg', min: TEXT, where: 'x' }])).toThrow(/--deck-nope is not defined/)
    expect(() => parseHex('rgb(0 0 0)')).toThrow(/not a #rgb or #rrggbb colour/)
  })
})

describe.each(['light', 'dark'] as const)('styles/tokens.css, %s room', (room) => {
  const tokens = palettes[room]

  it('defines every token as a hex colour', () => {
    if (room === 'dark')
      expect(Object.keys(parsePalettes(tokensCss.replace(/:root\s*\{[^}]*\}/, '')).dark).length, 'the dark rule redefines every token').toBe(Object.keys(palettes.light).length)
    expect(Object.keys(tokens).length).toBeGreaterThan(0)
    for (const [name, value] of Object.entries(tokens))
      expect(() => parseHex(value), `--deck-${name}`).not.toThrow()
  })

  it('gives every text pair at least 4.5:1, and body text and titles 7:1', () => {
    const results = checkPairs(tokens, TEXT_PAIRS)
    console.log(`text contrast, ${results.length} pairs:\n${table(results)}`)
    expect(results.filter(r => !r.pass), table(results.filter(r => !r.pass))).toEqual([])
  })

  it('gives graphics and focus rings at least 3:1', () => {
    const results = checkPairs(tokens, GRAPHIC_PAIRS)
    console.log(`non-text contrast, ${results.length} pairs:\n${table(results)}`)
    expect(results.filter(r => !r.pass), table(results.filter(r => !r.pass))).toEqual([])
  })

  it('checks every token a stylesheet uses as a text colour or background', () => {
    // A new `color: var(--deck-x)` or `background: var(--deck-y)` in a component must join a pair above.
    const files = [
      ...readdirSync(resolve(ROOT, 'components')).filter(f => f.endsWith('.vue')).map(f => `components/${f}`),
      ...readdirSync(ROOT).filter(f => f.endsWith('.vue')),
      'styles/deck.css',
      'tools/export/handout.ts',
    ]
    const textTokens = new Set(TEXT_PAIRS.map(p => p.fg))
    const backgrounds = new Set(TEXT_PAIRS.map(p => p.bg))
    const missing: string[] = []
    for (const file of files) {
      const css = readFileSync(resolve(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
      for (const match of css.matchAll(/(?<![\w-])(color|background(?:-color)?)\s*:\s*var\(--deck-([\w-]+)\)/g)) {
        const [, property, name] = match
        const known = property === 'color' ? textTokens : backgrounds
        if (!known.has(name!))
          missing.push(`${file}: ${property}: var(--deck-${name}) is in no checked pair — add it to TEXT_PAIRS in tests/deck/contrast.test.ts`)
      }
    }
    expect(missing, missing.join('\n')).toEqual([])
  })
})
