import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, restoreBackup } from '../../../src/db/backup'
import { bankCardsFingerprint, bankCardsPresentKey, ensureBankCards } from '../../../src/db/cards'
import { recordBackupMade } from '../../../src/db/backup-status'
import { db } from '../../../src/db/db'
import {
  backupTables,
  readBackup,
  serializeBackup,
  type BackupFile,
} from '../../../src/domain/backup/backup-file'
import { topicIds } from '../../../src/domain/content/topics'

const t0 = Date.UTC(2026, 10, 21, 12)

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

async function snapshot() {
  return Object.fromEntries(
    await Promise.all(backupTables.map(async (t) => [t, await db.table(t).toArray()])),
  )
}

const timeArb = fc.integer({ min: t0 - 400 * 86_400_000, max: t0 })
const cardArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  deckId: fc.constantFrom('topic:caching', 'mine', 'import:deck-1'),
  topic: fc.option(fc.constantFrom(...topicIds), { nil: null }),
  source: fc.constantFrom('bank' as const, 'user' as const, 'import' as const),
  position: fc.nat(),
  createdAt: timeArb,
  due: timeArb,
  stability: fc.double({ min: 0, max: 1000, noNaN: true }),
  difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
  elapsedDays: fc.nat(400),
  scheduledDays: fc.nat(400),
  learningSteps: fc.nat(3),
  reps: fc.nat(50),
  lapses: fc.nat(10),
  state: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  lastReview: fc.option(timeArb, { nil: null }),
  suspended: fc.boolean(),
  buriedUntil: fc.constant(0),
  flagged: fc.boolean(),
  leech: fc.boolean(),
})
const logArb = fc.record({
  cardId: fc.string({ minLength: 1, maxLength: 12 }),
  rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  state: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  due: timeArb,
  stability: fc.double({ min: 0, max: 100, noNaN: true }),
  difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
  elapsedDays: fc.nat(100),
  lastElapsedDays: fc.nat(100),
  scheduledDays: fc.nat(100),
  learningSteps: fc.nat(3),
  review: timeArb,
  day: fc.nat(30_000),
  lastIntervalDays: fc.nat(100),
})
const noteArb = fc.record({
  itemId: fc.string({ minLength: 1, maxLength: 12 }),
  text: fc.string(),
  updatedAt: timeArb,
})
const userCardArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  front: fc.string(),
  back: fc.string(),
  tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  createdAt: timeArb,
  updatedAt: timeArb,
})
const diagramArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  name: fc.string({ maxLength: 30 }),
  promptId: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }),
  doc: fc.record({
    version: fc.constant(1),
    nodes: fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        kind: fc.constantFrom('service', 'cache', 'sql-db'),
        label: fc.string({ maxLength: 20 }),
        x: fc.integer({ min: -2000, max: 2000 }),
        y: fc.integer({ min: -2000, max: 2000 }),
        width: fc.nat(400),
        height: fc.nat(400),
        properties: fc.constant([] as { key: string; value: string }[]),
      }),
      { maxLength: 4 },
    ),
    edges: fc.constant([] as never[]),
  }),
  manualTicks: fc.array(fc.nat(10), { maxLength: 3 }),
  createdAt: timeArb,
  updatedAt: timeArb,
  deletedAt: fc.constant(0),
})

describe('backup and restore', () => {
  it('export then import into an empty database gives the same data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(cardArb, { selector: (c) => c.id, maxLength: 12 }),
        fc.array(logArb, { maxLength: 15 }),
        fc.uniqueArray(noteArb, { selector: (n) => n.itemId, maxLength: 5 }),
        fc.uniqueArray(userCardArb, { selector: (c) => c.id, maxLength: 4 }),
        fc.uniqueArray(diagramArb, { selector: (d) => d.id, maxLength: 3 }),
        async (cards, logs, notes, userCards, diagrams) => {
          await Promise.all(db.tables.map((t) => t.clear()))
          await db.cards.bulkAdd(cards)
          await db.reviewLogs.bulkAdd(logs)
          await db.notes.bulkAdd(notes)
          await db.userCards.bulkAdd(userCards)
          await db.diagrams.bulkAdd(diagrams)
          const before = await snapshot()

          const text = serializeBackup(await exportBackup(t0))
          await Promise.all(db.tables.map((t) => t.clear()))
          const read = readBackup(text)
          if (!read.ok) throw new Error(read.error)
          await restoreBackup(read.backup)
          expect(await snapshot()).toEqual(before)
        },
      ),
      { seed: 20261121, numRuns: 40 },
    )
  })

  it('replaces what was there, keeping this browser’s last-backup time', async () => {
    await db.notes.put({ itemId: 'old', text: 'from the backup', updatedAt: t0 })
    const backup = await exportBackup(t0)
    await db.notes.clear()
    await db.notes.put({ itemId: 'new', text: 'written since', updatedAt: t0 })
    await recordBackupMade(t0 + 5)
    await restoreBackup(backup)
    expect(await db.notes.toArray()).toEqual([{ itemId: 'old', text: 'from the backup', updatedAt: t0 }])
    expect((await db.settings.get('lastBackupAt'))?.value).toBe(t0 + 5)
  })

  it('leaves out this device’s note of its bank card rows, and a restore drops it so the cards are checked again', async () => {
    const items = [{ id: 'http-a', topic: 'http' as const, position: 0 }]
    await ensureBankCards(items, t0)
    const backup = await exportBackup(t0)
    expect(backup.tables.settings.map((r) => r.key)).not.toContain(bankCardsPresentKey)
    // A backup from a device without the bank's rows (or edited to carry the note) restored here:
    const doctored = {
      ...backup,
      tables: {
        ...backup.tables,
        cards: [],
        settings: [{ key: bankCardsPresentKey, value: bankCardsFingerprint(items) }],
      },
    }
    await restoreBackup(doctored)
    expect(await db.settings.get(bankCardsPresentKey)).toBeUndefined()
    expect(await ensureBankCards(items, t0)).toBe(1)
  })

  it('is all or nothing: a restore that fails part-way changes nothing', async () => {
    await db.notes.put({ itemId: 'kept', text: 'still here', updatedAt: t0 })
    const before = await snapshot()
    const good = await exportBackup(t0)
    const empty = Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupFile['tables']
    // Valid rows for the first tables, then one the database itself refuses (a key IndexedDB cannot store).
    const bad: BackupFile = {
      ...good,
      tables: {
        ...empty,
        cards: [],
        notes: [{ itemId: 'a', text: 'x', updatedAt: 1 }],
        settings: [{ key: {} }],
      },
    }
    await expect(restoreBackup(bad)).rejects.toThrow()
    expect(await snapshot()).toEqual(before)
  })
})
