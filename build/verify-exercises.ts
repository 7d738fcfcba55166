/**
 * Runs every exercise's reference solution through the runner code the app
 * uses — the sandbox's test runtime for code, the SQL engine on real
 * PostgreSQL (PGlite) for SQL — and checks that it passes, and that the
 * starter does not (so the tests can fail).
 */
import { PGlite } from '@electric-sql/pglite'
import type { ParsedItem } from '../src/domain/content/parse-item-source.ts'
import type { CodeExercise, SqlExercise } from '../src/domain/exercises/exercise.ts'
import { transpileModule } from '../src/domain/exercises/transpile.ts'
import { runSuiteLocked } from './locked-runtime.ts'
import { pgliteDataDir } from './pglite-datadir-plugin.ts'
import { SqlExerciseEngine } from '../src/workers/sql-engine.ts'
import { describeError } from '../src/domain/validation/describe-error.ts'

export interface ExerciseVerdict {
  id: string
  path: string
  problems: string[]
  /** Milliseconds the reference run took. */
  ms: number
}

async function runCode(
  exercise: CodeExercise,
  source: string,
): Promise<{ passed: number; failed: string[] }> {
  const solution = transpileModule(source, exercise.language)
  const tests = transpileModule(exercise.tests, exercise.language)
  if (!solution.ok)
    return { passed: 0, failed: [`code does not compile: ${solution.message} (line ${solution.line})`] }
  if (!tests.ok) return { passed: 0, failed: [`tests do not compile: ${tests.message} (line ${tests.line})`] }
  // As the app runs it: a worker with the realm locked down, reports on a port.
  const { reports, timedOut } = await runSuiteLocked(solution.code, tests.code)
  const failed: string[] = timedOut ? ['timed out'] : []
  let passed = 0
  for (const r of reports) {
    if (r.kind === 'error') failed.push(`${r.phase} failed to load: ${r.message}`)
    if (r.kind === 'test' && r.passed) passed++
    if (r.kind === 'test' && !r.passed) {
      failed.push(
        `test '${r.name}' failed: ${r.message}${r.expected !== null ? ` (expected ${r.expected}, got ${r.actual})` : ''}`,
      )
    }
  }
  return { passed, failed }
}

async function verifyCode(item: ParsedItem, exercise: CodeExercise): Promise<string[]> {
  const problems: string[] = []
  const reference = await runCode(exercise, exercise.solution)
  problems.push(...reference.failed.map((f) => `reference solution: ${f}`))
  if (reference.passed < 4) problems.push(`needs at least 4 tests, found ${reference.passed} passing`)
  const starter = await runCode(exercise, exercise.starter)
  if (starter.failed.length === 0) problems.push('the starter code already passes every test')
  void item
  return problems
}

async function verifySql(
  engine: SqlExerciseEngine,
  item: ParsedItem,
  exercise: SqlExercise,
): Promise<string[]> {
  const problems: string[] = []
  try {
    await engine.open({
      id: item.frontMatter.id,
      schema: exercise.schema,
      solution: exercise.solution,
      check: exercise.check,
    })
  } catch (error) {
    return [`the schema fails to load: ${describeError(error)}`]
  }
  const reference = await engine.run(exercise.solution)
  if (!reference.passed) {
    problems.push(
      `reference solution does not pass: ${reference.error?.message ?? reference.comparison?.message ?? reference.plan?.check?.message ?? 'unknown'}`,
    )
  }
  if ((reference.expected?.rows.length ?? 0) === 0) problems.push('the expected result has no rows')
  const starter = await engine.run(exercise.starter)
  if (starter.passed) problems.push('the starter already passes the check')
  return problems
}

export async function verifyExercises(items: ParsedItem[]): Promise<ExerciseVerdict[]> {
  const verdicts: ExerciseVerdict[] = []
  let engine: SqlExerciseEngine | null = null
  for (const item of items) {
    const { exercise } = item
    if (!exercise) continue
    const started = performance.now()
    let problems: string[]
    if (exercise.kind === 'code') {
      problems = await verifyCode(item, exercise)
    } else {
      // From the build's pre-initialised data directory, as the app starts it (no initdb).
      engine ??= new SqlExerciseEngine(
        await PGlite.create({ loadDataDir: new Blob([new Uint8Array(await pgliteDataDir(process.cwd()))]) }),
      )
      problems = await verifySql(engine, item, exercise)
    }
    verdicts.push({
      id: item.frontMatter.id,
      path: item.path,
      problems,
      ms: Math.round(performance.now() - started),
    })
  }
  return verdicts
}
