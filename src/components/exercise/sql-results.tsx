import type { ResultTable } from '../../domain/exercises/sql-result'
import type { SqlRun } from '../../lib/sql-runner'

export function sqlSummary(run: SqlRun): string {
  if (!run.ok) return run.message.split('\n')[0] ?? 'Error'
  const o = run.outcome
  if (o.error) return `Error: ${o.error.message}`
  if (o.passed) return 'Correct'
  if (o.comparison && !o.comparison.ok) return o.comparison.message
  if (o.plan?.check && !o.plan.check.ok) return o.plan.check.message
  return 'Not correct yet'
}

const maxRows = 200

export function ResultGrid({ table, caption }: { table: ResultTable; caption: string }) {
  return (
    <div className="result-grid-wrap">
      <table className="result-grid">
        <caption>
          {caption}{' '}
          <span className="muted">
            ({table.rows.length} row{table.rows.length === 1 ? '' : 's'})
          </span>
        </caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, maxRows).map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={cell === null ? 'cell-null' : undefined}>
                  {cell === null ? 'NULL' : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > maxRows ? <p className="muted">Showing the first {maxRows} rows.</p> : null}
    </div>
  )
}

export function SqlResults({ run }: { run: SqlRun }) {
  if (!run.ok) {
    return (
      <div className="run-results">
        <p className="run-summary run-fail" role="status">
          {run.message}
        </p>
      </div>
    )
  }
  const o = run.outcome
  return (
    <div className="run-results">
      <p className={`run-summary run-${o.passed ? 'pass' : 'fail'}`} role="status">
        {o.passed ? 'Correct: your result matches' : sqlSummary(run)}
        {o.error?.line ? ` (line ${o.error.line})` : ''}
        <span className="muted"> · {o.ms} ms</span>
      </p>
      {o.passed && o.plan?.check ? <p>{o.plan.check.message}</p> : null}
      {o.statements.length > 0 ? <p className="muted">{o.statements.join(' · ')}</p> : null}
      <div className="result-pair">
        {o.result ? <ResultGrid table={o.result} caption="Your result" /> : null}
        {!o.passed && o.expected && o.comparison?.ok === false ? (
          <ResultGrid table={o.expected} caption="Expected" />
        ) : null}
      </div>
      {o.plan?.text ? (
        <details className="query-plan" open={o.plan.check !== null || undefined}>
          <summary>Query plan (EXPLAIN)</summary>
          <pre>{o.plan.text}</pre>
        </details>
      ) : null}
    </div>
  )
}
