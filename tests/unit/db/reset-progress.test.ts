import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import { resetProgress, restoreCards } from '../../../src/db/user-cards'
import { CardState, newCardRecord, type CardRecord } from '../../../src/domain/scheduling/card'

const t0 = Date.UTC(2026, 10, 21, 12)

function studied(id: string, topic: 'caching' | 'http'): CardRecord {
  return {
    ...newCardRecord({ id, deckId: `topic:${topic}`, topic, source: 'bank', position: 1 }, t0 - 86_400_000),
    state: CardState.Review,
    due: t0 + 5 * 86_400_000,
    stability: 12,
    difficulty: 4,
    scheduledDays: 5,
    reps: 4,
    lapses: 1,
    lastReview: t0,
    flagged: true,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

describe('resetting progress', () => {
  it('resets the studied cards of one topic, keeps history and flags, and undoes exactly', async () => {
    const caching = studied('caching-a', 'caching')
    const http = studied('http-a', 'http')
    const fresh = newCardRecord(
      { id: 'caching-b', deckId: 'topic:caching', topic: 'caching', source: 'bank', position: 2 },
      t0,
    )
    await db.cards.bulkAdd([caching, http, fresh])
    await db.reviewLogs.add({
      cardId: 'caching-a',
      rating: 3,
      state: 2,
      due: t0,
      stability: 12,
      difficulty: 4,
      elapsedDays: 5,
      lastElapsedDays: 5,
      scheduledDays: 5,
      learningSteps: 0,
      review: t0,
      day: 1,
      lastIntervalDays: 5,
    })

    const before = await resetProgress('caching', t0 + 1)
    expect(before).toEqual([caching])
    expect(await db.cards.get('caching-a')).toMatchObject({
      state: CardState.New,
      reps: 0,
      lapses: 0,
      due: t0 + 1,
      flagged: true,
    })
    expect(await db.cards.get('http-a')).toEqual(http)
    expect(await db.cards.get('caching-b')).toEqual(fresh)
    expect(await db.reviewLogs.count()).toBe(1)

    await restoreCards(before)
    expect(await db.cards.get('caching-a')).toEqual(caching)
  })

  it('resets every topic and deck at once', async () => {
    await db.cards.bulkAdd([studied('caching-a', 'caching'), studied('http-a', 'http')])
    expect(await resetProgress('all', t0)).toHaveLength(2)
    expect((await db.cards.toArray()).every((c) => c.state === CardState.New)).toBe(true)
  })
})
