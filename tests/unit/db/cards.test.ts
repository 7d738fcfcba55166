import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  bankCardsFingerprint,
  bankCardsPresentKey,
  ensureBankCards,
  getReviewDaysAround,
  loadStudyCandidates,
  saveGrade,
  undoGrade,
} from '../../../src/db/cards'
import { db } from '../../../src/db/db'
import { CardState, type GradeValue } from '../../../src/domain/scheduling/card'
import { emptyReviewDay } from '../../../src/domain/scheduling/review-days'
import { studyDayOf } from '../../../src/domain/scheduling/study-day'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { card, day, t0 } from '../scheduling/fixtures'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

const snapshot = async () => ({
  cards: await db.cards.toArray(),
  logs: await db.reviewLogs.toArray(),
  days: await db.reviewDays.toArray(),
})

describe('cards repository', () => {
  it('adds a card for each bank item once', async () => {
    const items = [
      { id: 'http-a', topic: 'http' as const, position: 0 },
      { id: 'http-b', topic: 'http' as const, position: 1 },
    ]
    expect(await ensureBankCards(items, t0)).toBe(2)
    expect(await ensureBankCards(items, t0)).toBe(0)
    expect(await db.cards.get('http-b')).toMatchObject({
      deckId: 'topic:http',
      state: CardState.New,
      position: 1,
    })
  })

  it('once every bank card has a row, reads one note instead of looking up each id; a changed bank looks again', async () => {
    const items = [
      { id: 'http-a', topic: 'http' as const, position: 0 },
      { id: 'http-b', topic: 'http' as const, position: 1 },
    ]
    expect(await ensureBankCards(items, t0)).toBe(2)
    expect((await db.settings.get(bankCardsPresentKey))?.value).toBe(bankCardsFingerprint(items))
    // The note is what is trusted: a row removed behind its back is not looked for…
    await db.cards.delete('http-a')
    expect(await ensureBankCards(items, t0)).toBe(0)
    // …but a bank with another set of cards is checked in full, and the missing row comes back.
    const grown = [...items, { id: 'http-c', topic: 'http' as const, position: 2 }]
    expect(bankCardsFingerprint(grown)).not.toBe(bankCardsFingerprint(items))
    expect(await ensureBankCards(grown, t0)).toBe(2)
    expect((await db.cards.toArray()).map((c) => c.id).sort()).toEqual(['http-a', 'http-b', 'http-c'])
  })

  it('reads the totals of the study day before knowing the rollover hour: both days it can be', async () => {
    const berlin = 'Europe/Berlin'
    // 02:30 in Berlin on 12 April 2026: the 11th's study day under a 4 AM rollover, the 12th's under midnight.
    const at = Date.parse('2026-04-12T00:30:00Z')
    const eleventh = studyDayOf(at, { rolloverHour: 4, timeZone: berlin })
    const twelfth = studyDayOf(at, { rolloverHour: 0, timeZone: berlin })
    expect(twelfth).toBe(eleventh + 1)
    await db.reviewDays.bulkPut([
      { ...emptyReviewDay(eleventh), reviews: 7 },
      { ...emptyReviewDay(twelfth), reviews: 2 },
      { ...emptyReviewDay(eleventh - 1), reviews: 99 },
    ])
    const dayOf = await getReviewDaysAround(at, berlin)
    expect(dayOf(eleventh).reviews).toBe(7)
    expect(dayOf(twelfth).reviews).toBe(2)
    // A day outside the two is not read: it comes back empty, as a day without reviews.
    expect(dayOf(eleventh - 1)).toEqual(emptyReviewDay(eleventh - 1))
  })

  it('stores a grade with its log and day totals in one go', async () => {
    await db.cards.put(card('a'))
    const outcome = createScheduler(defaultSchedulingSettings).grade(card('a'), 3, t0, 7)
    const logId = await saveGrade(outcome)
    expect(await db.cards.get('a')).toEqual(outcome.card)
    expect(await db.reviewLogs.get(logId)).toMatchObject({ cardId: 'a', rating: 3, day: 7 })
    expect(await db.reviewDays.get(7)).toMatchObject({ reviews: 1, newCards: 1 })
  })

  it('grade then undo leaves the database exactly as it was (property)', async () => {
    const scheduler = createScheduler({ ...defaultSchedulingSettings, fuzz: false })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(CardState.New, CardState.Learning, CardState.Review, CardState.Relearning),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        async (state, rating, lapses, flagged) => {
          await Promise.all(db.tables.map((t) => t.clear()))
          const before = card('a', {
            state,
            lapses,
            flagged,
            reps: state === CardState.New ? 0 : 5,
            stability: state === CardState.New ? 0 : 4,
            difficulty: state === CardState.New ? 0 : 6,
            scheduledDays: state === CardState.Review ? 4 : 0,
            lastReview: state === CardState.New ? null : t0 - 4 * day,
            due: t0,
          })
          await db.cards.put(before)
          await db.reviewDays.put({
            day: 3,
            reviews: 5,
            newCards: 1,
            learning: 1,
            review: 3,
            relearning: 0,
            youngPass: 2,
            youngFail: 1,
            maturePass: 0,
            matureFail: 0,
          })
          const initial = await snapshot()
          const logId = await saveGrade(scheduler.grade(before, rating as GradeValue, t0, 3))
          await undoGrade(before, logId)
          expect(await snapshot()).toEqual(initial)
        },
      ),
      { seed: 99, numRuns: 60 },
    )
  })

  it('loads candidates through the indexes: due learning and reviews, new cards up to the limit, no suspended', async () => {
    await db.cards.bulkPut([
      card('new-0', { position: 0 }),
      card('new-1', { position: 1, suspended: true }),
      card('new-2', { position: 2 }),
      card('new-3', { position: 3 }),
      card('rev-due', { state: CardState.Review, due: t0 - day }),
      card('rev-later', { state: CardState.Review, due: t0 + 5 * day }),
      card('learn', { state: CardState.Learning, due: t0 + 60_000 }),
    ])
    const found = await loadStudyCandidates({
      now: t0,
      reviewCutoff: t0 + day,
      reviewLimit: 10,
      dayEnd: t0 + day,
      newLimit: 2,
      include: () => true,
    })
    expect(found.map((c) => c.id).sort()).toEqual(['learn', 'new-0', 'new-2', 'rev-due'])
  })
})

describe('adding bank cards from two places at once', () => {
  it('adds each card once, without a constraint error', async () => {
    await Promise.all(db.tables.map((t) => t.clear()))
    const items = Array.from({ length: 50 }, (_, i) => ({
      id: `http-${i}`,
      topic: 'http' as const,
      position: i,
    }))
    const added = await Promise.all([ensureBankCards(items, t0), ensureBankCards(items, t0)])
    expect(added.sort()).toEqual([0, 50])
    expect(await db.cards.count()).toBe(50)
  })
})
