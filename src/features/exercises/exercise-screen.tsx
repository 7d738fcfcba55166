import { useCallback, useEffect, useState } from 'react'
import { Link, useParams } from 'wouter'
import summaries from 'virtual:bank/summaries'
import { Badge } from '../../components/badge'
import { BankHtml } from '../../components/bank-html'
import { ItemMeta } from '../../components/item-meta'
import { CodeEditor, ExercisePad } from '../../components/exercise/exercise-pad'
import { SaveState } from '../../components/exercise/save-state'
import { runVerdict, type RunResult } from '../../components/exercise/run-exercise'
import { deleteDraft, loadDraft, recordAttempt, saveDraft, useAttempts } from '../../db/exercises'
import type { ItemBody, ItemSummary } from '../../domain/content/item'
import { exerciseLanguageLabels, type Exercise } from '../../domain/exercises/exercise'
import { loadItemBody } from '../../lib/bank-content'
import { useAutosave } from '../../lib/use-autosave'
import { useDocumentTitle } from '../../lib/use-document-title'
import './exercises.css'

const byId = new Map(summaries.filter((s) => s.type === 'code' || s.type === 'sql').map((s) => [s.id, s]))

export function ExerciseScreen() {
  const { id = '' } = useParams<{ id: string }>()
  const summary = byId.get(id)
  useDocumentTitle(summary ? summary.title : 'Exercise not found')
  if (!summary) {
    return (
      <div className="empty">
        <h1>Exercise not found</h1>
        <p>There is no exercise with the id “{id}”.</p>
        <Link href="/exercises" className="button">
          Back to the exercises
        </Link>
      </div>
    )
  }
  return <ExerciseLoader key={summary.id} summary={summary} />
}

type Body = Extract<ItemBody, { type: 'code' | 'sql' }>

function ExerciseLoader({ summary }: { summary: ItemSummary }) {
  const [state, setState] = useState<{ body: Body; draft: string | null } | 'error' | null>(null)
  useEffect(() => {
    let live = true
    // The editor's code starts loading with the exercise, not after it.
    void CodeEditor.preload()
    Promise.all([loadItemBody(summary.id), loadDraft(summary.id)]).then(
      ([body, draft]) => {
        if (!live) return
        setState(body && (body.type === 'code' || body.type === 'sql') ? { body, draft } : 'error')
      },
      () => live && setState('error'),
    )
    return () => {
      live = false
    }
  }, [summary])
  if (state === 'error') {
    return (
      <div className="empty" role="alert">
        <h1>This exercise could not be loaded</h1>
        <Link href="/exercises" className="button">
          Back to the exercises
        </Link>
      </div>
    )
  }
  if (!state) return <p className="muted loading">Loading…</p>
  return (
    <Workbench summary={summary} body={state.body} initialCode={state.draft ?? state.body.exercise.starter} />
  )
}

function Workbench({
  summary,
  body,
  initialCode,
}: {
  summary: ItemSummary
  body: Body
  initialCode: string
}) {
  const exercise: Exercise = body.exercise
  const [revealed, setRevealed] = useState(false)
  const [confirmReveal, setConfirmReveal] = useState(false)
  const [replace, setReplace] = useState<{ value: string; token: number } | null>(null)
  const attempts = useAttempts(summary.id, 5)
  const { status, schedule, flush } = useAutosave(
    useCallback((value: string, at: number) => saveDraft(summary.id, value, at), [summary.id]),
    { journalKey: `draft:${summary.id}` },
  )

  const keepAttempt = useCallback(
    async (source: string, result: RunResult) => {
      const verdict = runVerdict(result)
      if (verdict) await recordAttempt({ exerciseId: summary.id, code: source, ...verdict })
    },
    [summary.id],
  )

  const resetToStarter = () => {
    setReplace({ value: exercise.starter, token: (replace?.token ?? 0) + 1 })
    void deleteDraft(summary.id)
  }

  const languageLabel = exerciseLanguageLabels[exercise.language]
  return (
    <div className="exercise">
      <header className="exercise-header">
        <p className="muted breadcrumb">
          <Link href="/exercises">Exercises</Link>
        </p>
        <h1>{summary.title}</h1>
        <span className="item-meta">
          {exercise.kind === 'code' ? <Badge tone="type">{languageLabel}</Badge> : null}
          <ItemMeta item={summary} />
        </span>
      </header>
      <div className="exercise-panes">
        <section className="exercise-task" aria-label="Task">
          <BankHtml html={body.promptHtml} className="item-prompt" />
          {body.schemaHtml ? (
            <details open className="exercise-schema">
              <summary>Schema and seed data</summary>
              <BankHtml html={body.schemaHtml} />
            </details>
          ) : null}
          {revealed ? (
            <section aria-label="Reference solution" className="exercise-solution">
              <h2>Reference solution</h2>
              <pre>
                <code>{exercise.solution}</code>
              </pre>
              {body.discussionHtml ? <BankHtml html={body.discussionHtml} /> : null}
            </section>
          ) : null}
          <AttemptList attempts={attempts} />
        </section>
        <section className="exercise-work" aria-label="Your answer">
          <ExercisePad
            exerciseId={summary.id}
            documentId={summary.id}
            exercise={exercise}
            initialCode={initialCode}
            onChange={schedule}
            beforeRun={flush}
            afterRun={keepAttempt}
            replaceWith={replace}
            hint={
              exercise.kind === 'code'
                ? 'Run the hidden tests against your code with Ctrl+Enter. Your code is saved as you type.'
                : 'Each run starts from the seeded database and is rolled back afterwards. Your query is saved as you type.'
            }
            actions={
              <>
                <button type="button" className="button" onClick={resetToStarter}>
                  Reset to starter
                </button>
                {revealed ? null : confirmReveal ? (
                  <span className="confirm-inline" role="group" aria-label="Confirm showing the solution">
                    <span>Show the reference solution?</span>
                    <button
                      type="button"
                      className="button button-danger"
                      onClick={() => {
                        setRevealed(true)
                        setConfirmReveal(false)
                      }}
                    >
                      Show it
                    </button>
                    <button type="button" className="button" onClick={() => setConfirmReveal(false)}>
                      Not yet
                    </button>
                  </span>
                ) : (
                  <button type="button" className="button" onClick={() => setConfirmReveal(true)}>
                    Show solution…
                  </button>
                )}
                <SaveState status={status} />
              </>
            }
          />
        </section>
      </div>
    </div>
  )
}

function AttemptList({ attempts }: { attempts: ReturnType<typeof useAttempts> }) {
  if (!attempts || attempts.length === 0) return null
  return (
    <section className="exercise-attempts" aria-label="Your attempts">
      <h2>Your attempts</h2>
      <ol>
        {attempts.map((a) => (
          <li key={a.id}>
            <span className={a.passed ? 'attempt-pass' : 'attempt-fail'}>{a.passed ? '✓' : '✗'}</span>{' '}
            {a.summary} <span className="muted">· {new Date(a.at).toLocaleString()}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
