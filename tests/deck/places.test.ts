// The maps on the real deck: there are maps, and the build-time checks (tools/checks) pass them.
import { describe, expect, it } from 'vitest'
import { checkComponents, findComponents } from '../../tools/checks/components'
import { loadDeckSource } from '../../tools/checks/deck-source'
import { ROOT } from '../../tools/shared/paths'

describe('maps on the slides', () => {
  it('highlight only known places, and the deck has maps', async () => {
    const { slides } = await loadDeckSource(ROOT)
    expect(slides.filter(slide => findComponents(slide, ['PlaceMap']).length).length).toBeGreaterThanOrEqual(3)
    expect(checkComponents(slides).filter(problem => problem.problem.startsWith('<PlaceMap'))).toEqual([])
  })
})
