// Checks of every slide's frontmatter (the YAML between a slide's `---` lines). Slidev's parser keeps
// what it could read of broken YAML and drops the errors, so a slide silently loses its layout or its
// "Verified through" footer; these checks report the YAML errors, a frontmatter that is not `key: value`
// lines, known keys with a wrong value, retired keys, and keys that look like a misspelt known key.
//
// The keys and what each must hold: FRONTMATTER_KEYS in tools/shared/frontmatter.ts.
import type { Deck, SourceBlock } from '../shared/deck.ts'
import type { KeyContext } from '../shared/frontmatter.ts'
import type { Finding, Problem, Rule } from './problems.ts'
import { getDefaultConfig } from '@slidev/parser'
import { FRONTMATTER_KEYS, RETIRED_KEYS } from '../shared/frontmatter.ts'
import { closest } from './problems.ts'

/** Keys of the headmatter (the first block of slides.md): Slidev's deck settings as well. */
const HEADMATTER_KEYS = new Set([...Object.keys(getDefaultConfig()), 'defaults', 'addons', ...Object.keys(FRONTMATTER_KEYS)])

const YAML_FIX = 'correct the YAML between this slide\'s --- lines: each key starts at the beginning of its line, as "key: value", and every [ { \' " is closed.'

function frontmatterFindings(block: SourceBlock, isHeadmatter: boolean, context: KeyContext): (Finding & { line: number })[] {
  if (block.frontmatterRaw === undefined)
    return []
  if (block.yamlErrors.length) {
    const lines = block.frontmatterRaw.split('\n')
    // The usual slip: a key indented under one that already has a value (`layout: section` then
    // `  verified: …`). YAML reports it on the line above; point at the indented line itself.
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
    return [{ line: block.frontmatterLine, problem: `the frontmatter is ${JSON.stringify(frontmatter)}, not "key: value" lines, so Slidev ignores it.`, fix: 'write each setting as "key: value" with a space after the colon, e.g. verified: true.' }]
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
    else if (!rule && RETIRED_KEYS[key]) {
      findings.push({ line: lineOf(key), problem: `"${key}" is a frontmatter key this deck no longer reads, so it does nothing.`, fix: RETIRED_KEYS[key] })
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
export function checkFrontmatter(deck: Pick<Deck, 'blocks' | 'layouts'>): Problem[] {
  return deck.blocks.flatMap(block =>
    frontmatterFindings(block, block.headmatter, { layouts: deck.layouts }).map(({ line, ...finding }) => ({
      file: block.file,
      line,
      slide: block.slide,
      ...finding,
    })))
}

export const frontmatterRule: Rule = { name: 'frontmatter', severity: 'error', check: checkFrontmatter }
