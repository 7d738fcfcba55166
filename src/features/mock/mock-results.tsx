import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { MockRecord } from '../../db/db'
import type { ItemBody } from '../../domain/content/item'
import { topicLabel } from '../../domain/content/topics'
import { mockFormatLabels, presetPlan, type MockPlan } from '../../domain/mock/formats'
import { totalScore, type MockAnswer } from '../../domain/mock/scoring'
import { formatClock, timePerItem } from '../../domain/mock/session'
import { now } from '../../lib/clock'
import { ResultItem } from './result-item'
import { beginMock, newSeed } from './start-mock'
import { useMockGrading } from './use-mock-grading'

interface Props {
  mock: MockRecord
  answers: Map<string, MockAnswer>
  bodies: Map<string, ItemBody>
}

/** A submitted mock, read-only: the score, each item with its answer and the right one, and what went to review. */
export function MockResults({ mock, answers, bodies }: Props) {
  const grading = useMockGrading(mock, answers, bodies)
  const total = totalScore(grading.scores)
  const times = timePerItem(mock, now())
  const used =
    (mock.submittedAt ?? mock.deadline) - mock.startedAt - mock.pauses.reduce((s, p) => s + p.to - p.from, 0)
  const [, navigate] = useLocation()
  const [retaking, setRetaking] = useState(false)

  const retake = () => {
    setRetaking(true)
    const plan: MockPlan =
      mock.format === 'custom'
        ? {
            format: 'custom',
            minutes: mock.durationMs / 60_000,
            items: mock.items.length,
            kinds: [],
            topics: [],
          }
        : { ...presetPlan(mock.format), minutes: mock.durationMs / 60_000 }
    beginMock({
      plan,
      mode: mock.mode,
      seed: newSeed(),
      missedToReview: mock.missedToReview,
      items: mock.items,
    }).then(
      (id) => navigate(`/mock/${id}`),
      () => setRetaking(false),
    )
  }

  const sent = mock.sentToReview.length
  return (
    <div className="mock-results">
      <p className="muted breadcrumb">
        <Link href="/mock">Mocks</Link>
      </p>
      <header className="mock-result-header">
        <h1>
          {mockFormatLabels[mock.format]}: {total.percent}%
        </h1>
        <p className="muted">
          {new Date(mock.startedAt).toLocaleString()} · {mock.mode === 'exam' ? 'Exam' : 'Practice'} ·{' '}
          {mock.submitReason === 'time' ? 'submitted when the time ran out' : 'submitted by you'} · took{' '}
          {formatClock(used)} of {formatClock(mock.durationMs)}
        </p>
      </header>
      <section className="panel mock-summary" aria-label="Summary">
        <p className="mock-score">
          <strong>
            {formatPoints(total.earned)} of {total.possible}
          </strong>{' '}
          points
          {total.pending > 0 ? ` · ${total.pending} waiting for your grade` : ''} · {total.missed} missed
        </p>
        {grading.progress ? (
          <p role="status" className="muted">
            {grading.progress}
          </p>
        ) : null}
        {grading.failure ? (
          <p className="error-box" role="alert">
            {grading.failure}{' '}
            <button type="button" className="button" onClick={grading.retry}>
              Try again
            </button>
          </p>
        ) : null}
        <p>
          {mock.missedToReview ? (
            sent > 0 ? (
              <>
                {sent} missed {sent === 1 ? 'item is' : 'items are'} due in your review queue today.{' '}
                <Link href="/review">Review now</Link>
              </>
            ) : (
              'Missed items go to your review queue, due today, as they are graded.'
            )
          ) : (
            'You chose not to send the missed items of this mock to review.'
          )}
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={retake} disabled={retaking}>
            Retake these questions
          </button>
          <Link href="/mock" className="button">
            Back to the mocks
          </Link>
        </div>
      </section>
      <ol className="result-items">
        {mock.items.map((item, i) => (
          <li key={item.id}>
            <ResultItem
              mock={mock}
              item={item}
              position={i}
              answer={answers.get(item.id)}
              body={bodies.get(item.id)}
              score={grading.scores[i]!}
              timeMs={times[i] ?? 0}
              topic={topicLabel(item.topic)}
            />
          </li>
        ))}
      </ol>
    </div>
  )
}

export function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}
