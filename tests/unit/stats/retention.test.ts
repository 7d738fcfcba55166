import { describe, expect, it } from 'vitest'
import { CardState, type ReviewLogRecord } from '../../../src/domain/scheduling/card'
import { countLog, emptyReviewDay, type ReviewDay } from '../../../src/domain/scheduling/review-days'
import { studyDayOf } from '../../../src/domain/scheduling/study-day'
import { passRate, trueRetention } from '../../../src/features/stats/retention'
import { t0 } from '../scheduling/fixtures'

const today = studyDayOf(t0, { rolloverHour: 4, timeZone: 'Europe/Berlin' })

const totals = (
  day: number,
  youngPass: number,
  youngFail: number,
  maturePass: number,
  matureFail: number,
) => ({
  ...emptyReviewDay(day),
  youngPass,
  youngFail,
  maturePass,
  matureFail,
})

const byPeriod = (days: ReviewDay[]) =>
  Object.fromEntries(trueRetention(days, today).map((r) => [r.period, r]))

describe('true retention', () => {
  it('sums young and mature passes and fails over today, the past week, month and year', () => {
    const rows = byPeriod([
      totals(today, 3, 1, 9, 1),
      totals(today - 3, 1, 1, 0, 0),
      totals(today - 10, 0, 0, 5, 0),
      totals(today - 100, 0, 2, 0, 0),
      totals(today - 365, 0, 0, 100, 0), // a year and a day ago
      totals(today + 1, 7, 7, 7, 7), // not yet
    ])
    expect(rows.today).toMatchObject({
      label: 'Today',
      young: { pass: 3, fail: 1 },
      mature: { pass: 9, fail: 1 },
      total: { pass: 12, fail: 2 },
    })
    expect(rows.week).toMatchObject({ young: { pass: 4, fail: 2 }, mature: { pass: 9, fail: 1 } })
    expect(rows.month).toMatchObject({ young: { pass: 4, fail: 2 }, mature: { pass: 14, fail: 1 } })
    expect(rows.year).toMatchObject({
      young: { pass: 4, fail: 4 },
      mature: { pass: 14, fail: 1 },
      total: { pass: 18, fail: 5 },
    })
    expect(passRate(rows.today!.young)).toBe(0.75)
    expect(passRate(rows.today!.mature)).toBe(0.9)
    expect(passRate(rows.today!.total)).toBeCloseTo(12 / 14)
  })

  it('has no rate when there was nothing to count', () => {
    const rows = byPeriod([totals(today - 3, 2, 0, 0, 0)])
    expect(passRate(rows.today!.young)).toBeNull()
    expect(passRate(rows.week!.young)).toBe(1)
    expect(passRate(rows.week!.mature)).toBeNull()
  })

  it('splits at a 21-day interval and counts only review cards at a day or more (from the logs)', () => {
    const log = (
      state: ReviewLogRecord['state'],
      lastIntervalDays: number,
      rating: 1 | 3,
    ): ReviewLogRecord => ({
      cardId: 'a',
      rating,
      state,
      due: t0,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      review: t0,
      day: today,
      lastIntervalDays,
    })
    const day = [
      log(CardState.Review, 20, 3),
      log(CardState.Review, 20, 1),
      log(CardState.Review, 21, 3),
      log(CardState.Review, 0, 1), // same-day review: not counted
      log(CardState.Learning, 30, 1), // not a review card
      log(CardState.Relearning, 30, 1),
    ].reduce((totals, l) => countLog(totals, l), emptyReviewDay(today))
    const rows = byPeriod([day])
    expect(rows.today).toMatchObject({
      young: { pass: 1, fail: 1 },
      mature: { pass: 1, fail: 0 },
      total: { pass: 2, fail: 1 },
    })
  })
})
