import { useCallback, useEffect, useRef, useState } from 'react'
import { updateMock } from '../../db/mocks'
import type { MockRecord } from '../../db/db'
import type { ItemBody } from '../../domain/content/item'
import type { MockAnswer } from '../../domain/mock/scoring'
import { mockFormatLabels, mockItemKindLabels } from '../../domain/mock/formats'
import {
  currentItem,
  focusItem,
  goToPhase,
  pauseMock,
  remainingMs,
  resumeMock,
  submitMock,
  timeWarning,
} from '../../domain/mock/session'
import { useNow } from '../../lib/use-now'
import { DesignRound } from './design-round'
import { MockItemView } from './mock-item-view'
import type { DesignCanvas } from './mock-screen'
import { MockTimer } from './mock-timer'
import { flushPendingSaves } from './pending-saves'

interface Props {
  mock: MockRecord
  answers: Map<string, MockAnswer>
  bodies: Map<string, ItemBody>
  Canvas: DesignCanvas
}

/** A running (or paused) mock: the clock, the items, and submission by the user or at zero. */
export function MockRun({ mock, answers, bodies, Canvas }: Props) {
  const time = useNow(250, mock.status === 'running')
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submitting = useRef(false)

  const submit = useCallback(
    async (reason: 'user' | 'time') => {
      if (submitting.current) return
      submitting.current = true
      try {
        // Every answer still waiting to be saved is written before the submission.
        await flushPendingSaves()
        await updateMock(mock.id, (s, at) => submitMock(s, at, reason))
      } catch (e) {
        submitting.current = false
        setError(e instanceof Error ? e.message : String(e))
      }
    },
    [mock.id],
  )

  const expired = mock.status === 'running' && time >= mock.deadline
  useEffect(() => {
    if (expired) void submit('time')
  }, [expired, submit])

  const change = (fn: Parameters<typeof updateMock>[1]) =>
    updateMock(mock.id, fn).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))

  const index = currentItem(mock)
  const item = mock.items[index]
  const answered = mock.items.filter((i) => isAnswered(answers.get(i.id))).length
  const warning = timeWarning(mock, time)
  const paused = mock.status === 'paused'
  const design = mock.format === 'design'

  return (
    <div className={`mock-run${design ? ' mock-design' : ''}`}>
      <header className="mock-bar">
        <div className="mock-bar-title">
          <h1>{mockFormatLabels[mock.format]}</h1>
          <span className="muted">
            {mock.mode === 'exam' ? 'Exam' : 'Practice'} · {answered} of {mock.items.length} answered
          </span>
        </div>
        <MockTimer left={remainingMs(mock, time)} warning={warning} paused={paused} />
        <div className="mock-bar-actions">
          {mock.mode === 'practice' ? (
            <button
              type="button"
              className="button"
              onClick={() => void change((s, at) => (paused ? resumeMock(s, at) : pauseMock(s, at)))}
            >
              {paused ? 'Resume' : 'Pause'}
            </button>
          ) : null}
          {confirming ? (
            <span className="confirm-inline" role="group" aria-label="Confirm submitting">
              <span>
                Submit now?{' '}
                {answered < mock.items.length ? `${mock.items.length - answered} not answered.` : ''}
              </span>
              <button type="button" className="button button-primary" onClick={() => void submit('user')}>
                Submit
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep going
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Submit…
            </button>
          )}
        </div>
      </header>
      {warning !== 'none' && !paused ? (
        <p className="mock-warning" role="alert">
          {warning === 'one-minute'
            ? 'One minute left. The mock submits itself at 0:00 with everything you have written.'
            : 'Five minutes left.'}
        </p>
      ) : null}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {paused ? (
        <div className="panel mock-paused">
          <h2>Paused</h2>
          <p>The questions are hidden while the clock is stopped.</p>
          <button type="button" className="button button-primary" onClick={() => void change(resumeMock)}>
            Resume
          </button>
        </div>
      ) : design && item ? (
        <DesignRound
          mock={mock}
          item={item}
          answer={answers.get(item.id)}
          body={bodies.get(item.id)}
          time={time}
          Canvas={Canvas}
          onPhase={(phase) => void change((s, at) => goToPhase(s, phase, at))}
        />
      ) : (
        <div className="mock-body">
          <nav className="mock-nav" aria-label="Questions">
            <ol>
              {mock.items.map((it, i) => {
                const done = isAnswered(answers.get(it.id))
                return (
                  <li key={it.id}>
                    <button
                      type="button"
                      className={`mock-nav-item${done ? ' mock-nav-done' : ''}`}
                      aria-current={i === index ? 'step' : undefined}
                      aria-label={`Question ${i + 1}, ${mockItemKindLabels[it.kind].toLowerCase()}${done ? ', answered' : ''}`}
                      onClick={() => void change((s, at) => focusItem(s, i, at))}
                    >
                      {i + 1}
                    </button>
                  </li>
                )
              })}
            </ol>
          </nav>
          {item ? (
            <MockItemView
              key={item.id}
              mockId={mock.id}
              item={item}
              position={index}
              count={mock.items.length}
              answer={answers.get(item.id)}
              body={bodies.get(item.id)}
              onGo={(i) => void change((s, at) => focusItem(s, i, at))}
            />
          ) : null}
        </div>
      )}
    </div>
  )
}

function isAnswered(a: MockAnswer | undefined): boolean {
  if (!a) return false
  if (a.kind === 'mcq') return (a.choices?.length ?? 0) > 0
  if (a.kind === 'design') return (a.text?.trim().length ?? 0) > 0
  return (a.code ?? a.text ?? '').trim().length > 0
}
