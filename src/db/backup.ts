/**
 * Backup and restore of the whole database: read in one transaction, and
 * restored in one transaction that replaces everything, all or nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Table } from 'dexie'
import {
  backupFormat,
  backupTables,
  backupVersion,
  type BackupFile,
  type BackupTable,
} from '../domain/backup/backup-file'
import { db } from './db'
import { latestVersion } from './schema'

function tableOf(name: BackupTable): Table<Record<string, unknown>, unknown> {
  return db.table(name)
}

const lastBackupKey = 'lastBackupAt'
const reminderKey = 'backupReminderDismissedAt'

/** Everything, as one backup file (read in one transaction, so it is consistent). */
export async function exportBackup(at: number): Promise<BackupFile> {
  const tables = await db.transaction('r', backupTables.map(tableOf), async () => {
    const rows = await Promise.all(backupTables.map((t) => tableOf(t).toArray()))
    return Object.fromEntries(backupTables.map((t, i) => [t, rows[i] ?? []])) as BackupFile['tables']
  })
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: at,
    schemaVersion: latestVersion,
    tables,
  }
}

/** Notes that a backup was saved: the reminder counts from here. */
export async function recordBackupMade(at: number): Promise<void> {
  await db.settings.put({ key: lastBackupKey, value: at })
}

/**
 * Replaces everything in this browser with the backup's contents, in one
 * transaction: if any write fails, nothing has changed. The time of the
 * last backup is kept as this browser's, not the file's.
 */
export async function restoreBackup(backup: BackupFile): Promise<void> {
  await db.transaction('rw', backupTables.map(tableOf), async () => {
    const lastBackup = await db.settings.get(lastBackupKey)
    for (const t of backupTables) {
      const table = tableOf(t)
      await table.clear()
      await table.bulkAdd(backup.tables[t])
    }
    if (lastBackup) await db.settings.put(lastBackup)
  })
}

export interface BackupStatus {
  lastBackupAt: number | null
  dismissedAt: number | null
  /** When the user started (the first review, card or diagram), to not nag a brand-new user. */
  firstUseAt: number | null
}

export async function getBackupStatus(): Promise<BackupStatus> {
  const [last, dismissed, firstLog, firstDiagram] = await Promise.all([
    db.settings.get(lastBackupKey),
    db.settings.get(reminderKey),
    db.reviewLogs.orderBy('review').first(),
    db.diagrams.orderBy('updatedAt').first(),
  ])
  const starts = [firstLog?.review, firstDiagram?.createdAt].filter((x): x is number => typeof x === 'number')
  return {
    lastBackupAt: typeof last?.value === 'number' ? last.value : null,
    dismissedAt: typeof dismissed?.value === 'number' ? dismissed.value : null,
    firstUseAt: starts.length > 0 ? Math.min(...starts) : null,
  }
}

export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery(getBackupStatus, [])
}

export async function dismissBackupReminder(at: number): Promise<void> {
  await db.settings.put({ key: reminderKey, value: at })
}
