// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { GradeValue, ReviewLogRecord } from '../../../src/domain/scheduling/card'
import {
  buildTrainingSet,
  countTrainingReviews,
  defaultFsrsParameters,
  evaluateParameters,
  fittedParameters,
  flattenTrainingItems,
  recencyWeights,
  rmseBin,
} from '../../../src/domain/scheduling/fsrs-training'
import { t0, day } from './fixtures'

let nextId = 1
/** A review of `cardId` on study day `d` (hour `h`), graded `rating`, the card in `state` before it. */
function review(
  cardId: string,
  d: number,
  rating: GradeValue,
  state: 0 | 1 | 2 | 3 = 2,
  h = 9,
): ReviewLogRecord {
  return {
    id: nextId++,
    cardId,
    rating,
    state,
    due: 0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    review: t0 + d * day + h * 3_600_000,
    day: 20_000 + d,
    lastIntervalDays: 0,
  }
}

const shape = (set: ReturnType<typeof buildTrainingSet>) =>
  set.items.map((item) => item.reviews.map((r) => `${r.rating}@${r.deltaT}`).join(' '))

describe('the review log as fsrs-rs training items', () => {
  it('counts whole study days between reviews, 0 for the first and for the same day', () => {
    const set = buildTrainingSet([
      review('a', 0, 1, 0, 9),
      review('a', 0, 3, 1, 9.2), // a learning step, the same day
      review('a', 1, 3, 2, 23), // late in the evening: still one study day later
      review('a', 5, 2),
    ])
    expect(shape(set)).toEqual(['1@0 3@0 3@1', '1@0 3@0 3@1 2@4'])
  })

  it('makes an item of every prefix of two or more reviews, except one that ends on the same day', () => {
    const set = buildTrainingSet([
      review('a', 0, 3, 0),
      review('a', 2, 1),
      review('a', 2, 3, 3, 10),
      review('a', 9, 3),
    ])
    expect(shape(set)).toEqual(['3@0 1@2', '3@0 1@2 3@0 3@7'])
    expect(set.reviews).toBe(2)
    expect(set.cards).toBe(1)
  })

  it('reads each card in time order, whatever order the log is in, and orders items by time', () => {
    const set = buildTrainingSet([
      review('b', 6, 3),
      review('a', 3, 4),
      review('b', 0, 3, 0),
      review('a', 0, 2, 0),
      review('b', 2, 3),
    ])
    expect(shape(set)).toEqual(['3@0 3@2', '2@0 4@3', '3@0 3@2 3@4'])
    expect(set.items.map((i) => i.at)).toEqual([...set.items.map((i) => i.at)].sort((x, y) => x - y))
  })

  it('starts a card again at a reset (a review of a new card after earlier ones), as Anki does', () => {
    const set = buildTrainingSet([
      review('a', 0, 3, 0),
      review('a', 4, 3),
      review('a', 10, 1, 0), // reset to new, then studied again
      review('a', 12, 3),
    ])
    // What came before the reset says nothing about the memory studied since.
    expect(shape(set)).toEqual(['1@0 3@2'])
  })

  it('has nothing to learn from a card seen once or only on one day', () => {
    const set = buildTrainingSet([review('a', 0, 3, 0), review('b', 1, 1, 0), review('b', 1, 3, 1, 10)])
    expect(set).toEqual({ items: [], reviews: 0, cards: 0 })
  })

  it('counts without building the items, and flattens them as computeParameters takes them', () => {
    const logs = [
      review('a', 0, 3, 0),
      review('a', 2, 3),
      review('a', 7, 1),
      review('b', 1, 4, 0),
      review('b', 9, 3),
    ]
    const set = buildTrainingSet(logs)
    expect(countTrainingReviews(logs)).toBe(set.reviews)
    const flat = flattenTrainingItems(set.items)
    // In time order: a on day 2, a on day 7, b on day 9.
    expect([...flat.lengths]).toEqual([2, 3, 2])
    expect([...flat.ratings]).toEqual([3, 3, 3, 3, 1, 4, 3])
    expect([...flat.deltaTs]).toEqual([0, 2, 0, 2, 5, 0, 8])
  })
})

describe('how well parameters predict the items', () => {
  // FSRS-6 by hand: a first Good gives stability w2; after t days recall is
  // (1 + factor·t/S)^-decay, where factor makes it 0.9 at t = S.
  const w = defaultFsrsParameters
  const decay = w[20]!
  const factor = 0.9 ** (-1 / decay) - 1
  const recallAfter3Days = (1 + (factor * 3) / w[2]!) ** -decay

  it('scores one recall and one lapse with the log loss and RMSE (bins) fsrs-rs computes', () => {
    const set = buildTrainingSet([
      review('a', 0, 3, 0),
      review('a', 3, 3, 2, 9),
      review('b', 0, 3, 0),
      review('b', 3, 1, 2, 10),
    ])
    // ln 0.9 / -0.1542 = 0.68327, factor = e^0.68327 - 1 = 0.98040; 3 / 2.3065 = 1.30067;
    // (1 + 0.98040 × 1.30067)^-0.1542 = 2.27518^-0.1542 = 0.88095.
    expect(recallAfter3Days).toBeCloseTo(0.88095, 5)
    const { logLoss, rmse } = evaluateParameters(w, set.items)
    // Recency weights: the older item 0.25, the newer 1.
    const expected = (0.25 * -Math.log(recallAfter3Days) + 1 * -Math.log(1 - recallAfter3Days)) / 1.25
    expect(logLoss).toBeCloseTo(expected, 6)
    // One bin (3 days, one long-term review, no lapse): predicted R against half recalled.
    expect(rmse).toBeCloseTo(Math.abs(recallAfter3Days - 0.5), 6)
  })

  it('is lower for parameters that predict the outcomes better', () => {
    const set = buildTrainingSet([
      review('a', 0, 3, 0),
      review('a', 3, 3),
      review('b', 0, 3, 0),
      review('b', 3, 3),
    ])
    const longer = [...w]
    longer[2] = 30 // remembered for a month after a first Good: recall after 3 days near 1
    expect(evaluateParameters(longer, set.items).logLoss).toBeLessThan(
      evaluateParameters(w, set.items).logLoss,
    )
  })

  it('weighs items by recency and bins them as fsrs-rs does', () => {
    expect(recencyWeights(3)).toEqual([0.25, 0.25 + 0.75 / 8, 1])
    const item = (ratings: [GradeValue, number][]) => ({
      reviews: ratings.map(([rating, deltaT]) => ({ rating, deltaT })),
      at: 0,
    })
    expect(
      rmseBin(
        item([
          [3, 0],
          [3, 1],
        ]),
      ),
    ).toBe('248/4/0')
    expect(
      rmseBin(
        item([
          [3, 0],
          [1, 4],
          [3, 0],
          [3, 20],
        ]),
      ),
    ).toBe(`${Math.round(2.48 * 3.62 ** 2 * 100)}/4/2`)
  })
})

describe('fsrs-rs output as parameters to keep', () => {
  it('takes 21 finite numbers and clips them to the ranges ts-fsrs accepts', () => {
    const raw = [...defaultFsrsParameters]
    raw[0] = -1
    raw[20] = 0.05
    const w = fittedParameters(raw)
    expect(w[0]).toBe(0.001)
    expect(w[20]).toBe(0.1)
    expect(w.slice(1, 20)).toEqual(defaultFsrsParameters.slice(1, 20))
  })

  it('refuses any other count, or a value that is not a number', () => {
    expect(() => fittedParameters(defaultFsrsParameters.slice(0, 19))).toThrow('returned 19 parameters')
    expect(() => fittedParameters([...defaultFsrsParameters.slice(0, 20), Number.NaN])).toThrow(
      'not a number',
    )
  })
})
