import { describe, expect, it } from 'vitest'
import { CardState } from '../../../src/domain/scheduling/card'
import { countCards } from '../../../src/features/stats/card-counts'
import { card, day, t0 } from '../scheduling/fixtures'

describe('card counts', () => {
  it('counts states (adding up to the total) and the flags apart', () => {
    const counts = countCards(
      [
        card('new-1'),
        card('new-2', { suspended: true }),
        card('learning', { state: CardState.Learning, buriedUntil: t0 + day }),
        card('review-1', { state: CardState.Review, flagged: true }),
        card('review-2', { state: CardState.Review, buriedUntil: t0 - 1 }),
        card('relearning', { state: CardState.Relearning, leech: true, suspended: true }),
      ],
      t0,
    )
    expect(counts).toEqual({
      total: 6,
      new: 2,
      learning: 1,
      review: 2,
      relearning: 1,
      suspended: 2,
      buried: 1,
      leech: 1,
      flagged: 1,
    })
  })
})
