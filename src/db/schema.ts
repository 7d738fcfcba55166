/**
 * Every version of the IndexedDB schema, oldest first. Never edit or delete a
 * version that has shipped: add a new one with an `upgrade` and a test in
 * tests/unit/db/migrations.test.ts that opens a database of the previous
 * version with today's code.
 */
import type { Transaction } from 'dexie'
import { refillCardDigest } from './card-digest'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      notes: 'itemId, updatedAt',
      bookmarks: 'itemId, createdAt',
      itemViews: 'itemId, lastViewedAt',
      settings: 'key',
    },
  },
  {
    // Flashcards: FSRS state per card, a log per grade, per-day totals, the
    // user's own cards and decks. No data changes: new tables only.
    version: 2,
    stores: {
      cards: 'id, deckId, topic, [state+due], [state+position]',
      reviewLogs: '++id, cardId, review, day',
      reviewDays: 'day',
      userCards: 'id, updatedAt',
      decks: 'id',
    },
  },
  {
    // Diagrams drawn on the canvas. New table only.
    version: 3,
    stores: {
      diagrams: 'id, updatedAt, deletedAt',
    },
  },
  {
    // Code and SQL exercises: the code being written (one draft per exercise),
    // every run kept as an attempt, and a per-exercise summary for the list.
    // New tables only.
    version: 4,
    stores: {
      exerciseDrafts: 'exerciseId, updatedAt',
      exerciseAttempts: '++id, exerciseId, [exerciseId+at]',
      exerciseProgress: 'exerciseId, status',
    },
  },
  {
    // Timed mocks: one row per mock (its items, deadline, pauses, visits and
    // result), and the answers, one row per item, saved as they change.
    // New tables only.
    version: 5,
    stores: {
      mocks: 'id, startedAt, status',
      mockAnswers: '[mockId+itemId], mockId',
    },
  },
  {
    // The card digest (db/card-digest): what the statistics need of every card, in 64 rows, kept
    // with every write to `cards`. Filled from the cards here.
    version: 6,
    stores: {
      cardDigest: 'bucket',
    },
    upgrade: (tx) => refillCardDigest(tx.table('cards'), tx.table('cardDigest')),
  },
]

export const latestVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 1
