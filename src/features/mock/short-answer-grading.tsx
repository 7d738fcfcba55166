import { useId, useState } from 'react'
import { BankHtml } from '../../components/bank-html'
import { saveMockGrades, type GradeFields } from '../../db/mocks'
import type { ItemBody } from '../../domain/content/item'
import {
  selfGradeLabels,
  suggestedSelfGrade,
  type MockAnswer,
  type SelfGrade,
} from '../../domain/mock/scoring'
import { describeWriteError } from '../../lib/write-error'

interface Props {
  mockId: string
  itemId: string
  answer: MockAnswer | undefined
  body: Extract<ItemBody, { type: 'card' }>
  /** Still to be graded: the checklist and the grade buttons are open. */
  pending: boolean
}

/**
 * A short answer graded against the item's key points: tick what your answer
 * said ("covered 3 of 5"), and the grade that coverage suggests is offered
 * first; any grade can be chosen instead. The full model answer is one click away.
 */
export function ShortAnswerGrading({ mockId, itemId, answer, body, pending }: Props) {
  const checklistId = useId()
  const points = body.keyPointsHtml
  // Shown at once, saved behind.
  const [covered, setCovered] = useState<number[]>(answer?.keyPointsCovered ?? [])
  const [error, setError] = useState<string | null>(null)
  const save = (fields: GradeFields) =>
    saveMockGrades(mockId, new Map([[itemId, fields]])).then(
      () => setError(null),
      (e: unknown) => setError(`Not saved: ${describeWriteError(e)}`),
    )
  const toggle = (i: number) => {
    const next = covered.includes(i) ? covered.filter((x) => x !== i) : [...covered, i].sort((a, b) => a - b)
    setCovered(next)
    void save({ keyPointsCovered: next })
  }
  const suggestion = suggestedSelfGrade(covered.length, points.length)
  const grade = (g: SelfGrade) => void save({ selfGrade: g, keyPointsCovered: covered })

  return (
    <>
      <h3>Your answer</h3>
      {answer?.text?.trim() ? (
        <p className="your-answer">{answer.text}</p>
      ) : (
        <p className="muted">Not answered.</p>
      )}
      {points.length > 0 ? (
        <fieldset
          className="key-point-checklist"
          disabled={!pending}
          aria-describedby={`${checklistId}-count`}
        >
          <legend>Key points: tick each one your answer covered</legend>
          <ul>
            {points.map((html, i) => (
              <li key={i}>
                <label>
                  <input type="checkbox" checked={covered.includes(i)} onChange={() => toggle(i)} />{' '}
                  <span dangerouslySetInnerHTML={{ __html: html }} />
                </label>
              </li>
            ))}
          </ul>
          <p id={`${checklistId}-count`} className="checklist-count" role="status">
            Covered {covered.length} of {points.length}
            {pending && suggestion ? <> · suggested grade: {selfGradeLabels[suggestion]}</> : null}
          </p>
        </fieldset>
      ) : null}
      {pending ? (
        <div className="self-grade" role="group" aria-label="Grade your answer against the key points">
          <span>Your grade:</span>
          {(['full', 'partial', 'none'] as const).map((g) => (
            <button
              key={g}
              type="button"
              className={`button${g === suggestion ? ' button-primary' : ''}`}
              aria-describedby={g === suggestion ? `${checklistId}-count` : undefined}
              onClick={() => grade(g)}
            >
              {selfGradeLabels[g]}
            </button>
          ))}
        </div>
      ) : answer?.selfGrade ? (
        <p className="muted">Your grade: {selfGradeLabels[answer.selfGrade]}</p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <details className="model-answer">
        <summary>Full model answer</summary>
        <BankHtml html={body.answerHtml} />
      </details>
    </>
  )
}
