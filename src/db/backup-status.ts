/**
 * When the last backup was made, and the reminder's state. Kept apart from
 * the backup itself: the home screen reads it, and must not load the backup
 * file's schemas (zod) to do so.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from './db'

export const lastBackupKey = 'lastBackupAt'
const reminderKey = 'backupReminderDismissedAt'

/** Notes that a backup was saved: the reminder counts from here. */
export async function recordBackupMade(at: number): Promise<void> {
  await db.settings.put({ key: lastBackupKey, value: at })
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
