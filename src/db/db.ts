import Dexie, { type EntityTable } from 'dexie'
import type { DiagramDoc } from '../domain/diagram/model'
import type { MockAnswer, MockResult } from '../domain/mock/scoring'
import type { MockSession } from '../domain/mock/session'
import type { CardRecord, ReviewLogRecord } from '../domain/scheduling/card'
import type { ReviewDay } from '../domain/scheduling/review-days'
import { reloadPage } from '../lib/page'
import { schemaVersions, type SchemaVersion } from './schema'

export interface Note {
  itemId: string
  text: string
  updatedAt: number
}

export interface Bookmark {
  itemId: string
  createdAt: number
}

export interface ItemView {
  itemId: string
  /** The item's title when it was last opened, for "continue" without loading the bank. */
  title: string
  /** The item's topic (absent in views recorded before it was kept). */
  topic?: string
  firstViewedAt: number
  lastViewedAt: number
  count: number
}

export interface Setting {
  key: string
  value: unknown
}

/** A card the user wrote: Markdown, sanitized when shown. */
export interface UserCard {
  id: string
  /** Markdown, or HTML for cards imported with HTML (see `format`). */
  front: string
  back: string
  /** How the sides are written; absent means Markdown. */
  format?: 'markdown' | 'html'
  tags: string[]
  createdAt: number
  updatedAt: number
}

/** A deck that is not a bank topic: "My cards", or an imported deck. */
export interface Deck {
  id: string
  name: string
  kind: 'user' | 'import'
  createdAt: number
}

/** A diagram the user drew, saved as it changes. */
export interface DiagramRecord {
  id: string
  name: string
  /** The design prompt it answers, if any (a bank item id). */
  promptId: string | null
  doc: DiagramDoc
  /** Rubric points the user ticked by hand (their indexes). */
  manualTicks: number[]
  createdAt: number
  updatedAt: number
  /** Set when deleted (kept briefly so the deletion can be undone); 0 otherwise. */
  deletedAt: number
}

/** The code a user is writing for an exercise, saved as it is typed. */
export interface ExerciseDraft {
  exerciseId: string
  code: string
  updatedAt: number
}

/** One run of an exercise: the code run and how it did. */
export interface ExerciseAttempt {
  id?: number
  exerciseId: string
  at: number
  code: string
  passed: boolean
  /** Tests (code) or checks (SQL) passed, of `total`. */
  passedCount: number
  total: number
  /** A one-line summary: "5 of 7 tests pass", "Timed out after 3 s". */
  summary: string
}

/** Per-exercise summary kept with each attempt, so the list reads one small table. */
export interface ExerciseProgress {
  exerciseId: string
  status: 'attempted' | 'solved'
  attempts: number
  lastAt: number
  solvedAt: number
}

/** A timed mock: the session (see domain/mock/session) and its result once submitted. */
export interface MockRecord extends MockSession {
  result: MockResult | null
}

export type { MockResult }

export class BackprepDb extends Dexie {
  notes!: EntityTable<Note, 'itemId'>
  bookmarks!: EntityTable<Bookmark, 'itemId'>
  itemViews!: EntityTable<ItemView, 'itemId'>
  settings!: EntityTable<Setting, 'key'>
  cards!: EntityTable<CardRecord, 'id'>
  reviewLogs!: EntityTable<ReviewLogRecord, 'id'>
  reviewDays!: EntityTable<ReviewDay, 'day'>
  userCards!: EntityTable<UserCard, 'id'>
  decks!: EntityTable<Deck, 'id'>
  diagrams!: EntityTable<DiagramRecord, 'id'>
  exerciseDrafts!: EntityTable<ExerciseDraft, 'exerciseId'>
  exerciseAttempts!: EntityTable<ExerciseAttempt, 'id'>
  exerciseProgress!: EntityTable<ExerciseProgress, 'exerciseId'>
  mocks!: EntityTable<MockRecord, 'id'>
  mockAnswers!: Dexie.Table<MockAnswer, [string, string]>

  /** `versions` is for migration tests, which open a database at an older version. */
  constructor(name = 'backprep', versions: SchemaVersion[] = schemaVersions) {
    // Relaxed durability: a commit is reported once the data is handed to the
    // OS (it survives a closed tab or a browser crash), without waiting for a
    // disk flush that only matters on power loss. Keeps a grade under a frame.
    super(name, { chromeTransactionDurability: 'relaxed' })
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores)
      if (v.upgrade) declared.upgrade(v.upgrade)
    }
  }
}

export const db = new BackprepDb()

// Another tab opened a newer version of the app: close and reload so this tab
// runs the new code instead of blocking the upgrade or writing an old shape.
db.on('versionchange', () => {
  db.close()
  reloadPage()
  return false
})
