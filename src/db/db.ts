import Dexie, { type EntityTable } from 'dexie'
import type { z } from 'zod'
import type * as rows from '../domain/backup/row-schemas'
import type { MockAnswer, MockResult } from '../domain/mock/scoring'
import type { MockSession } from '../domain/mock/session'
import type { CardRecord, ReviewLogRecord } from '../domain/scheduling/card'
import type { ReviewDay } from '../domain/scheduling/review-days'
import { reloadPage } from '../lib/page'
import { cardDigestMiddleware, type CardDigestRow } from './card-digest'
import { schemaVersions, type SchemaVersion } from './schema'

// Row types of the database's own tables, inferred from their schemas (one source with the backup reader).
export type Note = z.infer<typeof rows.noteRow>
export type Bookmark = z.infer<typeof rows.bookmarkRow>
export type ItemView = z.infer<typeof rows.itemViewRow>
export type Setting = z.infer<typeof rows.settingRow>
/** A card the user wrote: Markdown, sanitized when shown. */
export type UserCard = z.infer<typeof rows.userCardRow>
/** A deck that is not a bank topic: "My cards", or an imported deck. */
export type Deck = z.infer<typeof rows.deckRow>
/** A diagram the user drew, saved as it changes. */
export type DiagramRecord = z.infer<typeof rows.diagramRow>
/** The code a user is writing for an exercise, saved as it is typed. */
export type ExerciseDraft = z.infer<typeof rows.exerciseDraftRow>
/** One run of an exercise: the code run and how it did. */
export type ExerciseAttempt = z.infer<typeof rows.exerciseAttemptRow>
/** Per-exercise summary kept with each attempt, so the list reads one small table. */
export type ExerciseProgress = z.infer<typeof rows.exerciseProgressRow>

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
  /** Derived from `cards`, written only by db/card-digest. */
  cardDigest!: EntityTable<CardDigestRow, 'bucket'>

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
    this.use(cardDigestMiddleware)
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
