import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/db/db'
import { newCardRecord } from '../../../src/domain/scheduling/card'
import {
  forgetUserCardContent,
  loadCardContent,
  primeUserCardContent,
} from '../../../src/features/review/card-content'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
  forgetUserCardContent()
})
afterEach(() => {
  vi.useRealTimers()
})

const t0 = Date.UTC(2026, 2, 2, 10)
const userCard = (id: string) =>
  newCardRecord({ id, deckId: 'import:t', topic: null, source: 'import', position: 0 }, t0)
const row = (id: string, front: string) => ({
  id,
  front,
  back: 'Answer',
  tags: [],
  createdAt: t0,
  updatedAt: t0,
})

describe('review card content', () => {
  it('shows an edited user card as edited in the next session', async () => {
    const card = newCardRecord({ id: 'user:a', deckId: 'mine', topic: null, source: 'user', position: 0 }, 1)
    await db.userCards.put({
      id: 'user:a',
      front: 'Old question',
      back: 'Old answer',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    })
    expect(await loadCardContent(card)).toMatchObject({
      kind: 'user',
      frontHtml: expect.stringContaining('Old question'),
    })
    await db.userCards.put({
      id: 'user:a',
      front: 'New question',
      back: 'New answer',
      tags: [],
      createdAt: 1,
      updatedAt: 2,
    })
    forgetUserCardContent() // what a new session does first
    expect(await loadCardContent(card)).toMatchObject({
      kind: 'user',
      frontHtml: expect.stringContaining('New question'),
    })
  })

  it('shows the rows read with a cold load’s queue without reading them again, while they are fresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(t0 + 1_000)
    // What the page's head script read at t0; the database has changed since (another tab).
    primeUserCardContent([row('import:a', 'Read early'), row('import:b', 'Read early too')], t0)
    await db.userCards.bulkPut([row('import:a', 'Stored later'), row('import:b', 'Stored later too')])
    expect(await loadCardContent(userCard('import:a'))).toMatchObject({
      frontHtml: expect.stringContaining('Read early'),
    })
    // Past the queue's freshness, the rest are read as usual.
    vi.setSystemTime(t0 + 6_000)
    expect(await loadCardContent(userCard('import:b'))).toMatchObject({
      frontHtml: expect.stringContaining('Stored later too'),
    })
  })

  it('reads a card as usual when its early row is not a card’s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(t0)
    await db.userCards.bulkPut([row('import:a', 'Stored'), row('import:b', 'Stored b')])
    primeUserCardContent([
      { id: 'import:a', front: 42, back: 'Answer' },
      { id: 'import:b', front: 'x', back: 'y', format: 'rtf' },
      null,
      'import:c',
    ])
    expect(await loadCardContent(userCard('import:a'))).toMatchObject({
      frontHtml: expect.stringContaining('Stored'),
    })
    expect(await loadCardContent(userCard('import:b'))).toMatchObject({
      frontHtml: expect.stringContaining('Stored b'),
    })
  })
})
