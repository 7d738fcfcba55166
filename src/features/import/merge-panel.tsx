import { useState, type ChangeEvent } from 'react'
import { mergeBackup, previewMerge } from '../../db/merge'
import { maxBackupBytes, readBackup, type BackupFile } from '../../domain/backup/backup-file'
import { describeMerge, isNothingNew } from '../../domain/backup/merge'
import { describeError } from '../../domain/validation/describe-error'
import { takeChosenFile } from './choose-file'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'ready'; name: string; backup: BackupFile; summary: string; nothingNew: boolean }
  | { kind: 'merging'; name: string }
  | { kind: 'merged'; name: string; summary: string }

/**
 * Bring in another device's backup without losing anything on either side:
 * what it would change is shown first, in words, then merged all or nothing.
 */
export function MergePanel() {
  const [state, setState] = useState<State>({ kind: 'idle' })

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = takeChosenFile(e, maxBackupBytes, 'a backup')
    if (!chosen) return
    if ('error' in chosen) return setState({ kind: 'refused', ...chosen })
    const { file } = chosen
    setState({ kind: 'reading', name: file.name })
    const result = readBackup(await file.text())
    if (!result.ok) return setState({ kind: 'refused', name: file.name, error: result.error })
    try {
      const plan = await previewMerge(result.backup)
      setState({
        kind: 'ready',
        name: file.name,
        backup: result.backup,
        summary: describeMerge(plan),
        nothingNew: isNothingNew(plan),
      })
    } catch (error) {
      setState({
        kind: 'refused',
        name: file.name,
        error: `It could not be compared with this device’s data: ${describeError(error)}`,
      })
    }
  }

  const merge = async (s: Extract<State, { kind: 'ready' }>) => {
    setState({ kind: 'merging', name: s.name })
    try {
      const plan = await mergeBackup(s.backup)
      setState({ kind: 'merged', name: s.name, summary: describeMerge(plan) })
    } catch (error) {
      setState({
        kind: 'refused',
        name: s.name,
        error: `Nothing was changed: the merge stopped with “${describeError(error)}”.`,
      })
    }
  }

  return (
    <section className="panel data-panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a backup from another device</h2>
      <p>
        Studying on a laptop and a phone? Merge the other one’s backup here: its reviews join this device’s
        (none lost, none counted twice) and the cards they touch are rescheduled from their whole history.
        Notes, diagrams, your cards and the rest keep the newer version; nothing here is deleted, and settings
        stay this device’s. You see what changes before anything is written.
      </p>
      <label className="button file-button">
        Choose a backup to merge…
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
      </label>
      {state.kind === 'reading' ? <p className="muted">Comparing {state.name} with this device…</p> : null}
      {state.kind === 'refused' ? (
        <div className="error-box" role="alert">
          <strong>{state.name} was not merged.</strong> {state.error}
        </div>
      ) : null}
      {state.kind === 'ready' ? (
        <div className="merge-summary" role="region" aria-label="What merging changes">
          <p className="muted">
            <strong>{state.name}</strong>, made {dateTime.format(state.backup.exportedAt)}.
          </p>
          <p className="merge-summary-text">{state.nothingNew ? state.summary : `${state.summary}.`}</p>
          <div className="form-actions">
            {state.nothingNew ? (
              <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
                Close
              </button>
            ) : (
              <>
                <button type="button" className="button button-primary" onClick={() => void merge(state)}>
                  Merge
                </button>
                <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
                  Cancel
                </button>
              </>
            )}
          </div>
        </div>
      ) : null}
      {state.kind === 'merging' ? <p className="muted">Merging…</p> : null}
      {state.kind === 'merged' ? (
        <p className="success-box" role="status">
          Merged {state.name}: {state.summary}.
        </p>
      ) : null}
    </section>
  )
}
