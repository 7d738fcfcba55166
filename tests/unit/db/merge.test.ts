import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup } from '../../../src/db/backup'
import { db } from '../../../src/db/db'
import { mergeBackup, previewMerge } from '../../../src/db/merge'
import { saveSchedulingSettings } from '../../../src/db/scheduling-settings'
import {
  backupTables,
  readBackup,
  serializeBackup,
  type BackupFile,
} from '../../../src/domain/backup/backup-file'
import { describeMerge, isNothingNew, reviewKey } from '../../../src/domain/backup/merge'
import { newCardRecord, type CardRecord, type GradeValue } from '../../../src/domain/scheduling/card'
import { countLog, emptyReviewDay } from '../../../src/domain/scheduling/review-days'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'

const t0 = Date.parse('2026-03-02T09:00:00Z')
const minute = 60_000
const day = 86_400_000
const scheduler = createScheduler(defaultSchedulingSettings)

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

async function snapshot() {
  return Object.fromEntries(
    await Promise.all(backupTables.map(async (t) => [t, await db.table(t).toArray()])),
  )
}

/** Grades as the review screen stores them: the card, its log and the day's totals. */
async function grade(cardId: string, at: number, rating: GradeValue) {
  const before: CardRecord =
    (await db.cards.get(cardId)) ??
    newCardRecord({ id: cardId, deckId: 'topic:http', topic: 'http', source: 'bank', position: 0 }, t0 - day)
  const d = Math.floor(at / day)
  const outcome = scheduler.grade(before, rating, at, d)
  await db.cards.put(outcome.card)
  await db.reviewLogs.add(outcome.log)
  await db.reviewDays.put(countLog((await db.reviewDays.get(d)) ?? emptyReviewDay(d), outcome.log))
}

/** A backup file as the other device would write it, read back through readBackup. */
async function otherDevice(fill: () => Promise<void>): Promise<BackupFile> {
  const mine = await exportBackup(t0)
  await Promise.all(db.tables.map((t) => t.clear()))
  await fill()
  const theirs = readBackup(serializeBackup(await exportBackup(t0 + 5 * day)))
  await Promise.all(db.tables.map((t) => t.clear()))
  for (const t of backupTables) await db.table(t).bulkAdd(mine.tables[t])
  if (!theirs.ok) throw new Error(theirs.error)
  return theirs.backup
}

describe('merging a backup into the database', () => {
  it('adds the other device’s reviews, reschedules, recounts the day, keeps settings, and is idempotent', async () => {
    await grade('x', t0, 3)
    await db.notes.put({ itemId: 'n', text: 'mine, older', updatedAt: t0 })
    await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 7 })
    const file = await otherDevice(async () => {
      await grade('x', t0 + 2 * day, 1)
      await grade('y', t0 + 2 * day + minute, 4)
      await db.notes.put({ itemId: 'n', text: 'theirs, newer', updatedAt: t0 + day })
      await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 99 })
    })

    const preview = await previewMerge(file)
    expect(describeMerge(preview)).toBe(
      '2 reviews new to this device, 1 card rescheduled, 1 card added, 1 note updated',
    )
    const before = await snapshot()
    expect(await snapshot()).toEqual(before) // the preview wrote nothing

    await mergeBackup(file)
    const logs = await db.reviewLogs.toArray()
    expect(logs.map(reviewKey).sort()).toEqual(
      (
        [
          { cardId: 'x', review: t0, rating: 3 },
          { cardId: 'x', review: t0 + 2 * day, rating: 1 },
          { cardId: 'y', review: t0 + 2 * day + minute, rating: 4 },
        ] as const
      )
        .map(reviewKey)
        .sort(),
    )
    expect((await db.cards.get('x'))?.reps).toBe(2)
    expect((await db.notes.get('n'))?.text).toBe('theirs, newer')
    expect((await db.settings.get('scheduling'))?.value).toMatchObject({ newPerDay: 7 })
    const otherDay = Math.floor((t0 + 2 * day) / day)
    expect(await db.reviewDays.get(otherDay)).toMatchObject({ reviews: 2, newCards: 1 })

    const after = await snapshot()
    const again = await mergeBackup(file)
    expect(isNothingNew(again)).toBe(true)
    expect(await snapshot()).toEqual(after)
  })

  it('is all or nothing: a row the database refuses part-way leaves everything as it was', async () => {
    await grade('x', t0, 3)
    await db.notes.put({ itemId: 'kept', text: 'still here', updatedAt: t0 })
    const file = await otherDevice(async () => {
      await grade('x', t0 + day, 3)
      await db.notes.put({ itemId: 'kept', text: 'would replace it', updatedAt: t0 + day })
    })
    // After the cards, logs, days and notes are written, a bookmark whose key IndexedDB cannot store.
    const bad: BackupFile = {
      ...file,
      tables: { ...file.tables, bookmarks: [{ itemId: {}, createdAt: t0 }] },
    }
    const before = await snapshot()
    await expect(mergeBackup(bad)).rejects.toThrow()
    expect(await snapshot()).toEqual(before)
  })
})
