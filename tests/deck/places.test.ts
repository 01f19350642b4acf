// The maps on the real deck: every <PlaceMap> names a view and places that data/places.ts holds.
import { describe, expect, it } from 'vitest'
import { checkPlaceMaps, placeMapsIn } from '../../tools/checks/places'
import { loadDeck } from '../../tools/shared/deck'

describe('maps on the slides', () => {
  it('highlight only known places, and the deck has maps', async () => {
    const { slides } = await loadDeck()
    expect(slides.filter(slide => placeMapsIn(slide.content).length).length).toBeGreaterThanOrEqual(3)
    expect(checkPlaceMaps(slides)).toEqual([])
  })
})
