import { useCallback, useRef, useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { loadMockAnswers, recordMockResult, updateMock } from '../../db/mocks'
import type { MockRecord } from '../../db/db'
import type { ItemBody } from '../../domain/content/item'
import { hasAnswer, mockOutcome, type MockAnswer } from '../../domain/mock/scoring'
import { mockFormatLabels, mockItemKindLabels } from '../../domain/mock/formats'
import {
  currentItem,
  focusItem,
  goToPhase,
  pauseMock,
  resumeMock,
  submitMock,
} from '../../domain/mock/session'
import { DesignRound } from './design-round'
import { MockItemView } from './mock-item-view'
import type { DesignCanvas } from './mock-screen'
import { MockTimer } from './mock-timer'
import { flushPendingSaves } from './pending-saves'
import { describeError } from '../../domain/validation/describe-error'

interface Props {
  mock: MockRecord
  answers: Map<string, MockAnswer>
  bodies: Map<string, ItemBody>
  Canvas: DesignCanvas
}

/** A running (or paused) mock: the clock, the items, and submission by the user or at zero. */
export function MockRun({ mock, answers, bodies, Canvas }: Props) {
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
        const submitted = await updateMock(mock.id, (s, at) => submitMock(s, at, reason))
        // The score and the missed items' lapses are stored with the submission itself, not only
        // once the results are looked at (code, SQL and design grades follow on the results page).
        const { result, toReview } = mockOutcome(submitted, await loadMockAnswers(mock.id), bodies)
        await recordMockResult(mock.id, result, toReview)
      } catch (e) {
        submitting.current = false
        setError(describeError(e))
      }
    },
    [mock.id, bodies],
  )

  const submitAtZero = useCallback(() => void submit('time'), [submit])

  const change = (fn: Parameters<typeof updateMock>[1]) =>
    updateMock(mock.id, fn).catch((e: unknown) => setError(describeError(e)))

  const index = currentItem(mock)
  const item = mock.items[index]
  const answered = mock.items.filter((i) => hasAnswer(i.kind, answers.get(i.id))).length
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
        <MockTimer mock={mock} onExpire={submitAtZero} />
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
      <ErrorAlert message={error} />
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
          Canvas={Canvas}
          onPhase={(phase) => void change((s, at) => goToPhase(s, phase, at))}
        />
      ) : (
        <div className="mock-body">
          <nav className="mock-nav" aria-label="Questions">
            <ol>
              {mock.items.map((it, i) => {
                const done = hasAnswer(it.kind, answers.get(it.id))
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
