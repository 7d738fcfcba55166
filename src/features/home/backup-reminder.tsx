import { useState } from 'react'
import { Link } from 'wouter'
import { ErrorAlert } from '../../components/error-alert'
import type { BackupStatus } from '../../db/backup-status'
import { backupReminderDays, backupReminderDue } from '../../domain/backup/reminder'
import { now } from '../../lib/clock'
import { describeWriteError } from '../../lib/write-error'

/** A nudge to back up after a week without a backup; "Not now" silences it for a week. */
export function BackupReminder({ status, onDismissed }: { status: BackupStatus; onDismissed: () => void }) {
  const [at] = useState(now)
  const [error, setError] = useState<string | null>(null)
  if (!backupReminderDue(status, at)) return null
  // Writing loads the database code; the home screen reads without it.
  const dismiss = () =>
    import('../../db/backup-status')
      .then((m) => m.dismissBackupReminder(now()))
      .then(onDismissed, (e: unknown) =>
        setError(`The reminder could not be silenced: ${describeWriteError(e)}`),
      )
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
        <button type="button" className="button" onClick={() => void dismiss()}>
          Not now
        </button>
      </div>
      <ErrorAlert message={error} />
      <p className="muted visually-hidden">The reminder comes back after {backupReminderDays} days.</p>
    </aside>
  )
}
