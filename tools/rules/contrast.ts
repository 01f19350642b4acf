// WCAG 2.x colour contrast (relative luminance, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance)
// and the check of token pairs against a minimum ratio. tests/deck/contrast.test.ts applies it to
// styles/tokens.css and every stylesheet that uses the tokens.
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
