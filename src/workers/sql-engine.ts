/**
 * Runs SQL exercises on a PGlite database: the exercise's schema is loaded
 * once, and every run happens in a transaction that is rolled back, so each
 * run starts from the seeded data. Used by the SQL worker and by Node tests.
 */
import { PGlite, type Results } from '@electric-sql/pglite'
import type { SqlCheck } from '../domain/exercises/exercise.ts'
import type { SqlExerciseSpec } from '../domain/exercises/sql-protocol.ts'
import { checkPlan } from '../domain/exercises/sql-plan.ts'
import { compareResults, cellText, type ResultTable } from '../domain/exercises/sql-result.ts'
import type { SqlRunOutcome } from '../domain/exercises/sql-run.ts'
import { isQuery, isTransactionControl, lineAt, splitStatements } from '../domain/exercises/sql-script.ts'

export type { SqlExerciseSpec }

type Row = unknown[]

/**
 * PGlite's own start parameters, with 16 MB of shared buffers instead of the data directory's
 * 160 MB: PostgreSQL zeroes them on every start (about a quarter of `PGlite.create`), and an
 * exercise's tables take a few hundred kilobytes.
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']

function toTable(result: Results<Row>): ResultTable {
  return {
    columns: result.fields.map((f) => f.name),
    rows: result.rows.map((row) => row.map((v, i) => cellText(v, result.fields[i]?.dataTypeID ?? 0))),
  }
}

function errorOf(error: unknown, script: string): { message: string; line: number | null } {
  const e = error as { message?: string; position?: string; hint?: string }
  const position = e.position ? Number(e.position) : NaN
  const line = Number.isFinite(position) ? lineAt(script, position - 1) : null
  const message = `${e.message ?? String(error)}${e.hint ? ` (hint: ${e.hint})` : ''}`
  return { message, line }
}

export class SqlExerciseEngine {
  private spec: SqlExerciseSpec | null = null
  /** The seeded data was changed for good (a COMMIT in a run): reload before the next run. */
  private dirty = false
  private expected: { table: ResultTable | null; error: string | null } | null = null

  constructor(private readonly db: PGlite) {}

  /** Drops everything and loads the exercise's schema and seed data. */
  async open(spec: SqlExerciseSpec): Promise<void> {
    this.spec = spec
    this.expected = null
    await this.reset()
  }

  async reset(): Promise<void> {
    if (!this.spec) throw new Error('no exercise is open')
    await this.db.exec('ROLLBACK').catch(() => undefined)
    await this.db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await this.db.exec(this.spec.schema)
    this.dirty = false
  }

  /** Runs the user's statements, checks them against the reference solution, and rolls back. */
  async run(script: string, options: { explain?: boolean } = {}): Promise<SqlRunOutcome> {
    const spec = this.spec
    if (!spec) throw new Error('no exercise is open')
    const started = performance.now()
    if (this.dirty) await this.reset()
    this.expected ??= await this.expectedResult(spec)

    const attempt = await this.execute(
      script,
      spec.check,
      options.explain === true || spec.check.plan !== null,
    )
    const outcome: SqlRunOutcome = {
      passed: false,
      error: attempt.error,
      result: attempt.table,
      statements: attempt.statements,
      expected: this.expected.table,
      comparison: null,
      plan: null,
      ms: 0,
    }
    if (this.expected.error) {
      outcome.error ??= { message: `The reference solution failed: ${this.expected.error}`, line: null }
    }
    if (!outcome.error && outcome.result && this.expected.table) {
      outcome.comparison = compareResults(this.expected.table, outcome.result, spec.check.order)
    } else if (!outcome.error && !outcome.result) {
      outcome.comparison = {
        ok: false,
        message: 'Your statements returned no rows to check: end with a query.',
      }
    }
    if (attempt.plan) {
      outcome.plan = {
        text: attempt.plan.text,
        check: spec.check.plan ? checkPlan(attempt.plan.json, spec.check.plan) : null,
      }
    } else if (spec.check.plan && !outcome.error) {
      outcome.plan = {
        text: '',
        check: { ok: false, message: 'The plan check needs your answer to end with a query.' },
      }
    }
    outcome.passed =
      outcome.error === null &&
      outcome.comparison?.ok === true &&
      (spec.check.plan === null || outcome.plan?.check?.ok === true)
    outcome.ms = Math.round(performance.now() - started)
    return outcome
  }

  private async expectedResult(
    spec: SqlExerciseSpec,
  ): Promise<{ table: ResultTable | null; error: string | null }> {
    const run = await this.execute(spec.solution, spec.check, false)
    if (this.dirty) await this.reset()
    return { table: run.table, error: run.error?.message ?? null }
  }

  private async execute(
    script: string,
    check: SqlCheck,
    explain: boolean,
  ): Promise<{
    table: ResultTable | null
    statements: string[]
    error: { message: string; line: number | null } | null
    plan: { text: string; json: unknown } | null
  }> {
    const statements = splitStatements(script)
    if (statements.some((s) => isTransactionControl(s.text))) this.dirty = true
    let table: ResultTable | null = null
    const summaries: string[] = []
    let plan: { text: string; json: unknown } | null = null
    await this.db.exec('BEGIN')
    try {
      let results: Results<Row>[]
      try {
        results = (await this.db.exec(script, { rowMode: 'array' })) as Results<Row>[]
      } catch (error) {
        return { table: null, statements: [], error: errorOf(error, script), plan: null }
      }
      for (const r of results) {
        if (r.fields.length > 0) table = toTable(r)
        else if (r.affectedRows)
          summaries.push(`${r.affectedRows} row${r.affectedRows === 1 ? '' : 's'} affected`)
      }
      if (check.query) {
        try {
          table = toTable((await this.db.query<Row>(check.query, [], { rowMode: 'array' })) as Results<Row>)
        } catch (error) {
          return {
            table: null,
            statements: summaries,
            error: {
              message: `The check query failed after your statements: ${errorOf(error, check.query).message}`,
              line: null,
            },
            plan: null,
          }
        }
      }
      const target = check.query ?? [...statements].reverse().find((s) => isQuery(s.text))?.text ?? null
      if (explain && target) {
        try {
          const json = await this.db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${target}`)
          const text = await this.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${target}`)
          plan = {
            json: json.rows[0]?.['QUERY PLAN'],
            text: text.rows.map((r) => r['QUERY PLAN']).join('\n'),
          }
        } catch {
          plan = null
        }
      }
      return { table, statements: summaries, error: null, plan }
    } finally {
      await this.db.exec('ROLLBACK').catch(() => undefined)
    }
  }
}
