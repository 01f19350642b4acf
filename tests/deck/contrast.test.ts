import type { Pair, PairResult } from '../../tools/rules/contrast.ts'
// Colour contrast of the deck's tokens (styles/tokens.css), with WCAG 2.x relative luminance, and the
// guard that keeps every colour in that file. All text is held to 7:1 (WCAG 1.4.6, AAA; 1.4.3's
// 4.5:1 is the floor) because a projector in a lit lecture hall washes colours out. Graphics and
// focus rings need 3:1 (1.4.11).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPairs, contrastRatio, findColourLiterals, parseHex } from '../../tools/rules/contrast.ts'
import { ROOT } from '../../tools/shared/paths.ts'
import { deckPalettes, parsePalettes, TOKENS_FILE } from '../../tools/shared/tokens.ts'

const TEXT = 4.5
const AIM = 7
const GRAPHIC = 3

/** Every text/background pair the deck draws (grep components/ and styles/ for var(--deck-…)). */
const TEXT_PAIRS: Pair[] = [
  { fg: 'fg', bg: 'bg', min: AIM, where: 'body text, search dialog, "no such slide" panel' },
  { fg: 'accent', bg: 'bg', min: AIM, where: 'slide titles, table heads, chart labels' },
  { fg: 'muted', bg: 'bg', min: AIM, where: 'fine print, footer, chart notes' },
  { fg: 'link', bg: 'bg', min: AIM, where: 'citations and links' },
  { fg: 'on-link', bg: 'link', min: AIM, where: 'selected search result' },
  { fg: 'fg', bg: 'panel-bg', min: AIM, where: 'quote cards, summit table rows' },
  { fg: 'accent', bg: 'panel-bg', min: AIM, where: 'accent text on panels' },
  { fg: 'muted', bg: 'panel-bg', min: AIM, where: 'quote captions, dates in table rows' },
  { fg: 'link', bg: 'panel-bg', min: AIM, where: 'citations in quote cards and table rows' },
  { fg: 'critic', bg: 'critic-bg', min: AIM, where: 'DebateBoard critic claims' },
  { fg: 'supporter', bg: 'supporter-bg', min: AIM, where: 'DebateBoard supporter claims' },
  { fg: 'critic', bg: 'bg', min: AIM, where: 'DebateBoard "Critics" heading' },
  { fg: 'supporter', bg: 'bg', min: AIM, where: 'DebateBoard "Supporters" heading' },
  { fg: 'fg', bg: 'critic-bg', min: AIM, where: 'DebateBoard critic evidence' },
  { fg: 'fg', bg: 'supporter-bg', min: AIM, where: 'DebateBoard supporter evidence' },
  { fg: 'link', bg: 'critic-bg', min: AIM, where: 'citations in critic cells' },
  { fg: 'link', bg: 'supporter-bg', min: AIM, where: 'citations in supporter cells' },
  { fg: 'muted', bg: 'critic-bg', min: AIM, where: 'fine print (.cite) in critic cells' },
  { fg: 'muted', bg: 'supporter-bg', min: AIM, where: 'fine print (.cite) in supporter cells' },
  { fg: 'fg', bg: 'land', min: AIM, where: 'PlaceMap place and country names on land (print: no halo)' },
  { fg: 'fg', bg: 'land-strong', min: AIM, where: 'PlaceMap place names on North Korea' },
  { fg: 'accent', bg: 'land', min: AIM, where: 'PlaceMap highlighted dots' },
  { fg: 'muted', bg: 'bg', min: AIM, where: 'CitePanel labels and kinds of source' },
  { fg: 'link', bg: 'bg', min: AIM, where: 'CitePanel links and Close button' },
]

/** Non-text contrast against the surface the shape sits on (WCAG 1.4.11). */
const GRAPHIC_PAIRS: Pair[] = [
  { fg: 'rule', bg: 'bg', min: GRAPHIC, where: 'LaunchChart bars, table rules, timeline strip' },
  { fg: 'rule', bg: 'panel-bg', min: GRAPHIC, where: 'table rules between panel rows' },
  { fg: 'link', bg: 'bg', min: GRAPHIC, where: 'focus ring on links, search field' },
  { fg: 'link', bg: 'panel-bg', min: GRAPHIC, where: 'focus ring on links in panels' },
  { fg: 'muted', bg: 'bg', min: GRAPHIC, where: 'search field border' },
  { fg: 'critic', bg: 'critic-bg', min: GRAPHIC, where: 'critic cell border' },
  { fg: 'supporter', bg: 'supporter-bg', min: GRAPHIC, where: 'supporter cell border' },
  { fg: 'escalation', bg: 'bg', min: GRAPHIC, where: 'timeline and chapter divider phase rule (escalation)' },
  { fg: 'accent', bg: 'bg', min: GRAPHIC, where: 'record bar, quote card rule' },
  { fg: 'rule', bg: 'land', min: GRAPHIC, where: 'PlaceMap coastlines and borders' },
  { fg: 'map-border', bg: 'land', min: GRAPHIC, where: 'PlaceMap heavy borders (Koreas, North Korea–Russia)' },
  { fg: 'map-border', bg: 'land-strong', min: GRAPHIC, where: 'PlaceMap heavy borders along North Korea' },
  { fg: 'map-flight', bg: 'bg', min: GRAPHIC, where: 'PlaceMap flight lines and impact rings over the sea' },
  { fg: 'map-flight', bg: 'land', min: GRAPHIC, where: 'PlaceMap flight lines over land' },
  { fg: 'map-flight', bg: 'land-strong', min: GRAPHIC, where: 'PlaceMap flight lines over North Korea' },
  { fg: 'muted', bg: 'land', min: GRAPHIC, where: 'PlaceMap leader lines to country names' },
  { fg: 'accent', bg: 'bg', min: GRAPHIC, where: 'CitePanel border' },
]

/** Tokens that are never a text or shape colour on their own: the modal scrim is mixed with transparency. */
const UNPAIRED = new Set(['scrim'])

/** Where colours could be written: all of it must use the tokens (styles/tokens.css is their one home). */
function colourSourceFiles(): string[] {
  const inFolder = (folder: string, ext: RegExp) => existsSync(resolve(ROOT, folder))
    ? readdirSync(resolve(ROOT, folder)).filter(f => ext.test(f)).map(f => `${folder}/${f}`)
    : []
  return [
    ...inFolder('components', /\.vue$/),
    ...readdirSync(ROOT).filter(f => f.endsWith('.vue')),
    ...inFolder('layouts', /\.vue$/),
    ...inFolder('styles', /\.css$/).filter(f => resolve(ROOT, f) !== TOKENS_FILE),
    ...inFolder('setup', /\.ts$/),
    ...inFolder('lib', /\.ts$/),
    // the web-app manifest's colours
    'vite.config.ts',
    ...inFolder('tools/vite', /\.ts$/),
  ]
}

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

describe('colours live only in styles/tokens.css', () => {
  const literals = (file: string, source: string) => findColourLiterals(file, source).map(l => `${l.line}: ${l.literal}`)

  it('finds a hex, a colour function, a named colour and a token fallback in CSS', () => {
    const css = '.a { color: #fff; }\n.b { background: var(--deck-bg, #ffffff); }\n.c { border: 1px solid red; box-shadow: 0 0 2px rgb(0 0 0 / 0.3); }\n.d { fill: Canvas; }'
    expect(literals('x.css', css)).toEqual(['1: #fff', '2: var(--deck-bg,#ffffff)', '2: #ffffff', '3: red', '3: rgb(0 0 0/0.3)', '4: Canvas'])
    // A fallback that is itself a colour word, and one in a local custom property.
    expect(literals('x.css', '.e { color: var(--deck-fg, black); --phase: var(--x, hsl(0 0% 0%)); }')).toEqual(['1: var(--deck-fg,black)', '1: black', '1: hsl(0 0% 0%)'])
  })

  it('finds them in a component\'s template, script and style, with their lines', () => {
    const vue = [
      '<template>',
      '  <svg><rect fill="#a8cdf5" /><circle stroke="white" /><a href="#fff">link</a></svg>',
      '  <p :style="{ color: \'rgba(0, 0, 0, 0.5)\' }">x</p>',
      '</template>',
      '<script setup lang="ts">',
      'const theme = { background_color: \'#1d3557\' }',
      '</script>',
      '<style scoped>',
      '.x { color: var(--deck-link, #0b3d91); }',
      '</style>',
    ].join('\n')
    expect(literals('X.vue', vue)).toEqual(['2: #a8cdf5', '2: stroke="white', '3: rgba(0, 0, 0, 0.5)', '6: #1d3557', '9: var(--deck-link,#0b3d91)', '9: #0b3d91'])
  })

  it('allows tokens, keywords without a hue, a token mixed with transparency, #fragment links and comments', () => {
    const vue = [
      '<template><a href="#sources">Sources</a><!-- was #fff --></template>',
      '<style>',
      '/* white on #a8cdf5 was 1.65:1 */',
      '.a { color: var(--deck-fg); border: 1px solid currentColor; background: transparent; }',
      '.b { background: color-mix(in srgb, var(--deck-scrim) 45%, transparent); --phase-colour: var(--deck-critic); }',
      '.c { border-left: 4px solid var(--phase-colour, var(--deck-rule)); font-family: Inter, system-ui; }',
      '</style>',
    ].join('\n')
    expect(literals('Y.vue', vue)).toEqual([])
  })

  it('finds no colour literal in the deck\'s components, layouts, styles and web-app manifest', () => {
    const files = colourSourceFiles()
    expect(files).toEqual(expect.arrayContaining(['components/SlideSearch.vue', 'global-top.vue', 'layouts/section.vue', 'styles/deck.css', 'vite.config.ts']))
    const found = files.flatMap(file => findColourLiterals(file, readFileSync(resolve(ROOT, file), 'utf8')))
      .map(l => `${l.file}:${l.line}: ${l.literal} — use a var(--deck-…) token from styles/tokens.css (add one there, light and dark, if none fits)`)
    expect(found, found.join('\n')).toEqual([])
  })
})

/** Hue in degrees (0–360) of a hex colour, as in HSL. */
function hue(colour: string): number {
  const [r, g, b] = parseHex(colour).map(c => c / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const range = max - Math.min(r, g, b)
  if (range === 0)
    return 0
  const sector = max === r ? (g - b) / range + 6 : max === g ? (b - r) / range + 2 : (r - g) / range + 4
  return (sector * 60) % 360
}

// Hues that read as a verdict or a party: red (wrong, Republican), green (right), and the blue of the
// Democrats. Red against green is also the pair colour-blind viewers confuse most.
const VERDICT_HUES = [
  { name: 'red', from: 340, to: 20 },
  { name: 'green', from: 75, to: 165 },
  { name: 'party blue', from: 205, to: 245 },
]

/** Why two side colours would take a side: a verdict hue, or one side drawn heavier than the other. */
function sideColourProblems(tokens: Record<string, string>): string[] {
  const problems: string[] = []
  for (const side of ['critic', 'supporter']) {
    const h = hue(tokens[side]!)
    for (const range of VERDICT_HUES) {
      if (range.from < range.to ? h >= range.from && h < range.to : h >= range.from || h < range.to)
        problems.push(`--deck-${side} (${tokens[side]}, hue ${h.toFixed(0)}°) is ${range.name}`)
    }
  }
  const [critic, supporter] = [contrastRatio(tokens.critic!, tokens.bg!), contrastRatio(tokens.supporter!, tokens.bg!)]
  if (Math.abs(critic - supporter) / Math.max(critic, supporter) > 0.1)
    problems.push(`the sides differ in weight: critic ${critic.toFixed(2)}:1, supporter ${supporter.toFixed(2)}:1 on the background`)
  return problems
}

describe('the debate sides\' colours take no side', () => {
  it('rejects red against green, a party blue, and unequal weight', () => {
    expect(sideColourProblems({ critic: '#8a1c1c', supporter: '#0f5132', bg: '#ffffff' })).toEqual([
      '--deck-critic (#8a1c1c, hue 0°) is red',
      '--deck-supporter (#0f5132, hue 152°) is green',
    ])
    expect(sideColourProblems({ critic: '#603090', supporter: '#1d4ed8', bg: '#ffffff' })[0]).toMatch(/supporter .* is party blue/)
    expect(sideColourProblems({ critic: '#603090', supporter: '#40a0a0', bg: '#ffffff' })).toEqual([
      expect.stringMatching(/differ in weight/),
    ])
  })

  it.each(['light', 'dark'] as const)('gives critics and supporters two neutral hues of equal weight in the %s room', (room) => {
    const problems = sideColourProblems(palettes[room])
    expect(problems, problems.join('\n')).toEqual([])
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

  it('gives every text pair 7:1', () => {
    const results = checkPairs(tokens, TEXT_PAIRS)
    console.log(`text contrast, ${results.length} pairs:\n${table(results)}`)
    expect(results.filter(r => !r.pass), table(results.filter(r => !r.pass))).toEqual([])
  })

  it('gives graphics and focus rings at least 3:1', () => {
    const results = checkPairs(tokens, GRAPHIC_PAIRS)
    console.log(`non-text contrast, ${results.length} pairs:\n${table(results)}`)
    expect(results.filter(r => !r.pass), table(results.filter(r => !r.pass))).toEqual([])
  })

  it('puts every token in a checked pair', () => {
    const paired = new Set([...TEXT_PAIRS, ...GRAPHIC_PAIRS].flatMap(p => [p.fg, p.bg]))
    const unchecked = Object.keys(tokens).filter(name => !paired.has(name) && !UNPAIRED.has(name))
    expect(unchecked, `tokens in no pair of tests/deck/contrast.test.ts: ${unchecked.join(', ')}`).toEqual([])
  })

  it('checks every token a stylesheet uses as a text colour or background', () => {
    // A new `color: var(--deck-x)` or `background: var(--deck-y)` in a component must join a pair above.
    const files = [
      ...readdirSync(resolve(ROOT, 'components')).filter(f => f.endsWith('.vue')).map(f => `components/${f}`),
      ...readdirSync(ROOT).filter(f => f.endsWith('.vue')),
      ...readdirSync(resolve(ROOT, 'layouts')).filter(f => f.endsWith('.vue')).map(f => `layouts/${f}`),
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
