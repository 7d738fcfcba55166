import { useEffect, useState } from 'react'
import { onSqlProgress, type SqlProgress } from '../../lib/sql-runner'

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/** PostgreSQL's loading, shown while the first SQL exercise opens. */
export function SqlProgressBar({ failed, onRetry }: { failed: string | null; onRetry: () => void }) {
  const [progress, setProgress] = useState<SqlProgress | null>(null)
  useEffect(() => onSqlProgress(setProgress), [])
  if (failed) {
    return (
      <div className="sql-progress" role="alert">
        <span className="save-failed">PostgreSQL could not start: {failed}</span>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    )
  }
  const phase = progress?.phase ?? 'download'
  const label =
    phase === 'download'
      ? progress && progress.total > 0
        ? `Loading PostgreSQL: ${mb(progress.loaded)} of ${mb(progress.total)} MB`
        : 'Loading PostgreSQL…'
      : phase === 'start'
        ? 'Starting PostgreSQL…'
        : 'Creating the exercise database…'
  const value =
    phase === 'download' && progress && progress.total > 0 ? progress.loaded / progress.total : undefined
  return (
    <div className="sql-progress" role="status">
      <span>{label}</span>
      <progress max={1} value={value} aria-label="PostgreSQL loading progress" />
    </div>
  )
}
