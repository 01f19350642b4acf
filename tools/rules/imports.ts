// `src:` imports and slide ranges Slidev could not load: Slidev logs them and builds the deck without
// those slides, so the lecturer would lose a chapter without noticing.
import type { Deck } from '../shared/deck.ts'
import type { Problem, Rule } from './problems.ts'

const MISSING_IMPORT = /^Imported markdown file not found: (.+)$/

export function checkImports(deck: Pick<Deck, 'loadErrors' | 'root'>): Problem[] {
  return deck.loadErrors.map(({ file, line, message, after }) => {
    const missing = message.match(MISSING_IMPORT)?.[1]
    if (!missing)
      return { file, line, problem: message, fix: 'correct the src: line (a path, optionally with #slide numbers) or remove it.' }
    const shown = missing.startsWith(deck.root) ? missing.slice(deck.root.length).replace(/^[\\/]/, '') : missing
    return {
      file,
      line,
      problem: `src: imports ${shown}, which does not exist, so its slides would be missing from the deck${after ? ` (after slide ${after.no} "${after.title}")` : ''}.`,
      fix: `restore ${shown}, or delete this --- src: … --- block from ${file}.`,
    }
  })
}

export const importsRule: Rule = { name: 'imports', severity: 'error', check: checkImports }
