import Dexie from 'dexie'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  buildCardDigest,
  cardDigestBuckets,
  cardsOfDigest,
  digestBucketOf,
  digestMatches,
} from '../../../src/db/card-digest'
import { BackprepDb } from '../../../src/db/db'
import { schemaVersions } from '../../../src/db/schema'
import { CardState, newCardRecord, type CardRecord } from '../../../src/domain/scheduling/card'

const t0 = Date.UTC(2026, 2, 2, 10)
let names: string[] = []
let opened: BackprepDb[] = []
afterEach(async () => {
  for (const database of opened) database.close()
  await Promise.all(names.map((n) => Dexie.delete(n)))
  names = []
  opened = []
})

async function freshDb(versions = schemaVersions): Promise<BackprepDb> {
  const name = `digest-${names.length}-${Math.random().toString(36).slice(2)}`
  names.push(name)
  const database = new BackprepDb(name, versions)
  opened.push(database)
  await database.open()
  return database
}

function card(id: string, extra: Partial<CardRecord> = {}): CardRecord {
  return {
    ...newCardRecord({ id, deckId: 'import:t', topic: 'http', source: 'import', position: 1 }, t0),
    ...extra,
  }
}

/** The digest holds exactly the cards' fields. */
async function expectInStep(database: BackprepDb) {
  const [rows, cards] = await Promise.all([database.cardDigest.toArray(), database.cards.toArray()])
  expect(cardsOfDigest(rows)?.length).toBe(cards.length)
  expect(digestMatches(rows, cards)).toBe(true)
}

describe('the card digest', () => {
  it('follows every kind of write to the cards, in the same transaction', async () => {
    const database = await freshDb()
    await database.cards.put(card('a'))
    await database.cards.bulkPut([
      card('b'),
      card('c', { state: CardState.Review, stability: 4, lastReview: t0 }),
    ])
    await expectInStep(database)
    await database.cards.update('a', { suspended: true, due: t0 + 5 })
    await database.cards.where('id').anyOf('b', 'c').modify({ flagged: true })
    await database.cards
      .where('deckId')
      .equals('import:t')
      .modify((c) => {
        c.leech = c.id === 'c'
      })
    await expectInStep(database)
    expect(cardsOfDigest(await database.cardDigest.toArray())?.find((c) => c.id === 'a')).toMatchObject({
      suspended: true,
      due: t0 + 5,
    })
    await database.cards.delete('b')
    await expectInStep(database)
    await database.cards.bulkAdd([card('d'), card('e')])
    await database.cards.where('id').between('d', 'e', true, true).delete()
    await database.cards
      .where('deckId')
      .equals('import:t')
      .filter((c) => c.id === 'a')
      .delete()
    await expectInStep(database)
    expect((await database.cards.toArray()).map((c) => c.id)).toEqual(['c'])
    await database.cards.clear()
    await expectInStep(database)
    expect(cardsOfDigest(await database.cardDigest.toArray())).toEqual([])
  })

  it('loses nothing a failed write did not write: a rolled-back transaction and a rejected add', async () => {
    const database = await freshDb()
    await database.cards.bulkPut([card('a'), card('b')])
    await expect(
      database.transaction('rw', database.cards, async () => {
        await database.cards.put(card('c'))
        await database.cards.delete('a')
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    await expectInStep(database)
    // One of three already exists: bulkAdd adds the other two and reports the third.
    await expect(
      database.cards.bulkAdd([card('x'), card('a', { flagged: true }), card('y')]),
    ).rejects.toThrow()
    await expectInStep(database)
    expect(cardsOfDigest(await database.cardDigest.toArray())?.find((c) => c.id === 'a')?.flagged).toBe(false)
  })

  it('stays in step under any sequence of puts, updates and deletes (property)', async () => {
    const database = await freshDb()
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'user:1', 'import:x-2')
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        ids: fc.array(id, { minLength: 1, maxLength: 4 }),
        due: fc.nat(),
      }),
      fc.record({ kind: fc.constant('update' as const), id, state: fc.constantFrom(0, 1, 2, 3) }),
      fc.record({ kind: fc.constant('delete' as const), ids: fc.array(id, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('range' as const), lower: id, upper: id }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        await database.cards.clear()
        for (const o of ops) {
          if (o.kind === 'put')
            await database.cards.bulkPut([...new Set(o.ids)].map((i) => card(i, { due: o.due })))
          else if (o.kind === 'update')
            await database.cards.update(o.id, { state: o.state as CardRecord['state'] })
          else if (o.kind === 'delete') await database.cards.bulkDelete(o.ids)
          else if (o.lower <= o.upper)
            await database.cards.where('id').between(o.lower, o.upper, true, true).delete()
        }
        await expectInStep(database)
      }),
      { numRuns: 40, seed: 20261206 },
    )
  })

  it('is filled from the cards when a version 5 database is opened', async () => {
    const name = `digest-upgrade-${Math.random().toString(36).slice(2)}`
    names.push(name)
    const old = new BackprepDb(
      name,
      schemaVersions.filter((v) => v.version <= 5),
    )
    await old.cards.bulkPut(Array.from({ length: 300 }, (_, i) => card(`import:c-${i}`, { due: t0 + i })))
    old.close()
    const upgraded = new BackprepDb(name)
    opened.push(upgraded)
    await upgraded.open()
    expect(await upgraded.cardDigest.count()).toBe(cardDigestBuckets)
    await expectInStep(upgraded)
    await upgraded.cards.put(card('import:c-7', { due: 1 }))
    await expectInStep(upgraded)
  })

  it('spreads ids over its buckets and reads back only well-formed rows', () => {
    const ids = Array.from({ length: 6400 }, (_, i) => `import:deck-${i}`)
    const sizes = new Array<number>(cardDigestBuckets).fill(0)
    for (const i of ids) sizes[digestBucketOf(i)]!++
    expect(Math.min(...sizes)).toBeGreaterThan(60)
    expect(Math.max(...sizes)).toBeLessThan(140)
    const rows = buildCardDigest(ids.slice(0, 50).map((i) => card(i)))
    expect(cardsOfDigest(rows)).toHaveLength(50)
    const first = rows.find((r) => r.id.length > 0)!
    expect(cardsOfDigest([{ ...first, due: first.due.slice(1) }])).toBeNull()
    expect(cardsOfDigest([{ ...first, source: first.source.map(() => 'elsewhere') }])).toBeNull()
    expect(cardsOfDigest([first, first])).toBeNull()
    expect(cardsOfDigest(['not a row'])).toBeNull()
  })
})
