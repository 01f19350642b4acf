// The maps on the real deck: there are maps, and the build-time rules (tools/rules/components.ts) pass them.
import { describe, expect, it } from 'vitest'
import { checkComponents } from '../../tools/rules/components.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

describe('maps on the slides', () => {
  it('highlight only known places, and the deck has maps', async () => {
    const { slides } = await loadDeck()
    expect(slides.filter(slide => slide.components.some(use => use.name === 'PlaceMap')).length).toBeGreaterThanOrEqual(3)
    expect(checkComponents(slides).filter(problem => problem.problem.startsWith('<PlaceMap'))).toEqual([])
  })
})
