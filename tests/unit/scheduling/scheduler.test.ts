import { describe, expect, it } from 'vitest'
import { CardState, Grade } from '../../../src/domain/scheduling/card'
import { intervalLabel } from '../../../src/domain/scheduling/interval-label'
import { countLog, emptyReviewDay } from '../../../src/domain/scheduling/review-days'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings, parseSteps } from '../../../src/domain/scheduling/settings'
import { card, day, minute, t0 } from './fixtures'

// Fuzz off: ts-fsrs' own tests do the same, so intervals are exact.
const settings = { ...defaultSchedulingSettings, fuzz: false }
const scheduler = createScheduler(settings)

describe('scheduler (FSRS via ts-fsrs)', () => {
  it('follows the learning steps for a new card', () => {
    const due = scheduler.preview(card('a'), t0)
    expect(due[Grade.Again] - t0).toBe(1 * minute)
    expect(due[Grade.Hard] - t0).toBe(6 * minute)
    expect(due[Grade.Good] - t0).toBe(10 * minute)
    expect(due[Grade.Easy] - t0).toBeGreaterThanOrEqual(day)
  })

  it('grades a card and logs the state it was in', () => {
    const { card: after, log } = scheduler.grade(card('a'), Grade.Good, t0, 20555)
    expect(after.state).toBe(CardState.Learning)
    expect(after.due).toBe(t0 + 10 * minute)
    expect(after.reps).toBe(1)
    expect(log).toMatchObject({
      cardId: 'a',
      rating: Grade.Good,
      state: CardState.New,
      review: t0,
      day: 20555,
    })
  })

  it('graduates a card through its steps into review, days later', () => {
    let c = scheduler.grade(card('a'), Grade.Good, t0, 0).card
    c = scheduler.grade(c, Grade.Good, c.due, 0).card
    expect(c.state).toBe(CardState.Review)
    expect(c.scheduledDays).toBeGreaterThanOrEqual(1)
  })

  it('tags and suspends a card at its 8th lapse, and not before', () => {
    let c = card('a', {
      state: CardState.Review,
      due: t0,
      stability: 5,
      difficulty: 5,
      scheduledDays: 5,
      lastReview: t0 - 5 * day,
      reps: 20,
      lapses: 6,
    })
    const seventh = scheduler.grade(c, Grade.Again, t0, 0)
    expect(seventh.leeched).toBe(false)
    expect(seventh.card.lapses).toBe(7)
    c = { ...seventh.card, state: CardState.Review, due: t0 + day }
    const eighth = scheduler.grade(c, Grade.Again, t0 + day, 1)
    expect(eighth.card.lapses).toBe(8)
    expect(eighth.leeched).toBe(true)
    expect(eighth.card).toMatchObject({ leech: true, suspended: true })
  })

  it('only tags a leech when the action is "tag"', () => {
    const tagOnly = createScheduler({ ...settings, leechAction: 'tag', leechThreshold: 1 })
    const c = card('a', {
      state: CardState.Review,
      due: t0,
      stability: 5,
      difficulty: 5,
      scheduledDays: 5,
      lastReview: t0 - 5 * day,
      reps: 3,
    })
    const out = tagOnly.grade(c, Grade.Again, t0, 0)
    expect(out.card).toMatchObject({ leech: true, suspended: false })
  })

  it('gives the probability of recall, falling with time', () => {
    const c = card('a', {
      state: CardState.Review,
      due: t0 + 10 * day,
      stability: 10,
      difficulty: 5,
      scheduledDays: 10,
      lastReview: t0,
      reps: 3,
    })
    const now = scheduler.retrievability(c, t0 + day)
    const later = scheduler.retrievability(c, t0 + 20 * day)
    expect(now).toBeGreaterThan(later)
    expect(scheduler.retrievability(card('new'), t0)).toBe(0)
    expect(scheduler.retrievability(c, t0 + 10 * day)).toBeCloseTo(0.9, 2)
  })
})

describe('intervalLabel', () => {
  it('reads like Anki', () => {
    expect(intervalLabel(20_000)).toBe('<1m')
    expect(intervalLabel(10 * minute)).toBe('10m')
    expect(intervalLabel(3 * 3_600_000)).toBe('3h')
    expect(intervalLabel(3 * day)).toBe('3d')
    expect(intervalLabel(36 * day)).toBe('1.2mo')
    expect(intervalLabel(800 * day)).toBe('2.2y')
  })
})

describe('parseSteps', () => {
  it('reads steps and refuses a malformed one', () => {
    expect(parseSteps('1m 10m, 1d')).toEqual(['1m', '10m', '1d'])
    expect(parseSteps('1m ten')).toBeNull()
  })
})

describe('review day totals', () => {
  it('counts new cards, reviews and true retention by maturity, and takes a log back on undo', () => {
    const base = {
      cardId: 'a',
      due: t0,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      review: t0,
      day: 1,
    }
    let d = emptyReviewDay(1)
    d = countLog(d, { ...base, rating: 3, state: CardState.New, lastIntervalDays: 0 })
    d = countLog(d, { ...base, rating: 3, state: CardState.Review, lastIntervalDays: 30 })
    d = countLog(d, { ...base, rating: 1, state: CardState.Review, lastIntervalDays: 5 })
    expect(d).toMatchObject({
      reviews: 3,
      newCards: 1,
      review: 2,
      maturePass: 1,
      youngFail: 1,
      youngPass: 0,
      matureFail: 0,
    })
    d = countLog(d, { ...base, rating: 1, state: CardState.Review, lastIntervalDays: 5 }, -1)
    expect(d).toMatchObject({ reviews: 2, review: 1, youngFail: 0 })
  })
})
