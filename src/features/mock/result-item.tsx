import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { BankHtml } from '../../components/bank-html'
import { KeyPoints } from '../../components/key-points'
import { McqChoiceList } from '../../components/mcq-choice-list'
import type { MockRecord } from '../../db/db'
import { getDiagram } from '../../db/diagrams'
import { saveMockGrades } from '../../db/mocks'
import type { ItemBody } from '../../domain/content/item'
import { toSvg } from '../../domain/diagram/svg'
import { designPhases, mockItemKindLabels } from '../../domain/mock/formats'
import type { ItemScore, MockAnswer } from '../../domain/mock/scoring'
import { formatClock, timePerPhase, type MockItemRef } from '../../domain/mock/session'
import { now } from '../../lib/clock'
import { useColorScheme } from '../../lib/use-color-scheme'
import { ShortAnswerGrading } from './short-answer-grading'

interface Props {
  mock: MockRecord
  item: MockItemRef
  position: number
  answer: MockAnswer | undefined
  body: ItemBody | undefined
  score: ItemScore
  timeMs: number
  topic: string
}

const verdictLabels: Record<ItemScore['verdict'], string> = {
  correct: 'Correct',
  partial: 'Partly right',
  wrong: 'Wrong',
  unanswered: 'Not answered',
  pending: 'To grade',
}

/** One item of a submitted mock: the verdict, the time it took, your answer beside the right one. */
export function ResultItem({ mock, item, position, answer, body, score, timeMs, topic }: Props) {
  const headingId = `result-${position}`
  return (
    <article className={`panel result-item result-${score.verdict}`} aria-labelledby={headingId}>
      <header className="result-item-header">
        <h2 id={headingId}>Question {position + 1}</h2>
        <span className={`verdict verdict-${score.verdict}`}>
          {verdictLabels[score.verdict]}
          {score.score !== null && score.verdict === 'partial' ? ` (${Math.round(score.score * 100)}%)` : ''}
        </span>
        <span className="muted">
          {mockItemKindLabels[item.kind]} · {topic} · {formatClock(timeMs)} spent
        </span>
      </header>
      {!body ? (
        <p className="error-box">This question is no longer in the bank.</p>
      ) : (
        <>
          <BankHtml html={body.promptHtml} className="item-prompt" />
          {/* What needs the user's grade is open; the rest opens on demand, so the page stays scannable. */}
          <details className="result-details" open={score.verdict === 'pending'}>
            <summary>
              {score.verdict === 'pending' ? 'Grade your answer' : 'Your answer and the right one'}
            </summary>
            <ItemKeyView mock={mock} item={item} answer={answer} body={body} score={score} />
            <p className="muted result-source">
              <Link href={`/bank/${item.id}`}>Open in the question bank</Link>
            </p>
          </details>
        </>
      )}
    </article>
  )
}

function ItemKeyView({
  mock,
  item,
  answer,
  body,
  score,
}: {
  mock: MockRecord
  item: MockItemRef
  answer: MockAnswer | undefined
  body: ItemBody
  score: ItemScore
}) {
  switch (body.type) {
    case 'mcq':
      return (
        <>
          <McqChoiceList
            choices={body.choices}
            picked={answer?.choices ?? []}
            revealed
            multiple={body.choices.filter((c) => c.correct).length > 1}
            legend={
              answer?.choices?.length
                ? 'Your pick, marked against the right choices'
                : 'Not answered; the right choices'
            }
            marker={(i) => String.fromCharCode(65 + i)}
            name={`result-${item.id}`}
            onPick={() => undefined}
          />
          <KeyPoints points={body.keyPointsHtml} />
          <BankHtml html={body.explanationHtml} />
        </>
      )
    case 'card':
      return (
        <ShortAnswerGrading
          mockId={mock.id}
          itemId={item.id}
          answer={answer}
          body={body}
          pending={score.verdict === 'pending'}
        />
      )
    case 'code':
    case 'sql':
      return (
        <>
          <h3>Your code</h3>
          {answer?.code?.trim() ? (
            <pre className="code-block your-code">
              <code>{answer.code}</code>
            </pre>
          ) : (
            <p className="muted">Not answered.</p>
          )}
          {answer?.grade ? <p className="grade-summary">{answer.grade.summary}</p> : null}
          <details>
            <summary>Reference solution and discussion</summary>
            <pre className="code-block your-code">
              <code>{body.exercise.solution}</code>
            </pre>
            <BankHtml html={body.discussionHtml} />
          </details>
        </>
      )
    case 'design':
      return <DesignResult mock={mock} item={item} answer={answer} body={body} />
  }
}

function DesignResult({
  mock,
  item,
  answer,
  body,
}: {
  mock: MockRecord
  item: MockItemRef
  answer: MockAnswer | undefined
  body: Extract<ItemBody, { type: 'design' }>
}) {
  const auto = answer?.grade?.rubric
  const confirmed = !!answer?.rubricConfirmed
  // Shown at once; saved behind (the score follows from the saved ticks).
  const [ticks, setTicks] = useState(answer?.rubricTicks ?? [])
  const theme = useColorScheme()
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    if (!answer?.diagramId) return
    let live = true
    void getDiagram(answer.diagramId).then((d) => live && d && setSvg(toSvg(d.doc, { theme })))
    return () => {
      live = false
    }
  }, [answer?.diagramId, theme])
  const toggle = (i: number) => {
    const next = ticks.includes(i) ? ticks.filter((t) => t !== i) : [...ticks, i]
    setTicks(next)
    void saveMockGrades(mock.id, new Map([[item.id, { rubricTicks: next }]]))
  }
  const phaseTimes = timePerPhase(mock, now())

  return (
    <>
      <div className="design-result-grid">
        <div>
          <h3>Rubric</h3>
          {!auto ? <p className="muted">Checking your diagram…</p> : null}
          <ul className="rubric-result">
            {body.rubric.map((r, i) => {
              const onDiagram = auto?.[i]
              const met = onDiagram === true || (onDiagram === null && ticks.includes(i))
              return (
                <li key={i} className={met ? 'rubric-met' : 'rubric-unmet'}>
                  {onDiagram === null && !confirmed ? (
                    <label>
                      <input type="checkbox" checked={ticks.includes(i)} onChange={() => toggle(i)} />{' '}
                      <span dangerouslySetInnerHTML={{ __html: r.html }} />
                    </label>
                  ) : (
                    <>
                      <span className="rubric-mark" aria-label={met ? 'Met' : 'Not met'}>
                        {met ? '✓' : '✗'}
                      </span>{' '}
                      <span dangerouslySetInnerHTML={{ __html: r.html }} />{' '}
                      <span className="muted">
                        {onDiagram === null ? '(your tick)' : '(checked on your diagram)'}
                      </span>
                    </>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
        <KeyPoints points={body.keyPointsHtml} />
      </div>
      {auto && !confirmed ? (
        <div className="self-grade">
          <span>Tick the points your notes and diagram cover, then</span>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void saveMockGrades(mock.id, new Map([[item.id, { rubricConfirmed: true }]]))}
          >
            Confirm my ticks
          </button>
        </div>
      ) : null}
      <h3>Time per phase</h3>
      <table className="phase-table">
        <tbody>
          {designPhases.map((p, i) => (
            <tr key={p.id}>
              <th scope="row">{p.label}</th>
              <td>
                {formatClock(phaseTimes[i] ?? 0)} <span className="muted">of {p.minutes}:00</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {answer?.text?.trim() ? (
        <>
          <h3>Your notes</h3>
          <p className="your-answer">{answer.text}</p>
        </>
      ) : null}
      {svg ? (
        <>
          <h3>Your diagram</h3>
          {/* Drawn by our own exporter (all text escaped). */}
          <div
            className="result-diagram"
            role="img"
            aria-label="Your diagram"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p>
            <Link href={`/canvas/${answer!.diagramId!}`}>Open the diagram</Link>
          </p>
        </>
      ) : null}
      <details>
        <summary>Reference design</summary>
        {body.sections.map((s) => (
          <div key={s.title}>
            <h4>{s.title}</h4>
            <BankHtml html={s.html} />
          </div>
        ))}
      </details>
    </>
  )
}
