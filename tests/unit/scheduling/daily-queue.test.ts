import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CardState } from '../../../src/domain/scheduling/card'
import {
  applyAnswer,
  buildDailyQueue,
  countQueue,
  mixNewWithReviews,
  pickNext,
  restoreCard,
  type QueueOptions,
} from '../../../src/domain/scheduling/daily-queue'
import { card, day, minute, t0 } from './fixtures'

const options = (over: Partial<QueueOptions> = {}): QueueOptions => ({
  now: t0,
  dayEnd: t0 + 12 * 3_600_000,
  limits: { newPerDay: 20, reviewsPerDay: 200 },
  done: { newCards: 0, reviews: 0 },
  ...over,
})

const ids = (cards: { id: string }[]) => cards.map((c) => c.id)

describe('buildDailyQueue', () => {
  const cards = [
    card('new-2', { position: 2 }),
    card('new-1', { position: 1 }),
    card('rev-overdue', { state: CardState.Review, due: t0 - 3 * day }),
    card('rev-today', { state: CardState.Review, due: t0 + 3_600_000 }),
    card('rev-tomorrow', { state: CardState.Review, due: t0 + 2 * day }),
    card('learn-now', { state: CardState.Learning, due: t0 - minute }),
    card('learn-later', { state: CardState.Relearning, due: t0 + 30 * minute }),
    card('suspended', { state: CardState.Review, due: t0 - day, suspended: true }),
    card('buried', { state: CardState.Review, due: t0 - day, buriedUntil: t0 + day }),
  ]

  it('takes learning cards due today, reviews due today (most overdue first) and new cards in bank order', () => {
    const q = buildDailyQueue(cards, options())
    expect(ids(q.learning)).toEqual(['learn-now', 'learn-later'])
    expect(ids(q.main)).toEqual(['rev-overdue', 'new-1', 'rev-today', 'new-2'])
    expect(countQueue(q)).toEqual({ new: 2, learning: 2, review: 2 })
  })

  it('leaves out suspended and buried cards', () => {
    const all = [...buildDailyQueue(cards, options()).learning, ...buildDailyQueue(cards, options()).main]
    expect(ids(all)).not.toContain('suspended')
    expect(ids(all)).not.toContain('buried')
  })

  it('respects what was already done today against the limits', () => {
    const q = buildDailyQueue(
      cards,
      options({ limits: { newPerDay: 2, reviewsPerDay: 2 }, done: { newCards: 1, reviews: 1 } }),
    )
    expect(ids(q.main)).toEqual(['rev-overdue', 'new-1'])
  })

  it('adds extra new cards and reviews ahead when asked ("study more")', () => {
    const q = buildDailyQueue(
      cards,
      options({
        limits: { newPerDay: 0, reviewsPerDay: 200 },
        extraNew: 1,
        reviewCutoff: t0 + 12 * 3_600_000 + 2 * 86_400_000,
      }),
    )
    expect(ids(q.main)).toEqual(['rev-overdue', 'rev-today', 'rev-tomorrow', 'new-1'])
  })

  it('studies only the chosen decks or topics', () => {
    const mixed = [card('h', { topic: 'http' }), card('c', { topic: 'caching', deckId: 'topic:caching' })]
    expect(ids(buildDailyQueue(mixed, options({ include: (c) => c.topic === 'caching' })).main)).toEqual([
      'c',
    ])
  })

  it('never exceeds the daily limits (property)', () => {
    const arbCard = fc.record({
      state: fc.constantFrom(CardState.New, CardState.Learning, CardState.Review, CardState.Relearning),
      due: fc.integer({ min: t0 - 10 * day, max: t0 + 10 * day }),
      position: fc.nat(1000),
      suspended: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.array(arbCard, { maxLength: 120 }),
        fc.nat(30),
        fc.nat(60),
        fc.nat(30),
        fc.nat(60),
        (specs, newPerDay, reviewsPerDay, doneNew, doneReviews) => {
          const cs = specs.map((s, i) => card(`c${i}`, s))
          const q = buildDailyQueue(
            cs,
            options({
              limits: { newPerDay, reviewsPerDay },
              done: { newCards: doneNew, reviews: doneReviews },
            }),
          )
          const counts = countQueue(q)
          expect(counts.new).toBeLessThanOrEqual(Math.max(0, newPerDay - doneNew))
          expect(counts.review).toBeLessThanOrEqual(Math.max(0, reviewsPerDay - doneReviews))
          expect(q.main.every((c) => !c.suspended)).toBe(true)
        },
      ),
      { seed: 4242, numRuns: 300 },
    )
  })
})

describe('mixNewWithReviews', () => {
  it('spreads new cards evenly through the reviews', () => {
    const r = [1, 2, 3, 4, 5, 6].map((i) => card(`r${i}`))
    const n = [1, 2].map((i) => card(`n${i}`))
    expect(ids(mixNewWithReviews(r, n))).toEqual(['r1', 'r2', 'r3', 'n1', 'r4', 'r5', 'r6', 'n2'])
  })
})

describe('pickNext and applyAnswer', () => {
  const learnAhead = 20 * minute

  it('shows a due learning card before reviews', () => {
    const q = buildDailyQueue(
      [
        card('rev', { state: CardState.Review, due: t0 - day }),
        card('learn', { state: CardState.Learning, due: t0 - 1 }),
      ],
      options(),
    )
    const next = pickNext(q, t0, learnAhead)
    expect(next.kind === 'card' && next.card.id).toBe('learn')
  })

  it('shows a learning card early only when nothing else is left, within the learn-ahead window', () => {
    const soon = buildDailyQueue([card('l', { state: CardState.Learning, due: t0 + 10 * minute })], options())
    expect(pickNext(soon, t0, learnAhead)).toMatchObject({ kind: 'card' })
    const later = buildDailyQueue(
      [card('l', { state: CardState.Learning, due: t0 + 60 * minute })],
      options(),
    )
    expect(pickNext(later, t0, learnAhead)).toEqual({ kind: 'wait', at: t0 + 60 * minute })
    expect(pickNext({ learning: [], main: [] }, t0, learnAhead)).toEqual({ kind: 'done' })
  })

  it('moves an answered card into learning if it is due again today, and restores it on undo', () => {
    const q = buildDailyQueue([card('a'), card('b', { position: 1 })], options())
    const graded = { ...q.main[0]!, state: CardState.Learning, due: t0 + 10 * minute }
    const after = applyAnswer(q, graded, { now: t0, dayEnd: t0 + 12 * 3_600_000 })
    expect(ids(after.main)).toEqual(['b'])
    expect(ids(after.learning)).toEqual(['a'])
    const undone = restoreCard(after, q.main[0]!)
    expect(ids(undone.main)).toEqual(['a', 'b'])
    expect(undone.learning).toEqual([])
  })

  it('drops a card graded into tomorrow', () => {
    const q = buildDailyQueue([card('a')], options())
    const graded = { ...q.main[0]!, state: CardState.Review, due: t0 + 3 * day }
    expect(countQueue(applyAnswer(q, graded, { now: t0, dayEnd: t0 + 12 * 3_600_000 }))).toEqual({
      new: 0,
      learning: 0,
      review: 0,
    })
  })
})
