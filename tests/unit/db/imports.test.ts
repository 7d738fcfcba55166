import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import { ImportCancelled, importDeck, loadDeckCards } from '../../../src/db/imports'
import { CardState } from '../../../src/domain/scheduling/card'

const t0 = Date.UTC(2026, 10, 21, 12)
const cards = Array.from({ length: 1200 }, (_, i) => ({ front: `Q${i}`, back: `A${i}`, tags: ['t'] }))

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

describe('importing a deck', () => {
  it('adds the deck and its cards as new, reporting progress chunk by chunk', async () => {
    const progress: number[] = []
    const deckId = await importDeck(
      { name: 'SD', format: 'html', cards },
      { onProgress: (done) => progress.push(done), chunkSize: 500 },
      t0,
    )
    expect(progress).toEqual([500, 1000, 1200])
    expect(await db.decks.get(deckId)).toMatchObject({ name: 'SD', kind: 'import' })
    const stored = await db.cards.where('deckId').equals(deckId).toArray()
    expect(stored).toHaveLength(1200)
    expect(stored.every((c) => c.state === CardState.New && c.source === 'import')).toBe(true)
    const content = await loadDeckCards(deckId)
    expect(content[0]).toMatchObject({ front: 'Q0', back: 'A0', tags: ['t'], format: 'html' })
  })

  it('leaves nothing behind when cancelled part-way', async () => {
    const controller = new AbortController()
    await expect(
      importDeck(
        { name: 'SD', format: 'markdown', cards },
        {
          chunkSize: 500,
          signal: controller.signal,
          onProgress: (done) => done >= 500 && controller.abort(),
        },
        t0,
      ),
    ).rejects.toBeInstanceOf(ImportCancelled)
    expect(await db.decks.count()).toBe(0)
    expect(await db.cards.count()).toBe(0)
    expect(await db.userCards.count()).toBe(0)
  })
})
