import { useMemo, useState } from 'react'
import { BankHtml } from '../../components/bank-html'
import { EstimatorPanel } from '../../components/estimator-panel'
import type { MockRecord } from '../../db/db'
import type { ItemBody } from '../../domain/content/item'
import { designPhases } from '../../domain/mock/formats'
import type { MockAnswer } from '../../domain/mock/scoring'
import { formatClock, phaseStatus, type MockItemRef } from '../../domain/mock/session'
import { saveStatusText } from '../../lib/use-autosave'
import { useNow } from '../../lib/use-now'
import type { DesignCanvas } from './mock-screen'
import { useAnswerAutosave } from './pending-saves'

interface Props {
  mock: MockRecord
  item: MockItemRef
  answer: MockAnswer | undefined
  body: ItemBody | undefined
  Canvas: DesignCanvas
  onPhase: (index: number) => void
}

/** A system-design round: the phase plan with its nudges, the canvas, notes, the prompt and the estimator. */
export function DesignRound({ mock, item, answer, body, Canvas, onPhase }: Props) {
  // Only this round's own panel ticks with the clock; the canvas below is memoised.
  const time = useNow(1000, mock.status === 'running')
  const status = phaseStatus(mock, time)
  const phase = designPhases[status.index] ?? designPhases[0]!
  const next = designPhases[status.index + 1]
  const diagramId = answer?.diagramId
  const promptHtml = body?.promptHtml ?? ''
  const initialNotes = answer?.text ?? ''

  // The canvas and its side panel do not depend on the clock: built once, so the ticking timer never re-renders them.
  const side = useMemo(
    () => <DesignSide mockId={mock.id} item={item} promptHtml={promptHtml} initialNotes={initialNotes} />,
    // The notes are read once; after that the textarea owns them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mock.id, item, promptHtml],
  )
  const canvas = useMemo(
    () => (diagramId ? <Canvas diagramId={diagramId} side={side} /> : null),
    [Canvas, diagramId, side],
  )

  return (
    <div className="design-round">
      <nav className="phase-bar" aria-label="Phases">
        <ol>
          {designPhases.map((p, i) => (
            <li key={p.id}>
              <button
                type="button"
                className={`phase${i === status.index ? ' phase-current' : ''}${i < status.index ? ' phase-done' : ''}`}
                aria-current={i === status.index ? 'step' : undefined}
                onClick={() => onPhase(i)}
              >
                <span className="phase-name">{p.label}</span>
                <span className="phase-budget">{p.minutes} min</span>
              </button>
            </li>
          ))}
        </ol>
        <p className="phase-clock">
          <strong>{phase.label}</strong>{' '}
          <span className={status.overBudget ? 'phase-over' : 'muted'}>
            {formatClock(status.spentMs)} of {phase.minutes}:00
          </span>
        </p>
      </nav>
      {status.overBudget && next ? (
        <div className="phase-nudge" role="status">
          <span>
            {formatClock(status.spentMs - status.budgetMs)} over on {phase.label.toLowerCase()}. Move on to{' '}
            {next.label.toLowerCase()}: {next.guidance}
          </span>
          <button type="button" className="button button-primary" onClick={() => onPhase(status.index + 1)}>
            Go to {next.label.toLowerCase()}
          </button>
        </div>
      ) : (
        <p className="phase-guidance muted">{phase.guidance}</p>
      )}
      {canvas ?? <p className="error-box">This round’s diagram is missing.</p>}
    </div>
  )
}

function DesignSide({
  mockId,
  item,
  promptHtml,
  initialNotes,
}: {
  mockId: string
  item: MockItemRef
  promptHtml: string
  initialNotes: string
}) {
  const [notes, setNotes] = useState(initialNotes)
  const { status, schedule } = useAnswerAutosave(mockId, item, 'text', 300)
  return (
    <>
      <details className="side-section" open>
        <summary>Prompt</summary>
        <BankHtml html={promptHtml} />
      </details>
      <details className="side-section" open>
        <summary>Notes</summary>
        <label htmlFor="design-notes" className="visually-hidden">
          Your notes: requirements, numbers, trade-offs
        </label>
        <textarea
          id="design-notes"
          className="design-notes"
          rows={8}
          placeholder="Requirements, numbers, trade-offs…"
          value={notes}
          onChange={(e) => {
            setNotes(e.target.value)
            schedule(e.target.value)
          }}
        />
        <p className={status.kind === 'failed' ? 'field-error' : 'field-hint'} role="status">
          {saveStatusText(status)}
        </p>
      </details>
      <details className="side-section">
        <summary>Back-of-the-envelope estimate</summary>
        <EstimatorPanel />
      </details>
    </>
  )
}
