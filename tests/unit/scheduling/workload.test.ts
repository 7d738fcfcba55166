// @vitest-environment node
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../src/domain/mock/seeded-random'
import { CardState } from '../../../src/domain/scheduling/card'
import { simulateReviewLog } from '../../../src/domain/scheduling/fsrs-simulation'
import { defaultFsrsParameters } from '../../../src/domain/scheduling/fsrs-training'
import { studyDayOf } from '../../../src/domain/scheduling/study-day'
import {
  estimateDailyReviews,
  memoryModel,
  retentionChoices,
  toWorkloadCards,
  type WorkloadOptions,
} from '../../../src/domain/scheduling/workload'
import { card, day, t0 } from './fixtures'

const boundary = { rolloverHour: 4, timeZone: 'UTC' }
const options: WorkloadOptions = {
  w: defaultFsrsParameters,
  newCards: 0,
  newPerDay: 20,
  learningSteps: 2,
  relearningSteps: 1,
  maximumIntervalDays: 36500,
}

/** A collection after 90 days of study, as it stands the next morning. */
function studiedCollection() {
  const firstDay = studyDayOf(t0, boundary) - 90
  const { cards } = simulateReviewLog(defaultFsrsParameters, {
    seed: 'workload',
    cards: 400,
    days: 90,
    firstDay,
  })
  return toWorkloadCards(cards, t0, boundary)
}

describe('the daily workload of a desired retention', () => {
  it('grows with the retention asked for', () => {
    const cards = studiedCollection()
    const loads = retentionChoices.map((r) => estimateDailyReviews(cards, r, options))
    for (let i = 1; i < loads.length; i++) expect(loads[i]!).toBeGreaterThan(loads[i - 1]!)
    // And it is a real number of reviews: some reviews a day for 400 cards, not thousands.
    expect(loads[0]!).toBeGreaterThan(1)
    expect(loads.at(-1)!).toBeLessThan(400)
  })

  it('grows with new cards too, and is the same each time it is estimated (no sampling)', () => {
    const cards = studiedCollection()
    const without = estimateDailyReviews(cards, 0.9, options)
    const withNew = estimateDailyReviews(cards, 0.9, { ...options, newCards: 200 })
    expect(withNew).toBeGreaterThan(without)
    expect(estimateDailyReviews(cards, 0.9, { ...options, newCards: 200 })).toBe(withNew)
  })

  it('counts a card due today once plus what its outcomes lead to; one due after 30 days not at all', () => {
    const [soon, later] = toWorkloadCards(
      [
        card('soon', {
          state: CardState.Review,
          stability: 400,
          difficulty: 5,
          due: t0,
          lastReview: t0 - 400 * day,
        }),
        card('later', {
          state: CardState.Review,
          stability: 400,
          difficulty: 5,
          due: t0 + 60 * day,
          lastReview: t0,
        }),
      ],
      t0,
      boundary,
    )
    expect(estimateDailyReviews([later!], 0.9, options)).toBe(0)
    // Due today at R ≈ 0.9: one review, a relearning step if forgotten, and the short intervals after a lapse.
    const total = estimateDailyReviews([soon!], 0.9, options) * 30
    expect(total).toBeGreaterThan(1.1)
    expect(total).toBeLessThan(1.6)
  })

  it('leaves out new and suspended cards from the studied ones', () => {
    const cards = toWorkloadCards(
      [
        card('new'),
        card('suspended', { state: CardState.Review, stability: 3, difficulty: 5, due: t0, suspended: true }),
        card('due', {
          state: CardState.Review,
          stability: 3,
          difficulty: 5,
          due: t0 - 2 * day,
          lastReview: t0 - 5 * day,
        }),
      ],
      t0,
      boundary,
    )
    expect(cards).toEqual([{ stability: 3, difficulty: 5, lastDay: -5, dueDay: 0 }])
  })
})

describe("the estimate's FSRS steps", () => {
  it('are ts-fsrs’s, to the last rounding', () => {
    const random = seededRandom('memory-model')
    for (const w of [
      defaultFsrsParameters,
      defaultFsrsParameters.map((x, i) => (i === 20 ? 0.4 : x * 1.2)),
    ]) {
      const ours = memoryModel(w, 0.87, 36500)
      const theirs = new FSRSAlgorithm(
        generatorParameters({
          w: [...w],
          request_retention: 0.87,
          enable_fuzz: false,
          enable_short_term: true,
        }),
      )
      expect(ours.next(null, 0, 3)).toEqual(theirs.next_state(null, 0, 3))
      for (let i = 0; i < 500; i++) {
        const state = { stability: 0.1 + random() * 200, difficulty: 1 + random() * 9 }
        const t = Math.floor(random() * 3) === 0 ? 0 : Math.floor(random() * 300)
        const g = (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4
        expect(ours.next(state, t, g)).toEqual(theirs.next_state(state, t, g))
        expect(ours.recall(t, state.stability)).toBe(theirs.forgetting_curve(t, state.stability))
        expect(ours.interval(state.stability)).toBe(theirs.next_interval(state.stability, t))
      }
    }
  })
})
