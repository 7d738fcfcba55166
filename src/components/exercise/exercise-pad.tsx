import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Exercise } from '../../domain/exercises/exercise'
import { exerciseLanguageLabels } from '../../domain/exercises/exercise'
import { warmSandbox } from '../../lib/code-sandbox'
import { isOffline, notYetOffline } from '../../lib/offline-warm'
import { lazyComponent } from '../lazy-component'
import { CodeResults } from './code-results'
import { errorLineOf, prepareExercise, runExercise, type RunResult } from './run-exercise'
import { SqlProgressBar } from './sql-progress'
import { SqlResults } from './sql-results'
import './exercise-pad.css'
import { describeError } from '../../domain/validation/describe-error'

export const CodeEditor = lazyComponent(
  () => import('./code-editor').then((m) => m.CodeEditor),
  <div className="code-editor code-editor-loading" role="status">
    Loading the editor…
  </div>,
  (error, retry) => (
    <div className="code-editor code-editor-loading code-editor-failed" role="alert">
      <span className="save-failed">
        The editor could not load: {isOffline() ? notYetOffline() : describeError(error)}
      </span>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  ),
)

interface Props {
  /** The exercise's id: its SQL database is named after it. */
  exerciseId: string
  /** The editor's document: a new one starts a new undo history. */
  documentId: string
  exercise: Exercise
  initialCode: string
  onChange: (code: string) => void
  /** Called before a run (e.g. to flush a pending save) and after it with what it gave. */
  beforeRun?: () => void
  afterRun?: (source: string, result: RunResult) => void | Promise<void>
  /** More toolbar controls, after the run buttons (reset, solution, save status). */
  actions?: ReactNode
  /** Replaces the editor's content, keeping undo (reset to starter). */
  replaceWith?: { value: string; token: number } | null
  /** What the results area says before the first run. */
  hint: string
}

/**
 * An exercise's editor with its run buttons and results: starts the sandbox
 * or opens the exercise's PostgreSQL database, runs with Ctrl+Enter, marks
 * the failing line.
 */
export function ExercisePad({
  exerciseId,
  documentId,
  exercise,
  initialCode,
  onChange,
  beforeRun,
  afterRun,
  actions,
  replaceWith,
  hint,
}: Props) {
  const code = useRef(initialCode)
  const [running, setRunning] = useState<null | 'run' | 'explain'>(null)
  const [result, setResult] = useState<RunResult | null>(null)
  const [sqlReady, setSqlReady] = useState<'loading' | 'ready' | { error: string }>('loading')
  const live = useRef(true)
  useEffect(() => {
    live.current = true
    return () => {
      live.current = false
    }
  }, [])

  useEffect(() => {
    if (replaceWith) code.current = replaceWith.value
  }, [replaceWith])

  /** Starts PostgreSQL if needed and loads the exercise's schema (again, after a time-out). */
  const openDatabase = useCallback(() => {
    if (exercise.kind !== 'sql') return
    setSqlReady('loading')
    prepareExercise(exerciseId, exercise).then(
      () => {
        performance.mark('sql-ready')
        if (live.current) setSqlReady('ready')
      },
      (error: unknown) => live.current && setSqlReady({ error: describeError(error) }),
    )
  }, [exercise, exerciseId])

  useEffect(() => {
    void CodeEditor.preload()
    if (exercise.kind === 'code') void warmSandbox()
    else openDatabase()
  }, [exercise, openDatabase])

  const run = useCallback(
    async (mode: 'run' | 'explain' = 'run') => {
      if (running || (exercise.kind === 'sql' && sqlReady !== 'ready')) return
      beforeRun?.()
      setRunning(mode)
      const source = code.current
      try {
        const outcome = await runExercise(exercise, source, mode)
        if (!live.current) return
        setResult(outcome)
        await afterRun?.(source, outcome)
        if (outcome.kind === 'sql' && !outcome.run.ok && outcome.run.timedOut) openDatabase()
      } finally {
        if (live.current) setRunning(null)
      }
    },
    [afterRun, beforeRun, exercise, openDatabase, running, sqlReady],
  )

  const errorLine = useMemo(() => errorLineOf(result), [result])
  const languageLabel = exerciseLanguageLabels[exercise.language]
  return (
    <div className="exercise-pad">
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
        {actions}
      </div>
      {exercise.kind === 'sql' && sqlReady !== 'ready' ? (
        <SqlProgressBar
          failed={typeof sqlReady === 'object' ? sqlReady.error : null}
          onRetry={openDatabase}
        />
      ) : null}
      <CodeEditor
        documentId={documentId}
        language={exercise.language}
        initialValue={initialCode}
        ariaLabel={`${languageLabel} editor: your answer`}
        onChange={(value) => {
          code.current = value
          onChange(value)
        }}
        onRun={() => void run('run')}
        errorLine={errorLine}
        replaceWith={replaceWith}
      />
      <div className="exercise-results" aria-live="polite">
        {running ? <p className="muted">{running === 'explain' ? 'Explaining…' : 'Running…'}</p> : null}
        {!running && result?.kind === 'code' ? <CodeResults outcome={result.outcome} /> : null}
        {!running && result?.kind === 'sql' ? <SqlResults run={result.run} /> : null}
        {!running && !result ? <p className="muted">{hint}</p> : null}
      </div>
    </div>
  )
}
