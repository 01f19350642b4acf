// Citations of facts the fact pack tags [weakly sourced]: such a fact may support a sentence only
// together with a citation that supports it on its own. Pure function over slide sources, applied
// by tests/deck/source-tags.test.ts; data/check.ts applies the same rule to the data modules' cites.

/** Lines (a bullet, a paragraph, a fine-print line) whose only citations are weakly sourced facts. */
export function weakCitedAlone(content: string, isWeak: (id: string) => boolean): string[] {
  return content.split('\n').filter((line) => {
    const ids = [...line.matchAll(/<Cite\s+id="([^"]+)"/g)].map(match => match[1]!)
    return ids.length > 0 && ids.every(isWeak)
  })
}
