// The home screen's reads without Dexie: the same answers as the database's
// own code would give, nothing created on a first visit, and the plan's pace
// setting the day's new cards.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import type { TopicId } from '../../../src/domain/content/topics'
import { readHomeData } from '../../../src/db/home-reads'
import { saveInterviewPlan } from '../../../src/db/interview-plan'
import { CardState } from '../../../src/domain/scheduling/card'
import { card, day, t0 } from '../scheduling/fixtures'

const bank = { flashcards: 10, flashcardsByTopic: { http: 6, caching: 4 } as Record<TopicId, number> }

describe('the home screen’s reads', () => {
  beforeEach(async () => {
    await db.delete()
  })

  it('reads a first visit as empty, and does not create the database', async () => {
    const data = await readHomeData(bank, t0)
    expect(data).toMatchObject({ lastView: null, viewCount: 0, bookmarkCount: 0, plan: null })
    expect(data.due).toEqual({ learning: 0, review: 0, new: 0 })
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.toContain('backprep')
    // Dexie still creates it at its own version afterwards.
    await db.open()
    expect(db.verno).toBeGreaterThan(1)
  })

  it('counts what is due within the limits, the last item opened, bookmarks and the first use', async () => {
    await db.open()
    await db.cards.bulkPut([
      card('http-a', {
        state: CardState.Review,
        due: t0 - day,
        lastReview: t0 - 5 * day,
        stability: 4,
        difficulty: 5,
      }),
      card('http-b', {
        state: CardState.Review,
        due: t0 + 10 * day,
        lastReview: t0 - day,
        stability: 9,
        difficulty: 5,
      }),
      card('http-c', { state: CardState.Learning, due: t0 + 60_000, lastReview: t0 }),
      card('http-d', { state: CardState.Review, due: t0 - day, suspended: true, lastReview: t0 - 9 * day }),
      card('http-e', { position: 4 }),
    ])
    await db.itemViews.bulkPut([
      { itemId: 'http-a', title: 'Older', firstViewedAt: t0 - 2 * day, lastViewedAt: t0 - 2 * day, count: 1 },
      {
        itemId: 'http-b',
        title: 'Latest',
        topic: 'http',
        firstViewedAt: t0 - day,
        lastViewedAt: t0 - 60_000,
        count: 2,
      },
    ])
    await db.bookmarks.put({ itemId: 'http-b', createdAt: t0 })
    await db.reviewLogs.add({
      cardId: 'http-a',
      rating: 3,
      state: 0,
      due: t0,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      review: t0 - 5 * day,
      day: 1,
      lastIntervalDays: 0,
    })
    db.close()
    const data = await readHomeData(bank, t0)
    expect(data.lastView?.title).toBe('Latest')
    expect(data.viewCount).toBe(2)
    expect(data.bookmarkCount).toBe(1)
    // One review due (the suspended one does not count), one learning; new: the stored new card plus
    // the 5 bank cards the review screen has not stored yet, within the 20 a day.
    expect(data.due).toEqual({ review: 1, learning: 1, new: 6 })
    expect(data.backup.firstUseAt).toBe(t0 - 5 * day)
  })

  it('takes the day’s new cards from an interview plan’s pace, and summarises the plan', async () => {
    await db.open()
    await saveInterviewPlan({ date: new Date(t0 + 14 * day).toISOString().slice(0, 10), topics: ['http'] })
    db.close()
    const data = await readHomeData(bank, t0)
    expect(data.plan?.pace).toMatchObject({ status: 'ahead', unseen: 6 })
    const perDay = data.plan?.pace.status === 'ahead' ? data.plan.pace.newPerDay : -1
    expect(perDay).toBe(1)
    expect(data.due.new).toBe(1)
  })
})
