// The map and the docs name only what exists: every path in backticks and every relative link in
// ARCHITECTURE.md, the README and docs/ points at a file or folder of the repository (or at an output
// folder the .gitignore lists, which a build writes).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../tools/shared/paths.ts'

const DOCS = ['ARCHITECTURE.md', 'README.md', ...readdirSync(join(ROOT, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`)]

/** Folders a build or a run writes, from .gitignore: paths below them need not exist in a clone. */
const OUTPUT_ROOTS = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map(line => line.trim().replace(/\/$/, '')).filter(line => line && !line.startsWith('#')).map(pattern => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`))

/** A code span that reads as a repository path: a slash, no spaces, globs, placeholders (`NN`) or package names. */
function looksLikePath(span: string, root: string): boolean {
  if (/[\s*<>{}:=…]|^\.\.?\/|^-|^@|\bN+\b/.test(span) || !/^[\w.-]+(\/[\w.-]+)+\/?$|^[\w.-]+\/$/.test(span))
    return false
  return !existsSync(join(root, 'node_modules', span.split('/')[0]))
}

/** The paths a Markdown text names that do not exist, relative to the repository root. */
export function missingPaths(markdown: string, docFile: string, root = ROOT): string[] {
  const named = new Set<string>()
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    if (looksLikePath(span, root))
      named.add(span.replace(/\/$/, ''))
  }
  for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:|^#/.test(target))
      continue
    named.add(relative(root, resolve(root, dirname(docFile), target.replace(/#.*$/, ''))))
  }
  return [...named].filter(path =>
    !path.startsWith('..')
    && !OUTPUT_ROOTS.some(output => output.test(path))
    && !existsSync(join(root, path)),
  )
}

describe('the docs name only paths that exist', () => {
  it.each(DOCS)('%s', (file) => {
    expect(missingPaths(readFileSync(join(ROOT, file), 'utf8'), file)).toEqual([])
  })

  it('reports a path that does not exist, in backticks and as a link (negative control)', () => {
    const text = 'Edit `tools/no-such-folder/rule.ts` or see [the guide](docs/no-such-page.md); `lib/format.ts` exists.'
    expect(missingPaths(text, 'ARCHITECTURE.md')).toEqual(['tools/no-such-folder/rule.ts', 'docs/no-such-page.md'])
  })
})
