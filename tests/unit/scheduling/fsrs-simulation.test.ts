// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { simulateReviewLog } from '../../../src/domain/scheduling/fsrs-simulation'
import {
  buildTrainingSet,
  defaultFsrsParameters,
  fsrsModel,
  predictRecall,
} from '../../../src/domain/scheduling/fsrs-training'

const w = defaultFsrsParameters

describe('a review log generated from known parameters', () => {
  it('is the same for the same seed, and another for another', () => {
    const a = simulateReviewLog(w, { seed: 's1', cards: 50, days: 40 })
    expect(simulateReviewLog(w, { seed: 's1', cards: 50, days: 40 })).toEqual(a)
    expect(simulateReviewLog(w, { seed: 's2', cards: 50, days: 40 }).logs).not.toEqual(a.logs)
  })

  it('introduces new cards at the daily limit and reviews each on the day FSRS schedules it', () => {
    const { logs, cards } = simulateReviewLog(w, { seed: 'schedule', cards: 30, days: 20, newPerDay: 10 })
    expect(cards).toHaveLength(30)
    const firstDays = cards.map((c) => logs.find((l) => l.cardId === c.id)!.day)
    expect(new Set(firstDays)).toEqual(new Set([20_000, 20_001, 20_002]))
    // Each review after the first day comes exactly the interval it was given later.
    for (const card of cards) {
      const own = logs.filter((l) => l.cardId === card.id)
      for (let i = 1; i < own.length; i++) {
        const [before, at] = [own[i - 1]!, own[i]!]
        if (at.day === before.day) continue
        expect(at.day - before.day).toBe(at.scheduledDays)
        expect(at.scheduledDays).toBeGreaterThanOrEqual(1)
      }
      expect(card.reps).toBe(own.length)
    }
  })

  it('recalls as often as FSRS predicts, with the parameters it was given', () => {
    const { logs } = simulateReviewLog(w, {
      seed: 'recall',
      cards: 600,
      days: 120,
      newPerDay: 10,
      lateShare: 0.3,
    })
    const { items } = buildTrainingSet(logs)
    expect(items.length).toBeGreaterThan(2000)
    const model = fsrsModel(w)
    const predicted = items.reduce((sum, item) => sum + predictRecall(model, item), 0) / items.length
    const recalled = items.filter((item) => item.reviews.at(-1)!.rating > 1).length / items.length
    // Binomial noise over 2,000+ reviews at p ≈ 0.9: one standard error is about 0.006.
    expect(Math.abs(recalled - predicted)).toBeLessThan(0.02)
  })

  it('makes a late review later than its interval when the learner is late', () => {
    const { logs } = simulateReviewLog(w, {
      seed: 'late',
      cards: 100,
      days: 60,
      lateShare: 1,
      maxLateness: 1,
    })
    const late = logs.filter((l, i) => {
      const before = logs.slice(0, i).findLast((b) => b.cardId === l.cardId)
      return before !== undefined && l.day - before.day > l.scheduledDays
    })
    expect(late.length).toBeGreaterThan(0)
  })
})
