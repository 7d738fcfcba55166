import { useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { exportBackup } from '../../db/backup'
import { recordBackupMade, useBackupStatus } from '../../db/backup-status'
import { serializeBackup } from '../../domain/backup/backup-file'
import { now } from '../../lib/clock'
import { downloadText } from '../../lib/download'
import { describeError } from '../../domain/validation/describe-error'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** Download everything as one file. */
export function BackupPanel() {
  const status = useBackupStatus()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const download = async () => {
    setBusy(true)
    setError(null)
    try {
      const at = now()
      const backup = await exportBackup(at)
      const day = new Date(at).toISOString().slice(0, 10)
      downloadText(serializeBackup(backup), `backprep-backup-${day}.json`, 'application/json')
      await recordBackupMade(at)
    } catch (e) {
      setError(`The backup could not be made: ${describeError(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel data-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up</h2>
      <p>
        One file with your cards and their scheduling, every review, the cards you wrote or imported,
        diagrams, mocks, exercise runs and drafts, notes, bookmarks and settings.
      </p>
      <p className="muted">
        {status?.lastBackupAt
          ? `Last backup: ${dateTime.format(status.lastBackupAt)}.`
          : 'No backup made yet.'}
      </p>
      <button type="button" className="button button-primary" onClick={() => void download()} disabled={busy}>
        {busy ? 'Preparing…' : 'Download a backup'}
      </button>
      <ErrorAlert message={error} />
    </section>
  )
}
