import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import {
  addUserCard,
  deleteUserCards,
  resetCards,
  setCardsFlagged,
  setCardsSuspended,
  updateUserCard,
  UserCardInputError,
} from '../../../src/db/user-cards'
import { CardState, newCardRecord } from '../../../src/domain/scheduling/card'
import { card, day, t0 } from '../scheduling/fixtures'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

const log = (cardId: string, review: number) => ({
  cardId,
  rating: 3 as const,
  state: CardState.Review,
  due: review,
  stability: 5,
  difficulty: 5,
  elapsedDays: 3,
  lastElapsedDays: 2,
  scheduledDays: 3,
  learningSteps: 0,
  review,
  day: 20_000,
  lastIntervalDays: 3,
})

describe('user cards repository', () => {
  it('adds a card as content plus a new card in My cards, after every other card', async () => {
    await db.cards.bulkPut([
      card('http-a', { position: 0 }),
      card('http-b', { position: 7, state: CardState.Review }),
      card('http-c', { position: 3, state: CardState.Learning }),
    ])
    const id = await addUserCard(
      { front: 'What is **TCP**?', back: 'A protocol', tags: ['net', ' net', ''] },
      t0,
    )

    expect(id).toMatch(/^user:[0-9a-f-]{36}$/)
    expect(await db.userCards.get(id)).toEqual({
      id,
      front: 'What is **TCP**?',
      back: 'A protocol',
      tags: ['net'],
      createdAt: t0,
      updatedAt: t0,
    })
    expect(await db.cards.get(id)).toEqual(
      newCardRecord({ id, deckId: 'mine', topic: null, source: 'user', position: 8 }, t0),
    )
    expect(await db.decks.get('mine')).toMatchObject({ name: 'My cards', kind: 'user' })
  })

  it('refuses an empty front or back and writes nothing', async () => {
    const attempt = addUserCard({ front: '  ', back: 'answer', tags: [] }, t0)
    await expect(attempt).rejects.toBeInstanceOf(UserCardInputError)
    await expect(addUserCard({ front: 'q', back: '\n', tags: [] }, t0)).rejects.toMatchObject({
      errors: { back: expect.stringMatching(/answer/) },
    })
    expect(await db.userCards.count()).toBe(0)
    expect(await db.cards.count()).toBe(0)
  })

  it('edits the content and keeps the scheduling', async () => {
    const id = await addUserCard({ front: 'q', back: 'a', tags: [] }, t0)
    await db.cards.update(id, { state: CardState.Review, reps: 4 })
    await updateUserCard(id, { front: 'q2', back: 'a2', tags: ['x'] }, t0 + day)
    expect(await db.userCards.get(id)).toMatchObject({
      front: 'q2',
      back: 'a2',
      tags: ['x'],
      updatedAt: t0 + day,
    })
    expect(await db.cards.get(id)).toMatchObject({ state: CardState.Review, reps: 4 })
    await expect(updateUserCard('user:missing', { front: 'q', back: 'a', tags: [] })).rejects.toThrow(
      /no card/,
    )
  })

  it('deletes a card with its content and review logs, and nothing else', async () => {
    const mine = await addUserCard({ front: 'q', back: 'a', tags: [] }, t0)
    const other = await addUserCard({ front: 'q2', back: 'a2', tags: [] }, t0)
    await db.cards.put(card('http-a'))
    await db.reviewLogs.bulkAdd([log(mine, t0), log(mine, t0 + day), log(other, t0), log('http-a', t0)])

    // A bank card among the ids is left alone.
    expect(await deleteUserCards([mine, 'http-a'])).toBe(1)

    expect(await db.cards.get(mine)).toBeUndefined()
    expect(await db.userCards.get(mine)).toBeUndefined()
    expect(await db.reviewLogs.where('cardId').equals(mine).count()).toBe(0)
    expect(await db.cards.get('http-a')).toBeDefined()
    expect(await db.userCards.get(other)).toBeDefined()
    expect((await db.reviewLogs.toArray()).map((l) => l.cardId).sort()).toEqual(['http-a', other].sort())
  })

  it('resets a card to New, keeping who it is, its flags and its history', async () => {
    const studied = card('http-a', {
      deckId: 'topic:http',
      position: 5,
      createdAt: t0 - 40 * day,
      state: CardState.Review,
      due: t0 + 3 * day,
      stability: 12.5,
      difficulty: 6.2,
      elapsedDays: 9,
      scheduledDays: 12,
      learningSteps: 1,
      reps: 14,
      lapses: 8,
      lastReview: t0 - 9 * day,
      leech: true,
      suspended: true,
      flagged: true,
      buriedUntil: t0 + day,
    })
    await db.cards.put(studied)
    await db.reviewLogs.add(log('http-a', t0 - 9 * day))

    await resetCards(['http-a'], t0)

    const fresh = newCardRecord(
      { id: 'http-a', deckId: 'topic:http', topic: 'http', source: 'bank', position: 5 },
      t0,
    )
    expect(await db.cards.get('http-a')).toEqual({
      ...fresh,
      createdAt: t0 - 40 * day,
      suspended: true,
      flagged: true,
    })
    expect(await db.reviewLogs.count()).toBe(1)
  })

  it('suspends, unsuspends, flags and unflags several cards at once', async () => {
    await db.cards.bulkPut([card('a'), card('b'), card('c')])
    await setCardsSuspended(['a', 'b'], true)
    expect((await db.cards.toArray()).map((c) => [c.id, c.suspended])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ])
    await setCardsSuspended(['b'], false)
    expect((await db.cards.get('b'))?.suspended).toBe(false)
    expect((await db.cards.get('a'))?.suspended).toBe(true)

    await setCardsFlagged(['b', 'c'], true)
    expect((await db.cards.toArray()).filter((c) => c.flagged).map((c) => c.id)).toEqual(['b', 'c'])
  })
})
