// Citations of facts the fact pack tags [weakly sourced]: such a fact may support a line only together
// with a citation that supports it on its own. data/check.ts applies the same rule to the data modules' cites.
import type { DeckSlide } from '../shared/deck'
import type { Problem, Rule } from './problems'
import { bibliography } from '../../data/sources'
import { propValues } from '../shared/components'

const WEAK = new Set(bibliography.filter(entry => entry.tags?.includes('weakly sourced')).map(entry => entry.id))

/** The lines of a slide (a bullet, a paragraph, a fine-print line) whose only `<Cite>`s are weakly sourced facts. */
export function weakCitedAlone(slide: Pick<DeckSlide, 'no' | 'title' | 'file' | 'components'>, isWeak: (id: string) => boolean = id => WEAK.has(id)): Problem[] {
  const cites = slide.components.filter(use => use.name === 'Cite')
  const lines = [...new Set(cites.map(use => use.line))]
  return lines.flatMap((line) => {
    const ids = propValues(cites.filter(use => use.line === line), 'Cite', 'id').map(String)
    return ids.length > 0 && ids.every(isWeak)
      ? [{ file: slide.file, line, slide: { no: slide.no, title: slide.title }, problem: `the line cites only ${ids.join(', ')}, which the fact pack tags [weakly sourced].`, fix: 'add a citation that supports the line on its own.' }]
      : []
  })
}

export const weakCitationRule: Rule = { name: 'weak citations', severity: 'warning', check: deck => deck.slides.flatMap(slide => weakCitedAlone(slide)) }
