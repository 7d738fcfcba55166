import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import { newCardRecord } from '../../../src/domain/scheduling/card'
import { forgetUserCardContent, loadCardContent } from '../../../src/features/review/card-content'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
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
})
