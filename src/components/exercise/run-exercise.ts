/**
 * Running an exercise's code: the hidden tests in the sandbox, or the query
 * on PGlite; and what a run amounts to, for attempts and for grading.
 */
import type { CodeRunOutcome } from '../../domain/exercises/code-run'
import type { Exercise } from '../../domain/exercises/exercise'
import { runCodeExercise } from '../../lib/code-sandbox'
import { openSqlExercise, runSqlExercise, type SqlRun } from '../../lib/sql-runner'
import { codeSummary } from './code-results'
import { sqlSummary } from './sql-results'
import { describeError } from '../../domain/validation/describe-error'

export type RunResult = { kind: 'code'; outcome: CodeRunOutcome } | { kind: 'sql'; run: SqlRun }

export interface RunVerdict {
  passed: boolean
  /** Tests (code) or checks (SQL) passed, of `total`. */
  passedCount: number
  total: number
  summary: string
}

/** Runs `source` against the exercise (whose SQL database must be open). Never rejects. */
export async function runExercise(
  exercise: Exercise,
  source: string,
  mode: 'run' | 'explain' = 'run',
): Promise<RunResult> {
  try {
    if (exercise.kind === 'code') {
      return {
        kind: 'code',
        outcome: await runCodeExercise({ source, tests: exercise.tests, language: exercise.language }),
      }
    }
    return { kind: 'sql', run: await runSqlExercise(source, { explain: mode === 'explain' }) }
  } catch (error) {
    const message = describeError(error)
    return exercise.kind === 'code'
      ? {
          kind: 'code',
          outcome: { status: 'error', tests: [], error: { message, line: null }, logs: [], ms: 0 },
        }
      : { kind: 'sql', run: { ok: false, timedOut: false, message } }
  }
}

/**
 * What a run counts for; null when it says nothing about the answer (the
 * SQL engine failed for a reason other than the query's time limit).
 */
export function runVerdict(result: RunResult): RunVerdict | null {
  if (result.kind === 'code') {
    const o = result.outcome
    return {
      passed: o.status === 'passed',
      passedCount: o.tests.filter((t) => t.passed).length,
      total: o.tests.length,
      summary: codeSummary(o),
    }
  }
  const run = result.run
  if (!run.ok && !run.timedOut) return null
  const passed = run.ok && run.outcome.passed
  return { passed, passedCount: passed ? 1 : 0, total: 1, summary: sqlSummary(run) }
}

/** Opens an SQL exercise's database (seeded from its schema); nothing to do for code. */
export async function prepareExercise(id: string, exercise: Exercise): Promise<void> {
  if (exercise.kind !== 'sql') return
  await openSqlExercise({ id, schema: exercise.schema, solution: exercise.solution, check: exercise.check })
}

/** The line to mark in the editor for a run: its error's, or the first failing test's. */
export function errorLineOf(result: RunResult | null): { line: number; message: string } | null {
  if (result?.kind === 'code') {
    const o = result.outcome
    if (o.error?.line) return { line: o.error.line, message: o.error.message }
    const failed = o.tests.find((t) => !t.passed && t.line)
    return failed?.line ? { line: failed.line, message: `${failed.name}: ${failed.message ?? ''}` } : null
  }
  if (result?.kind === 'sql' && result.run.ok && result.run.outcome.error?.line)
    return { line: result.run.outcome.error.line, message: result.run.outcome.error.message }
  return null
}
