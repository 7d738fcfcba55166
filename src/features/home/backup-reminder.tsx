import { useState } from 'react'
import { Link } from 'wouter'
import { dismissBackupReminder, useBackupStatus } from '../../db/backup-status'
import { backupReminderDays, backupReminderDue } from '../../domain/backup/reminder'
import { now } from '../../lib/clock'

/** A nudge to back up after a week without a backup; "Not now" silences it for a week. */
export function BackupReminder() {
  const status = useBackupStatus()
  const [at] = useState(now)
  if (!status || !backupReminderDue(status, at)) return null
  const days = Math.floor((at - (status.lastBackupAt ?? status.firstUseAt ?? at)) / 86_400_000)
  return (
    <aside className="panel backup-reminder" aria-label="Backup reminder">
      <p>
        {status.lastBackupAt
          ? `Your last backup was ${days} days ago.`
          : `You have ${days} days of work here and no backup yet.`}{' '}
        Everything lives in this browser only; a backup file keeps it safe.
      </p>
      <div className="form-actions">
        <Link href="/data" className="button button-primary">
          Back up now
        </Link>
        <button type="button" className="button" onClick={() => void dismissBackupReminder(now())}>
          Not now
        </button>
      </div>
      <p className="muted visually-hidden">The reminder comes back after {backupReminderDays} days.</p>
    </aside>
  )
}
