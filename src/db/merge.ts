/**
 * Merging a backup from another device into this browser: this device's rows
 * are read, the plan is computed by domain/backup/merge, and it is written in
 * one transaction, all or nothing. Settings stay this device's.
 */
import type { Table } from 'dexie'
import type { BackupFile } from '../domain/backup/backup-file'
import { mergeTables, planMerge, type MergePlan, type MergeTables } from '../domain/backup/merge'
import { db } from './db'
import { getSchedulingSettings } from './scheduling-settings'

function tableOf(name: keyof MergeTables | 'settings'): Table<Record<string, unknown>, unknown> {
  return db.table(name)
}

const scope = [...mergeTables, 'settings' as const].map(tableOf)

/** The file's rows as the merge reads them (checked row by row by readBackup). */
function fileTables(backup: BackupFile): MergeTables {
  return Object.fromEntries(mergeTables.map((t) => [t, backup.tables[t]])) as unknown as MergeTables
}

/** This device's rows and scheduling settings; call inside a transaction over `scope`. */
async function planFromDatabase(backup: BackupFile): Promise<MergePlan> {
  const [rows, settings] = await Promise.all([
    Promise.all(mergeTables.map((t) => tableOf(t).toArray())),
    getSchedulingSettings(),
  ])
  const local = Object.fromEntries(mergeTables.map((t, i) => [t, rows[i] ?? []])) as unknown as MergeTables
  return planMerge(local, fileTables(backup), settings)
}

/** What merging `backup` would change, read in one transaction and written nowhere. */
export async function previewMerge(backup: BackupFile): Promise<MergePlan> {
  return db.transaction('r', scope, () => planFromDatabase(backup))
}

/**
 * Merges `backup` into this browser in one transaction: the plan is computed
 * again from the rows as they are now (a grade in another tab since the
 * preview is not lost) and written; if any write fails, nothing has changed.
 * Returns the plan that was written.
 */
export async function mergeBackup(backup: BackupFile): Promise<MergePlan> {
  return db.transaction('rw', scope, async () => {
    const plan = await planFromDatabase(backup)
    for (const t of mergeTables) {
      const rows = plan.writes[t] as unknown as Record<string, unknown>[]
      if (rows.length > 0) await tableOf(t).bulkPut(rows)
    }
    return plan
  })
}
