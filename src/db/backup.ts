/**
 * Backup and restore of the whole database: read in one transaction, and
 * restored in one transaction that replaces everything, all or nothing.
 */
import type { Table } from 'dexie'
import {
  backupFormat,
  backupTables,
  backupVersion,
  type BackupFile,
  type BackupTable,
} from '../domain/backup/backup-file'
import { lastBackupKey } from './backup-status'
import { bankCardsPresentKey } from './cards'
import { db } from './db'
import { latestVersion } from './schema'

function tableOf(name: BackupTable): Table<Record<string, unknown>, unknown> {
  return db.table(name)
}

/** Everything, as one backup file (read in one transaction, so it is consistent). */
export async function exportBackup(at: number): Promise<BackupFile> {
  const tables = await db.transaction('r', backupTables.map(tableOf), async () => {
    const rows = await Promise.all(backupTables.map((t) => tableOf(t).toArray()))
    // This device's note of its bank card rows is not a preference and does not travel.
    const local = (t: BackupTable, r: Record<string, unknown>) =>
      t !== 'settings' || r.key !== bankCardsPresentKey
    return Object.fromEntries(
      backupTables.map((t, i) => [t, (rows[i] ?? []).filter((r) => local(t, r))]),
    ) as BackupFile['tables']
  })
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: at,
    schemaVersion: latestVersion,
    tables,
  }
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
    // The cards are the backup's now: the next start checks that every bank card has a row.
    await db.settings.delete(bankCardsPresentKey)
  })
}
