// Every schema version must open a database written by the version before it.
// For each new version: add a fixture of the previous shape here, open it with
// today's code, and assert the upgraded data.
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { BackprepDb } from '../../../src/db/db'
import { latestVersion, schemaVersions } from '../../../src/db/schema'

let names: string[] = []
const freshName = () => {
  const name = `migration-${names.length}-${Math.random().toString(36).slice(2)}`
  names.push(name)
  return name
}

afterEach(async () => {
  await Promise.all(names.map((n) => Dexie.delete(n)))
  names = []
})

/** A database as the app at `version` wrote it. */
async function openAt(name: string, version: number): Promise<BackprepDb> {
  const db = new BackprepDb(
    name,
    schemaVersions.filter((v) => v.version <= version),
  )
  await db.open()
  return db
}

describe('database schema', () => {
  it('opens a version 2 database with today’s code and keeps its cards', async () => {
    const name = freshName()
    const old = await openAt(name, 2)
    await old.cards.put({
      id: 'http-a',
      deckId: 'topic:http',
      topic: 'http',
      source: 'bank',
      position: 0,
      createdAt: 1,
      due: 5,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: 1,
      suspended: false,
      buriedUntil: 0,
      flagged: false,
      leech: false,
    })
    await old.reviewLogs.add({
      cardId: 'http-a',
      rating: 3,
      state: 0,
      due: 0,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      review: 1,
      day: 1,
      lastIntervalDays: 0,
    })
    old.close()

    const db = new BackprepDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion)
    expect((await db.cards.get('http-a'))?.stability).toBe(2)
    expect(await db.reviewLogs.count()).toBe(1)
    // Version 3 added diagrams, empty at first.
    expect(await db.diagrams.count()).toBe(0)
    db.close()
  })

  it('opens a version 3 database with today’s code and keeps its diagrams (v3 → latest)', async () => {
    const name = freshName()
    const old = await openAt(name, 3)
    await old.diagrams.put({
      id: 'diagram-1',
      name: 'URL shortener',
      promptId: null,
      doc: { version: 1, nodes: [], edges: [], viewport: { x: 0, y: 0, zoom: 1 } },
      manualTicks: [2],
      createdAt: 1,
      updatedAt: 2,
      deletedAt: 0,
    })
    old.close()

    const db = new BackprepDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion)
    expect((await db.diagrams.get('diagram-1'))?.manualTicks).toEqual([2])
    // Version 4 added the exercise tables, empty at first.
    expect(await db.exerciseDrafts.count()).toBe(0)
    expect(await db.exerciseAttempts.count()).toBe(0)
    expect(await db.exerciseProgress.count()).toBe(0)
    db.close()
  })

  it('opens a version 4 database with today’s code and keeps its exercise work (v4 → latest)', async () => {
    const name = freshName()
    const old = await openAt(name, 4)
    await old.exerciseDrafts.put({
      exerciseId: 'code-token-bucket',
      code: 'export class TokenBucket {}',
      updatedAt: 3,
    })
    await old.exerciseProgress.put({
      exerciseId: 'code-token-bucket',
      status: 'solved',
      attempts: 2,
      lastAt: 4,
      solvedAt: 4,
    })
    old.close()

    const db = new BackprepDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion)
    expect((await db.exerciseDrafts.get('code-token-bucket'))?.code).toBe('export class TokenBucket {}')
    expect((await db.exerciseProgress.get('code-token-bucket'))?.status).toBe('solved')
    // Version 5 added the mock tables, empty at first.
    expect(await db.mocks.count()).toBe(0)
    expect(await db.mockAnswers.count()).toBe(0)
    db.close()
  })

  it('declares versions in increasing order, ending at the latest', () => {
    const versions = schemaVersions.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(versions.at(-1)).toBe(latestVersion)
  })

  it('opens a version 1 database with today’s code and keeps its data (v1 → latest)', async () => {
    const name = freshName()
    const old = await openAt(name, 1)
    await old.notes.put({ itemId: 'http-tcp-vs-udp', text: 'three-way handshake', updatedAt: 1 })
    await old.bookmarks.put({ itemId: 'caching-ttl-jitter', createdAt: 2 })
    await old.itemViews.put({
      itemId: 'http-tcp-vs-udp',
      title: 'TCP vs UDP',
      firstViewedAt: 1,
      lastViewedAt: 3,
      count: 2,
    })
    old.close()

    const db = new BackprepDb(name)
    await db.open()
    expect(db.verno).toBe(latestVersion)
    expect(await db.notes.get('http-tcp-vs-udp')).toEqual({
      itemId: 'http-tcp-vs-udp',
      text: 'three-way handshake',
      updatedAt: 1,
    })
    expect(await db.bookmarks.count()).toBe(1)
    expect((await db.itemViews.get('http-tcp-vs-udp'))?.count).toBe(2)
    // Version 2 added the flashcard tables, empty until cards are studied.
    expect(await db.cards.count()).toBe(0)
    expect(await db.reviewLogs.count()).toBe(0)
    db.close()
  })
})
