import { useState, type ChangeEvent } from 'react'
import { restoreBackup } from '../../db/backup'
import {
  maxBackupBytes,
  readBackup,
  type BackupFile,
  type BackupSummary,
} from '../../domain/backup/backup-file'
import { takeChosenFile } from './choose-file'
import { describeError } from '../../domain/validation/describe-error'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'ready'; name: string; backup: BackupFile; summary: BackupSummary }
  | { kind: 'restoring'; name: string }
  | { kind: 'restored'; name: string; summary: BackupSummary }
  | { kind: 'failed'; name: string; error: string }

/** Read a backup, show what it holds, and only then replace everything with it. */
export function RestorePanel() {
  const [state, setState] = useState<State>({ kind: 'idle' })

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = takeChosenFile(e, maxBackupBytes, 'a backup')
    if (!chosen) return
    if ('error' in chosen) return setState({ kind: 'refused', ...chosen })
    const { file } = chosen
    setState({ kind: 'reading', name: file.name })
    const result = readBackup(await file.text())
    setState(
      result.ok
        ? { kind: 'ready', name: file.name, backup: result.backup, summary: result.summary }
        : { kind: 'refused', name: file.name, error: result.error },
    )
  }

  const restore = async (s: Extract<State, { kind: 'ready' }>) => {
    setState({ kind: 'restoring', name: s.name })
    try {
      await restoreBackup(s.backup)
      setState({ kind: 'restored', name: s.name, summary: s.summary })
    } catch (e) {
      setState({
        kind: 'failed',
        name: s.name,
        error: `Nothing was changed: the restore stopped with “${describeError(e)}”.`,
      })
    }
  }

  return (
    <section className="panel data-panel" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore a backup</h2>
      <p>
        Restoring <strong>replaces everything in this browser</strong> with the backup’s contents. You see
        what the file holds before anything changes.
      </p>
      <label className="button file-button">
        Choose a backup file…
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
      </label>
      {state.kind === 'reading' ? <p className="muted">Reading {state.name}…</p> : null}
      {state.kind === 'refused' || state.kind === 'failed' ? (
        <div className="error-box" role="alert">
          <strong>{state.name} was not restored.</strong> {state.error}
        </div>
      ) : null}
      {state.kind === 'ready' ? (
        <div className="restore-summary" role="region" aria-label="What the backup holds">
          <p>
            <strong>{state.name}</strong>, made {dateTime.format(state.summary.exportedAt)}
            {state.summary.reviewSpan
              ? `, with reviews from ${dateTime.format(state.summary.reviewSpan.from)} to ${dateTime.format(state.summary.reviewSpan.to)}`
              : ''}
            .
          </p>
          <SummaryTable summary={state.summary} />
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={() => void restore(state)}>
              Replace everything with this backup
            </button>
            <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === 'restoring' ? <p className="muted">Restoring…</p> : null}
      {state.kind === 'restored' ? (
        <p className="success-box" role="status">
          Restored from {state.name}: {state.summary.counts.find((c) => c.table === 'cards')?.rows ?? 0} cards
          and {state.summary.counts.find((c) => c.table === 'reviewLogs')?.rows ?? 0} reviews.
        </p>
      ) : null}
    </section>
  )
}

function SummaryTable({ summary }: { summary: BackupSummary }) {
  if (summary.counts.every((c) => c.rows === 0))
    return <p>It holds nothing: restoring it would leave this browser empty.</p>
  return (
    <table className="summary-table">
      <tbody>
        {summary.counts
          .filter((c) => c.rows > 0)
          .map((c) => (
            <tr key={c.table}>
              <td className="num">{c.rows.toLocaleString()}</td>
              <th scope="row">{c.label}</th>
            </tr>
          ))}
      </tbody>
    </table>
  )
}
