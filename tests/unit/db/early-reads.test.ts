import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ensureBankCards, takeFromPrefix, type RangePrefix } from '../../../src/db/cards'
import { db } from '../../../src/db/db'
import { expectedIdbVersion, takeEarlyReads } from '../../../src/db/early-reads'
import { rebuildCardDigest, statsCardFields } from '../../../src/db/card-digest'
import { earlyStatsData, loadStatsData, type StatsData } from '../../../src/db/stats'
import { saveSchedulingSettings } from '../../../src/db/scheduling-settings'
import { CardState, newCardRecord, type CardRecord } from '../../../src/domain/scheduling/card'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { bankCardSources, prepareSession } from '../../../src/features/review/prepare-session'
import {
  earlyDatabaseName,
  earlyContentPerRead,
  earlyDefaultLimits,
  startEarlyReads,
  type EarlyReads,
} from '../../../src/lib/early-reads'
import { writeJournal } from '../../../src/lib/journal'

// 10:00 UTC: the study day (4 AM rollover) ends 18 hours later.
const t0 = Date.UTC(2026, 2, 2, 10)
const min = 60_000
const hour = 60 * min
const day = 24 * hour

type Scope = typeof globalThis & { __backprepEarlyReads?: EarlyReads }
const scope = globalThis as Scope

const options = { userMarkdownFiles: [] }

function card(id: string, state: number, due: number, extra: Partial<CardRecord> = {}): CardRecord {
  return {
    ...newCardRecord(
      { id, deckId: 'import:t', topic: 'http', source: 'import', position: 10_000 },
      t0 - 30 * day,
    ),
    state: state as CardRecord['state'],
    due,
    stability: state === CardState.New ? 0 : 5,
    difficulty: state === CardState.New ? 0 : 5,
    reps: state === CardState.New ? 0 : 3,
    lastReview: state === CardState.New ? null : t0 - 3 * day,
    ...extra,
  }
}

/** Cards on both sides of each edge the queue's query has: the day's end, the limits, the filters. */
async function seed() {
  await ensureBankCards(bankCardSources, t0 - 30 * day)
  await db.cards.bulkPut([
    card('import:learning-now', CardState.Learning, t0 - 5 * min),
    card('import:learning-tonight', CardState.Learning, t0 + 3 * hour),
    card('import:learning-tomorrow', CardState.Learning, t0 + 30 * hour),
    card('import:relearning', CardState.Relearning, t0 + 10 * min),
    card('import:review-overdue', CardState.Review, t0 - 2 * day),
    card('import:review-due', CardState.Review, t0 - 1 * hour),
    card('import:review-suspended', CardState.Review, t0 - 3 * day, { suspended: true }),
    card('import:review-buried', CardState.Review, t0 - 3 * day, { buriedUntil: t0 + 5 * hour }),
    card('import:review-in-3-days', CardState.Review, t0 + 3 * day),
    card('import:new-1', CardState.New, t0, { position: 10_001 }),
  ])
  await db.reviewDays.put({
    // Today, 2 March 2026, in days since the epoch.
    day: 20_514,
    reviews: 4,
    newCards: 2,
    learning: 1,
    review: 1,
    relearning: 0,
    youngPass: 1,
    youngFail: 0,
    maturePass: 0,
    matureFail: 0,
  })
}

const ids = (q: { learning: readonly CardRecord[]; main: readonly CardRecord[] }) => ({
  learning: q.learning.map((c) => c.id),
  main: q.main.map((c) => c.id),
})

async function earlyDone() {
  await scope.__backprepEarlyReads?.result
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(t0)
  localStorage.clear()
  delete scope.__backprepEarlyReads
  await db.open()
  await Promise.all(db.tables.map((t) => t.clear()))
  history.replaceState(null, '', '/review')
})
afterEach(() => {
  vi.useRealTimers()
  delete scope.__backprepEarlyReads
  history.replaceState(null, '', '/')
})

describe('reads started by the page head before the app has loaded', () => {
  it('give the review queue exactly what the app reads itself', async () => {
    await seed()
    await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 3 })
    startEarlyReads(options)
    const early = await prepareSession({})
    expect(scope.__backprepEarlyReads).toBeUndefined()
    const read = await prepareSession({})
    expect(ids(early.queue)).toEqual(ids(read.queue))
    expect(early.context.day).toBe(read.context.day)
    // The edges were there to be crossed: the day's end, the filters, the new-card limit.
    expect(ids(read.queue).learning).toEqual([
      'import:learning-now',
      'import:relearning',
      'import:learning-tonight',
    ])
    expect(ids(read.queue).main).toContain('import:review-overdue')
    expect(ids(read.queue).main).not.toContain('import:review-suspended')
    expect(ids(read.queue).main).not.toContain('import:review-buried')
    // Three new cards a day, two of them studied today (the day's totals): one bank card left.
    expect(ids(read.queue).main.filter((id) => !id.startsWith('import:'))).toHaveLength(1)
  })

  it('read as many reviews and new cards as the queue’s own first read, sized by the stored limits', async () => {
    await seed()
    await saveSchedulingSettings({ ...defaultSchedulingSettings, reviewsPerDay: 40, newPerDay: 50 })
    // More reviews due than the early read takes: its first 80 (twice the limit) answer the query.
    await db.cards.bulkPut(
      Array.from({ length: 100 }, (_, i) =>
        card(`import:due-${String(i).padStart(3, '0')}`, CardState.Review, t0 - (i + 1) * hour),
      ),
    )
    startEarlyReads(options)
    const result = await scope.__backprepEarlyReads?.result
    expect(result?.counts).toEqual({ userCards: 1, reviews: 80, newCards: 100 })
    expect(result?.rows.reviews).toHaveLength(80)
    const early = await prepareSession({})
    expect(ids(early.queue)).toEqual(ids((await prepareSession({})).queue))
    // 40 reviews a day, one done today (the day's totals): 39 of the 102 due.
    expect(ids(early.queue).main.filter((id) => /^import:(due|review)-/.test(id))).toHaveLength(39)
  })

  it('carry the text of the first user cards of each range, for the first card to show without Dexie', async () => {
    await seed()
    const text = (id: string) => ({
      id,
      front: `Front of ${id}`,
      back: 'Back',
      tags: [],
      createdAt: t0,
      updatedAt: t0,
    })
    // Nine due reviews with text: the first eight by due are read, the ninth is not.
    const reviews = Array.from({ length: 9 }, (_, i) =>
      card(`import:early-${i}`, CardState.Review, t0 - 10 * day + i * hour),
    )
    await db.cards.bulkPut(reviews)
    await db.userCards.bulkPut([
      text('import:learning-now'),
      text('import:relearning'),
      text('import:new-1'),
      ...reviews.map((c) => text(c.id)),
    ])
    startEarlyReads(options)
    const result = await scope.__backprepEarlyReads?.result
    const read = (result?.rows.userCardContent as { id: string }[]).map((r) => r.id).sort()
    expect(read).toEqual(
      [
        'import:learning-now',
        'import:relearning',
        ...reviews.slice(0, earlyContentPerRead).map((c) => c.id),
      ].sort(),
    )
    // The new cards' first eight are bank cards (bank order comes first): 'import:new-1' is not read.
    expect(read).not.toContain('import:new-1')
  })

  it('are what the queue uses, once: a change after them shows in the next read, not the first', async () => {
    await seed()
    startEarlyReads(options)
    await earlyDone()
    await db.cards.put(card('import:late', CardState.Learning, t0 - min))
    const early = await prepareSession({})
    expect(ids(early.queue).learning).not.toContain('import:late')
    expect(ids((await prepareSession({})).queue).learning).toContain('import:late')
  })

  it('give way to a read of its own when they cannot cover the session (reviewing days ahead)', async () => {
    await seed()
    startEarlyReads(options)
    const ahead = await prepareSession({ reviewAheadDays: 5 })
    expect(ids(ahead.queue).main).toContain('import:review-in-3-days')
  })

  it('give way when the bank has cards without rows yet, which the session then adds', async () => {
    await db.cards.put(card('import:learning-now', CardState.Learning, t0 - 5 * min))
    startEarlyReads(options)
    const early = await prepareSession({})
    expect(await db.cards.count()).toBe(bankCardSources.length + 1)
    expect(ids(early.queue)).toEqual(ids((await prepareSession({})).queue))
  })

  it('give the statistics the same data as their own read, from the card digest', async () => {
    await seed()
    history.replaceState(null, '', '/stats')
    startEarlyReads(options)
    const early = await earlyStatsData(bankCardSources)
    expect(early).not.toBeNull()
    const live = await loadStatsData(bankCardSources)
    expect(live.digestStale).toBe(false)
    // The digest keeps only what the statistics read, bucket by bucket.
    const statsFields = (data: StatsData) => ({
      ...data,
      cards: data.cards
        .map((c) => Object.fromEntries(statsCardFields.map((f) => [f, c[f]])))
        .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    })
    expect(statsFields(early!)).toEqual(statsFields(live))
    expect(early!.cards).toHaveLength(bankCardSources.length + 10)
  })

  it('give the statistics nothing when the digest does not hold every card; their own read rebuilds it', async () => {
    await seed()
    // A write around Dexie (as the bench seeds): the digest does not know the card.
    const idb = db.backendDB()
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('cards', 'readwrite')
      tx.objectStore('cards').put(card('import:raw', CardState.Review, t0 - day))
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    history.replaceState(null, '', '/stats')
    startEarlyReads(options)
    expect(await earlyStatsData(bankCardSources)).toBeNull()
    expect((await loadStatsData(bankCardSources)).digestStale).toBe(true)
    await rebuildCardDigest(db)
    expect((await loadStatsData(bankCardSources)).digestStale).toBe(false)
    startEarlyReads(options)
    const early = await earlyStatsData(bankCardSources)
    expect(early?.cards.map((c) => c.id)).toContain('import:raw')
  })

  it('give the statistics nothing when the digest is malformed', async () => {
    await seed()
    await db.cardDigest.put({ ...(await db.cardDigest.get(0))!, state: ['learning'] as never })
    history.replaceState(null, '', '/stats')
    startEarlyReads(options)
    expect(await earlyStatsData(bankCardSources)).toBeNull()
  })

  it('start nothing while the journal holds a change to replay first, or on a screen that needs none', async () => {
    writeJournal('note:http-tcp', 'three-way handshake', t0)
    startEarlyReads(options)
    expect(scope.__backprepEarlyReads).toBeUndefined()
    localStorage.clear()
    history.replaceState(null, '', '/bank')
    startEarlyReads(options)
    expect(scope.__backprepEarlyReads).toBeUndefined()
  })

  it('are not used for another path, when old, or from another schema version', async () => {
    const reads = (at: number, version = expectedIdbVersion): EarlyReads => ({
      path: '/review',
      at,
      result: Promise.resolve({ version, rows: { settings: [] }, counts: {} }),
    })
    scope.__backprepEarlyReads = reads(t0)
    expect(takeEarlyReads('/stats')).toBeNull()
    scope.__backprepEarlyReads = reads(t0 - 6_000)
    expect(takeEarlyReads('/review')).toBeNull()
    scope.__backprepEarlyReads = reads(t0, expectedIdbVersion + 10)
    expect(await takeEarlyReads('/review')).toBeNull()
    scope.__backprepEarlyReads = reads(t0)
    expect(await takeEarlyReads('/review')).not.toBeNull()
    expect(takeEarlyReads('/review')).toBeNull()
  })

  it('read the app database at the version Dexie opens it, with the app’s default limits', async () => {
    expect(earlyDefaultLimits).toEqual({
      newPerDay: defaultSchedulingSettings.newPerDay,
      reviewsPerDay: defaultSchedulingSettings.reviewsPerDay,
    })
    expect(earlyDatabaseName).toBe(db.name)
    expect(db.backendDB().version).toBe(expectedIdbVersion)
  })

  it('create no database on a first visit', async () => {
    db.close()
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(earlyDatabaseName)
      request.onsuccess = resolve
      request.onerror = resolve
    })
    try {
      startEarlyReads(options)
      expect(await scope.__backprepEarlyReads?.result).toBeNull()
      const names = (await indexedDB.databases()).map((d) => d.name)
      expect(names).not.toContain(earlyDatabaseName)
    } finally {
      await db.open()
    }
  })
})

describe('a range read in part answers a query on it', () => {
  const cards = [1, 2, 3, 4, 5].map((n) =>
    card(`c${n}`, CardState.Review, t0 + n * hour, { suspended: n === 2 }),
  )
  const byDue = (c: CardRecord) => c.due
  const active = (c: CardRecord) => !c.suspended
  const prefix = (rows: CardRecord[], complete: boolean): RangePrefix => ({ rows, upper: t0 + day, complete })

  it('when the kept cards reach the limit, or a row lies past the end of the query', () => {
    expect(
      takeFromPrefix(prefix(cards.slice(0, 3), false), t0 + day, byDue, 2, active)?.map((c) => c.id),
    ).toEqual(['c1', 'c3'])
    expect(takeFromPrefix(prefix(cards, false), t0 + 3 * hour, byDue, 10, active)?.map((c) => c.id)).toEqual([
      'c1',
      'c3',
    ])
    expect(takeFromPrefix(prefix(cards, true), t0 + day, byDue, 10, active)).toHaveLength(4)
  })

  it('not when more rows may follow, or the query reaches past what was read', () => {
    expect(takeFromPrefix(prefix(cards.slice(0, 3), false), t0 + day, byDue, 3, active)).toBeNull()
    expect(takeFromPrefix(prefix(cards, true), t0 + 2 * day, byDue, 3, active)).toBeNull()
  })
})
