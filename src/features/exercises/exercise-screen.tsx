import { useCallback, useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'wouter'
import summaries from 'virtual:bank/summaries'
import { Badge } from '../../components/badge'
import { BankHtml } from '../../components/bank-html'
import { ItemMeta } from '../../components/item-meta'
import { lazyComponent } from '../../components/lazy-component'
import { deleteDraft, loadDraft, recordAttempt, saveDraft, useAttempts } from '../../db/exercises'
import type { ItemBody, ItemSummary } from '../../domain/content/item'
import type { CodeRunOutcome } from '../../domain/exercises/code-run'
import { exerciseLanguageLabels, type Exercise } from '../../domain/exercises/exercise'
import { loadItemBody } from '../../lib/bank-content'
import { runCodeExercise, warmSandbox } from '../../lib/code-sandbox'
import { openSqlExercise, runSqlExercise, type SqlRun } from '../../lib/sql-runner'
import { saveStatusText, useAutosave, type SaveStatus } from '../../lib/use-autosave'
import { useDocumentTitle } from '../../lib/use-document-title'
import { CodeResults, codeSummary } from './code-results'
import { SqlProgressBar } from './sql-progress'
import { SqlResults, sqlSummary } from './sql-results'
import './exercises.css'

const CodeEditor = lazyComponent(
  () => import('./code-editor').then((m) => m.CodeEditor),
  <div className="code-editor code-editor-loading" role="status">
    Loading the editor…
  </div>,
)

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
    Promise.all([loadItemBody(summary.topic, summary.id), loadDraft(summary.id)]).then(
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

type Outcome = { kind: 'code'; outcome: CodeRunOutcome } | { kind: 'sql'; run: SqlRun }

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
  const code = useRef(initialCode)
  const [running, setRunning] = useState<null | 'run' | 'explain'>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [revealed, setRevealed] = useState(false)
  const [confirmReveal, setConfirmReveal] = useState(false)
  const [replace, setReplace] = useState<{ value: string; token: number } | null>(null)
  const [sqlReady, setSqlReady] = useState<'loading' | 'ready' | { error: string }>('loading')
  const attempts = useAttempts(summary.id, 5)
  const { status, schedule, flush } = useAutosave(
    useCallback((value: string) => saveDraft(summary.id, value), [summary.id]),
  )

  const live = useRef(true)
  useEffect(() => {
    live.current = true
    return () => {
      live.current = false
    }
  }, [])

  /** Starts PostgreSQL if needed and loads the exercise's schema (again, after a time-out). */
  const openDatabase = useCallback(() => {
    if (exercise.kind !== 'sql') return
    setSqlReady('loading')
    openSqlExercise({
      id: summary.id,
      schema: exercise.schema,
      solution: exercise.solution,
      check: exercise.check,
    }).then(
      () => {
        performance.mark('sql-ready')
        if (live.current) setSqlReady('ready')
      },
      (error: unknown) =>
        live.current && setSqlReady({ error: error instanceof Error ? error.message : String(error) }),
    )
  }, [exercise, summary.id])

  useEffect(() => {
    if (exercise.kind === 'code') void warmSandbox()
    else openDatabase()
  }, [exercise, openDatabase])

  const run = useCallback(
    async (mode: 'run' | 'explain' = 'run') => {
      if (running) return
      flush()
      setRunning(mode)
      const source = code.current
      try {
        if (exercise.kind === 'code') {
          const result = await runCodeExercise({ source, tests: exercise.tests, language: exercise.language })
          setOutcome({ kind: 'code', outcome: result })
          const total = result.tests.length
          await recordAttempt({
            exerciseId: summary.id,
            code: source,
            passed: result.status === 'passed',
            passedCount: result.tests.filter((t) => t.passed).length,
            total,
            summary: codeSummary(result),
          })
        } else {
          const result = await runSqlExercise(source, { explain: mode === 'explain' })
          setOutcome({ kind: 'sql', run: result })
          if (result.ok || result.timedOut) {
            await recordAttempt({
              exerciseId: summary.id,
              code: source,
              passed: result.ok && result.outcome.passed,
              passedCount: result.ok && result.outcome.passed ? 1 : 0,
              total: 1,
              summary: sqlSummary(result),
            })
          }
          if (!result.ok && result.timedOut) openDatabase()
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        setOutcome(
          exercise.kind === 'code'
            ? {
                kind: 'code',
                outcome: { status: 'error', tests: [], error: { message, line: null }, logs: [], ms: 0 },
              }
            : { kind: 'sql', run: { ok: false, timedOut: false, message } },
        )
      } finally {
        setRunning(null)
      }
    },
    [exercise, flush, openDatabase, running, summary.id],
  )

  const errorLine =
    outcome?.kind === 'code'
      ? (() => {
          const o = outcome.outcome
          if (o.error?.line) return { line: o.error.line, message: o.error.message }
          const failed = o.tests.find((t) => !t.passed && t.line)
          return failed?.line
            ? { line: failed.line, message: `${failed.name}: ${failed.message ?? ''}` }
            : null
        })()
      : outcome?.kind === 'sql' && outcome.run.ok && outcome.run.outcome.error?.line
        ? { line: outcome.run.outcome.error.line, message: outcome.run.outcome.error.message }
        : null

  const resetToStarter = () => {
    code.current = exercise.starter
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
          <div className="exercise-toolbar" role="toolbar" aria-label="Exercise actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void run('run')}
              disabled={running !== null || (exercise.kind === 'sql' && sqlReady !== 'ready')}
              aria-keyshortcuts="Control+Enter"
            >
              {running === 'run' ? 'Running…' : exercise.kind === 'code' ? 'Run tests' : 'Run query'}{' '}
              <kbd aria-hidden="true">Ctrl+↵</kbd>
            </button>
            {exercise.kind === 'sql' ? (
              <button
                type="button"
                className="button"
                onClick={() => void run('explain')}
                disabled={running !== null || sqlReady !== 'ready'}
              >
                {running === 'explain' ? 'Explaining…' : 'Run with EXPLAIN'}
              </button>
            ) : null}
            <button type="button" className="button" onClick={resetToStarter} disabled={running !== null}>
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
          </div>
          {exercise.kind === 'sql' && sqlReady !== 'ready' ? (
            <SqlProgressBar failed={typeof sqlReady === 'object' ? sqlReady.error : null} />
          ) : null}
          <CodeEditor
            documentId={summary.id}
            language={exercise.language}
            initialValue={initialCode}
            ariaLabel={`${languageLabel} editor: your answer`}
            onChange={(value) => {
              code.current = value
              schedule(value)
            }}
            onRun={() => void run('run')}
            errorLine={errorLine}
            replaceWith={replace}
          />
          <div className="exercise-results" aria-live="polite">
            {running ? <p className="muted">{running === 'explain' ? 'Explaining…' : 'Running…'}</p> : null}
            {!running && outcome?.kind === 'code' ? <CodeResults outcome={outcome.outcome} /> : null}
            {!running && outcome?.kind === 'sql' ? <SqlResults run={outcome.run} /> : null}
            {!running && !outcome ? (
              <p className="muted">
                {exercise.kind === 'code'
                  ? 'Run the hidden tests against your code with Ctrl+Enter. Your code is saved as you type.'
                  : 'Each run starts from the seeded database and is rolled back afterwards. Your query is saved as you type.'}
              </p>
            ) : null}
          </div>
        </section>
      </div>
    </div>
  )
}

function SaveState({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-state${status.kind === 'failed' ? ' save-failed' : ''}`} role="status">
      {saveStatusText(status)}
    </span>
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
