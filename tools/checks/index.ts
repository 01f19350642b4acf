// Build-time checks of the slide sources: slides.md and its `src:` chapters. vite.config.ts runs
// `checkSlides` when `slidev build`, `slidev` (dev) and the export start, and again when a slide file
// is saved in dev; a problem stops them with one message naming file, line, slide and fix.
// `findSlideProblems` is a pure function of the parsed deck, for tests.
import type { DeckSource } from './deck-source'
import type { Problem } from './problems'
import { checkComponents } from './components'
import { loadDeckSource } from './deck-source'
import { checkFrontmatter } from './frontmatter'
import { formatProblems } from './problems'

const MISSING_IMPORT = /^Imported markdown file not found: (.+)$/

/** Imports and slide ranges Slidev could not load: Slidev logs them and builds the deck without those slides. */
function checkImports(deck: Pick<DeckSource, 'loadErrors'>, root?: string): Problem[] {
  return deck.loadErrors.map(({ file, line, message, after }) => {
    const missing = message.match(MISSING_IMPORT)?.[1]
    if (!missing)
      return { file, line, problem: message, fix: 'correct the src: line (a path, optionally with #slide numbers) or remove it.' }
    const shown = root && missing.startsWith(root) ? missing.slice(root.length).replace(/^[\\/]/, '') : missing
    return {
      file,
      line,
      problem: `src: imports ${shown}, which does not exist, so its slides would be missing from the deck${after ? ` (after slide ${after.no} "${after.title}")` : ''}.`,
      fix: `restore ${shown}, or delete this --- src: … --- block from ${file}.`,
    }
  })
}

/** Every problem in the deck: missing imports first, then slide by slide, line by line. */
export function findSlideProblems(deck: DeckSource, root?: string): Problem[] {
  const onSlides = [...checkFrontmatter(deck), ...checkComponents(deck.slides)]
    .sort((a, b) => (a.slide?.no ?? 0) - (b.slide?.no ?? 0) || a.line - b.line)
  return [...checkImports(deck, root), ...onSlides]
}

/** Parses the deck under `root` and throws one error listing every problem; quiet when there is none. */
export async function checkSlides(root: string): Promise<void> {
  const problems = findSlideProblems(await loadDeckSource(root), root)
  if (problems.length)
    throw new Error(formatProblems(problems))
}

export { formatProblems }
export type { Problem }
