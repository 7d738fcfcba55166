import { useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { resetProgress, restoreCards } from '../../db/user-cards'
import { topicLabel, topics, type TopicId } from '../../domain/content/topics'
import type { CardRecord } from '../../domain/scheduling/card'
import { describeWriteError } from '../../lib/write-error'

type Scope = TopicId | 'all'

type State =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'done'; scope: Scope; before: CardRecord[] }
  | { kind: 'undone'; count: number }
  | { kind: 'failed'; message: string }

const scopeName = (s: Scope) => (s === 'all' ? 'every topic' : topicLabel(s))

/** Start a topic (or everything) again from new, with a confirmation first and an undo after. */
export function ResetPanel() {
  const [scope, setScope] = useState<Scope>('all')
  const [state, setState] = useState<State>({ kind: 'idle' })

  const reset = async () => {
    try {
      const before = await resetProgress(scope)
      setState({ kind: 'done', scope, before })
    } catch (e) {
      setState({ kind: 'failed', message: `Nothing was reset: ${describeWriteError(e)}.` })
    }
  }
  const undo = async (before: CardRecord[]) => {
    try {
      await restoreCards(before)
      setState({ kind: 'undone', count: before.length })
    } catch (e) {
      setState({ kind: 'failed', message: `The undo failed: ${describeWriteError(e)}.` })
    }
  }

  return (
    <section className="panel reset-panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset progress</h2>
      <p className="muted">
        Studied cards start again as new. Their review history is kept, and so are your own cards, notes,
        diagrams and mocks.
      </p>
      <div className="field">
        <label htmlFor="reset-scope">Cards of</label>
        <select
          id="reset-scope"
          value={scope}
          onChange={(e) => {
            setScope(e.target.value as Scope)
            setState({ kind: 'idle' })
          }}
        >
          <option value="all">Every topic and deck</option>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {state.kind === 'confirm' ? (
        <div className="confirm-inline" role="group" aria-label="Confirm the reset">
          <span>Reset the progress of {scopeName(scope)}?</span>
          <button type="button" className="button button-danger" onClick={() => void reset()}>
            Reset
          </button>
          <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setState({ kind: 'confirm' })}>
          Reset progress…
        </button>
      )}
      {state.kind === 'done' ? (
        <p role="status">
          {state.before.length === 0
            ? `Nothing to reset: no card of ${scopeName(state.scope)} has been studied.`
            : `Reset ${state.before.length} ${state.before.length === 1 ? 'card' : 'cards'} of ${scopeName(state.scope)}.`}{' '}
          {state.before.length > 0 ? (
            <button type="button" className="button" onClick={() => void undo(state.before)}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      {state.kind === 'undone' ? (
        <p role="status">
          Undone: {state.count === 1 ? '1 card is as it was.' : `${state.count} cards are as they were.`}
        </p>
      ) : null}
      <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
    </section>
  )
}
