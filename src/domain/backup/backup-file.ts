/**
 * The backup file: everything a user has, in one versioned JSON file. Read
 * here, refused with a message naming the problem, and summarised before
 * anything is restored. Pure: the database side lives in src/db/backup.ts.
 */
import { z } from 'zod'
import {
  describeValue,
  formatPath,
  isRecord,
  jsonProblem,
  megabytes,
  plainIssueMessage,
  utf8Length,
} from '../validation/plain-errors.ts'
import { settingProblem } from '../settings/stored-settings.ts'
import * as rows from './row-schemas.ts'

export const backupFormat = 'backprep-backup'
/** The newest backup format this code writes and reads. */
export const backupVersion = 1
/** Larger than any real backup by far: a bigger file is not one, or is damaged. */
export const maxBackupBytes = 200_000_000

/** Every table a backup holds, in the order a summary lists them. */
export const backupTables = [
  'cards',
  'reviewLogs',
  'reviewDays',
  'userCards',
  'decks',
  'diagrams',
  'mocks',
  'mockAnswers',
  'exerciseAttempts',
  'exerciseProgress',
  'exerciseDrafts',
  'notes',
  'bookmarks',
  'itemViews',
  'settings',
] as const
export type BackupTable = (typeof backupTables)[number]

export const backupTableLabels: Record<BackupTable, string> = {
  cards: 'cards with their scheduling',
  reviewLogs: 'reviews',
  reviewDays: 'days of study',
  userCards: 'cards you wrote or imported',
  decks: 'decks',
  diagrams: 'diagrams',
  mocks: 'mocks',
  mockAnswers: 'mock answers',
  exerciseAttempts: 'exercise runs',
  exerciseProgress: 'exercises tried',
  exerciseDrafts: 'exercise drafts',
  notes: 'notes',
  bookmarks: 'bookmarks',
  itemViews: 'items opened',
  settings: 'settings',
}

export interface BackupFile {
  format: typeof backupFormat
  version: number
  exportedAt: number
  /** The database schema version it was taken from (for the record). */
  schemaVersion: number
  tables: Record<BackupTable, Record<string, unknown>[]>
}

/**
 * The shape of each table's rows (domain/backup/row-schemas), checked in
 * full; fields this version does not know are kept (a later version may add
 * some).
 */
const rowSchemas: Record<BackupTable, z.ZodType<Record<string, unknown>>> = {
  cards: rows.cardRow.loose(),
  reviewLogs: rows.reviewLogRow.loose(),
  reviewDays: rows.reviewDayRow.loose(),
  userCards: rows.userCardRow.loose(),
  decks: rows.deckRow.loose(),
  diagrams: rows.diagramRow.loose(),
  mocks: rows.mockRow.loose(),
  mockAnswers: rows.mockAnswerRow.loose(),
  exerciseAttempts: rows.exerciseAttemptRow.loose(),
  exerciseProgress: rows.exerciseProgressRow.loose(),
  exerciseDrafts: rows.exerciseDraftRow.loose(),
  notes: rows.noteRow.loose(),
  bookmarks: rows.bookmarkRow.loose(),
  itemViews: rows.itemViewRow.loose(),
  settings: rows.settingRow.loose(),
}

/** Each table's key: rows with the same key would overwrite each other. */
const keyOf: Record<BackupTable, (row: Record<string, unknown>) => unknown> = {
  cards: (r) => r.id,
  reviewLogs: (r) => r.id,
  reviewDays: (r) => r.day,
  userCards: (r) => r.id,
  decks: (r) => r.id,
  diagrams: (r) => r.id,
  mocks: (r) => r.id,
  mockAnswers: (r) => `${String(r.mockId)} / ${String(r.itemId)}`,
  exerciseAttempts: (r) => r.id,
  exerciseProgress: (r) => r.exerciseId,
  exerciseDrafts: (r) => r.exerciseId,
  notes: (r) => r.itemId,
  bookmarks: (r) => r.itemId,
  itemViews: (r) => r.itemId,
  settings: (r) => r.key,
}

/**
 * Upgrades from each older format version to the next, oldest first. There
 * is only version 1 so far; a version 2 adds `1: (raw) => …` here and a
 * fixture of a version 1 file to the tests.
 */
const upgraders: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {}

export interface BackupSummary {
  exportedAt: number
  version: number
  counts: { table: BackupTable; label: string; rows: number }[]
  /** The first and the last review in it, if any. */
  reviewSpan: { from: number; to: number } | null
}

export type ReadBackupResult =
  { ok: true; backup: BackupFile; summary: BackupSummary } | { ok: false; error: string }

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup)
}

/**
 * Reads a backup file. Never throws: a file it cannot use gives `ok: false`
 * and one message naming the problem, with where it is for a bad row.
 */
export function readBackup(text: string): ReadBackupResult {
  const fail = (error: string): ReadBackupResult => ({ ok: false, error })
  const bytes = text.length > maxBackupBytes ? text.length : utf8Length(text)
  if (bytes > maxBackupBytes)
    return fail(
      `This file is too large (${megabytes(bytes)}); a backup is at most ${megabytes(maxBackupBytes)}.`,
    )
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fail(jsonProblem(text, error))
  }
  if (!isRecord(data)) return fail('This is not a Backprep backup: it is JSON, but not an object.')
  if (data.format !== backupFormat) {
    return fail(
      data.format === undefined
        ? `This is not a Backprep backup: it has no "format": "${backupFormat}".`
        : `This is not a Backprep backup: its format is ${describeValue(data.format)}, not '${backupFormat}'.`,
    )
  }
  const version = data.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(
      `This backup has an unknown version (${describeValue(version)}); versions are whole numbers from 1.`,
    )
  if (version > backupVersion)
    return fail(
      `This backup was made by a newer Backprep (backup version ${version}); this one reads up to version ${backupVersion}. Update the app, then import it.`,
    )
  let raw: Record<string, unknown> = data
  for (let v = version; v < backupVersion; v++) {
    const upgrade = upgraders[v]
    if (!upgrade) return fail(`This backup's version (${v}) cannot be read any more.`)
    raw = upgrade(raw)
  }
  if (typeof raw.exportedAt !== 'number')
    return fail('exportedAt: must be a number (when the backup was made).')
  if (!isRecord(raw.tables)) return fail('tables: is missing, so the file holds no data.')
  const tables = {} as BackupFile['tables']
  for (const table of backupTables) {
    const rows = raw.tables[table] ?? []
    if (!Array.isArray(rows)) return fail(`tables.${table}: must be a list, not ${describeValue(rows)}.`)
    const parsed = z.array(rowSchemas[table]).safeParse(rows, { error: plainIssueMessage })
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      return fail(
        first
          ? `${formatPath([table, ...first.path])}: ${first.message}.`
          : `tables.${table}: its rows do not have the shape of Backprep's ${backupTableLabels[table]}.`,
      )
    }
    if (table === 'settings') {
      for (const [i, row] of parsed.data.entries()) {
        const problem = settingProblem(String(row.key), row.value)
        if (problem) return fail(`settings[${i}] ('${String(row.key)}'): ${problem}.`)
      }
    }
    const seen = new Map<unknown, number>()
    for (const [i, row] of parsed.data.entries()) {
      const key = keyOf[table](row)
      if (key === undefined) continue
      const earlier = seen.get(key)
      if (earlier !== undefined)
        return fail(`${table}[${i}]: the same key as ${table}[${earlier}] (${String(key)}).`)
      seen.set(key, i)
    }
    tables[table] = parsed.data
  }
  const unknownTables = Object.keys(raw.tables).filter(
    (t) => !(backupTables as readonly string[]).includes(t),
  )
  if (unknownTables.length > 0)
    return fail(
      `tables.${unknownTables[0]}: not a table Backprep knows; this backup may come from a newer version.`,
    )

  const backup: BackupFile = {
    format: backupFormat,
    version: backupVersion,
    exportedAt: raw.exportedAt,
    schemaVersion: typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0,
    tables,
  }
  return { ok: true, backup, summary: summarizeBackup(backup) }
}

export function summarizeBackup(backup: BackupFile): BackupSummary {
  let from = Number.POSITIVE_INFINITY
  let to = Number.NEGATIVE_INFINITY
  for (const log of backup.tables.reviewLogs) {
    const at = log.review as number
    if (at < from) from = at
    if (at > to) to = at
  }
  return {
    exportedAt: backup.exportedAt,
    version: backup.version,
    counts: backupTables.map((table) => ({
      table,
      label: backupTableLabels[table],
      rows: backup.tables[table].length,
    })),
    reviewSpan: Number.isFinite(from) ? { from, to } : null,
  }
}
