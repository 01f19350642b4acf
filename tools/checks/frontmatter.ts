// Checks of every slide's frontmatter (the YAML between a slide's `---` lines). Slidev's parser keeps
// what it could read of broken YAML and drops the errors, so a slide silently loses its layout or its
// "As of" date; these checks report the YAML errors, a frontmatter that is not `key: value` lines,
// known keys with a wrong value, and keys that look like a misspelt known key.
//
// `FRONTMATTER_KEYS` is the one list of the keys the deck knows and what each must hold.
import type { Frontmatter } from '@slidev/types'
import type { DeckSource, SourceBlock } from './deck-source'
import type { Finding, Problem } from './problems'
import { getDefaultConfig } from '@slidev/parser'
import { activities } from '../../data/activities'
import { isIsoDate } from '../../data/dates'
import { closest } from './problems'

interface KeyContext {
  /** Layouts a slide may use */
  layouts: readonly string[]
}

interface KeyRule {
  /** What a valid value looks like, e.g. "a date in quotes, like asOf: '2026-06-15'" */
  expect: string
  /** Whether the value is valid; keys without it take any value */
  valid?: (value: unknown, context: KeyContext) => boolean
}

const isBoolean = (value: unknown) => typeof value === 'boolean'
const isString = (value: unknown) => typeof value === 'string'
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0
const any = (expect: string): KeyRule => ({ expect })

/** The keys this deck adds; slide-bottom.vue and the content tests read them. */
const DECK_KEYS = {
  asOf: { expect: 'a date in quotes, like asOf: \'2026-06-15\' (the footer shows "As of June 15, 2026")', valid: isIsoDate },
  optional: { expect: 'true or false (true: a slide the 50-minute class skips; tools/rules/timing.ts)', valid: isBoolean },
  activity: { expect: `the id of an activity in data/activities.ts (${activities.map(a => a.id).join(', ')})`, valid: value => activities.some(a => a.id === value) },
  discussion: { expect: 'true or false (true: seminar questions, counted as class work in the timing)', valid: isBoolean },
} satisfies Record<string, KeyRule>

/** Slidev's per-slide keys (its `Frontmatter` type: the compiler keeps this list complete). */
const SLIDEV_KEYS = {
  layout: { expect: 'the name of a layout', valid: (value, { layouts }) => typeof value === 'string' && layouts.includes(value) },
  class: any('CSS classes'),
  clicks: { expect: 'a whole number of click steps, like clicks: 2', valid: isCount },
  clicksStart: { expect: 'a whole number, like clicksStart: 1', valid: isCount },
  preload: { expect: 'true or false', valid: isBoolean },
  hide: { expect: 'true or false', valid: isBoolean },
  disabled: { expect: 'true or false', valid: isBoolean },
  hideInToc: { expect: 'true or false', valid: isBoolean },
  title: { expect: 'text', valid: isString },
  level: { expect: 'a heading level from 1 to 6', valid: value => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 },
  routeAlias: { expect: 'text without spaces, like routeAlias: sources-1', valid: value => typeof value === 'string' && /^[\w-]+$/.test(value) },
  zoom: { expect: 'a number, like zoom: 0.9', valid: value => typeof value === 'number' && value > 0 },
  clickAnimation: { expect: 'text', valid: isString },
  dragPos: any('positions of draggable elements'),
  src: { expect: 'the path of a Markdown file, like src: ./pages/04-singapore.md', valid: isString },
  transition: any('a transition name'),
} satisfies Record<keyof Frontmatter, KeyRule>

/** Every frontmatter key the deck knows, and what its value must be. */
export const FRONTMATTER_KEYS: Record<string, KeyRule> = { ...SLIDEV_KEYS, ...DECK_KEYS }

/** Keys of the headmatter (the first block of slides.md): Slidev's deck settings as well. */
const HEADMATTER_KEYS = new Set([...Object.keys(getDefaultConfig()), 'defaults', 'addons', ...Object.keys(FRONTMATTER_KEYS)])

const YAML_FIX = 'correct the YAML between this slide\'s --- lines: each key starts at the beginning of its line, as "key: value", and every [ { \' " is closed.'

function frontmatterFindings(block: SourceBlock, isHeadmatter: boolean, context: KeyContext): (Finding & { line: number })[] {
  if (block.frontmatterRaw === undefined)
    return []
  if (block.yamlErrors.length) {
    const lines = block.frontmatterRaw.split('\n')
    // The usual slip: a key indented under one that already has a value (`layout: section` then
    // `  asOf: …`). YAML reports it on the line above; point at the indented line itself.
    const indented = lines.findIndex((line, i) => i > 0 && /^\s+[\w-]+:/.test(line) && /^[\w-]+:\s*\S/.test(lines[i - 1]!))
    if (indented > 0) {
      return [{
        line: block.frontmatterLine + indented,
        problem: `the frontmatter is not valid YAML: "${lines[indented]!.trim()}" is indented under "${lines[indented - 1]!.trim()}", so Slidev ignores part of it.`,
        fix: `start "${lines[indented]!.trim()}" at the beginning of its line, like the other keys.`,
      }]
    }
    // Later errors usually follow from the first: name the lines, quote the first line's text.
    const [first] = block.yamlErrors
    const text = (lines[first!.line - block.frontmatterLine] ?? '').trim()
    const errors = block.yamlErrors.slice(0, 3).map(error => `line ${error.line}: ${error.message}`).join('; ')
    return [{ line: first!.line, problem: `the frontmatter is not valid YAML (${errors}), so Slidev ignores part of it. The line: ${text}`, fix: YAML_FIX }]
  }
  const frontmatter = block.frontmatter
  if (frontmatter === null || frontmatter === undefined)
    return []
  if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    return [{ line: block.frontmatterLine, problem: `the frontmatter is ${JSON.stringify(frontmatter)}, not "key: value" lines, so Slidev ignores it.`, fix: 'write each setting as "key: value" with a space after the colon, e.g. asOf: \'2026-06-15\'.' }]
  }
  const lineOf = (key: string) => {
    const index = (block.frontmatterRaw ?? '').split('\n').findIndex(line => line.trimStart().startsWith(`${key}:`))
    return block.frontmatterLine + Math.max(index, 0)
  }
  const known = isHeadmatter ? HEADMATTER_KEYS : new Set(Object.keys(FRONTMATTER_KEYS))
  const findings: (Finding & { line: number })[] = []
  for (const [key, value] of Object.entries(frontmatter)) {
    const rule = FRONTMATTER_KEYS[key]
    if (key === 'layout' && !context.layouts.length)
      continue // the layouts could not be listed: leave the layout to Slidev
    if (rule?.valid && !rule.valid(value, context)) {
      const layouts = key === 'layout' ? ` (${context.layouts.join(', ')}; or add layouts/${String(value)}.vue)` : ''
      findings.push({ line: lineOf(key), problem: `${key}: ${JSON.stringify(value)} is not valid here.`, fix: `${key} must be ${rule.expect}${layouts}.` })
    }
    else if (!rule && !known.has(key)) {
      // Other keys pass through to the layout as props; a near miss of a known key is a typo.
      const meant = closest(key, known)
      if (meant)
        findings.push({ line: lineOf(key), problem: `"${key}" is not a frontmatter key Slidev or this deck knows, so it does nothing.`, fix: `did you mean "${meant}"? (${FRONTMATTER_KEYS[meant]?.expect ?? 'see Slidev\'s documentation'}).` })
    }
  }
  return findings
}

/** The frontmatter problems of every slide block in every file (imports and hidden slides included). */
export function checkFrontmatter(deck: Pick<DeckSource, 'blocks' | 'layouts'>): Problem[] {
  return deck.blocks.flatMap(block =>
    frontmatterFindings(block, block.headmatter, { layouts: deck.layouts }).map(({ line, ...finding }) => ({
      file: block.file,
      line,
      slide: block.no === undefined ? undefined : { no: block.no, title: block.title },
      ...finding,
    })))
}
