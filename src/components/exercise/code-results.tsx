import type { CodeRunOutcome, TestReport } from '../../domain/exercises/code-run'

/** One line for the attempt history and the results header. */
export function codeSummary(outcome: CodeRunOutcome): string {
  if (outcome.status === 'timeout' || outcome.status === 'error') {
    return outcome.error?.message.split('\n')[0] ?? 'Error'
  }
  const passed = outcome.tests.filter((t) => t.passed).length
  return `${passed} of ${outcome.tests.length} tests pass`
}

export function CodeResults({ outcome }: { outcome: CodeRunOutcome }) {
  const passed = outcome.tests.filter((t) => t.passed).length
  const tone = outcome.status === 'passed' ? 'pass' : 'fail'
  return (
    <div className="run-results">
      <p className={`run-summary run-${tone}`} role="status">
        {outcome.status === 'passed' ? `All ${outcome.tests.length} tests pass` : codeSummary(outcome)}
        {outcome.error?.line ? ` (line ${outcome.error.line})` : ''}
        <span className="muted"> · {outcome.ms} ms</span>
      </p>
      {outcome.status === 'timeout' && outcome.tests.length > 0 ? (
        <p className="muted">
          {passed} of {outcome.tests.length} tests finished before the limit.
        </p>
      ) : null}
      {outcome.tests.length > 0 ? (
        <ul className="test-list" aria-label="Test results">
          {outcome.tests.map((t, i) => (
            <TestRow key={`${i}-${t.name}`} test={t} />
          ))}
        </ul>
      ) : null}
      {outcome.logs.length > 0 ? (
        <details className="test-logs" open>
          <summary>Console output</summary>
          <pre>{outcome.logs.join('\n')}</pre>
        </details>
      ) : null}
    </div>
  )
}

function TestRow({ test }: { test: TestReport }) {
  return (
    <li className={`test-row ${test.passed ? 'test-pass' : 'test-fail'}`}>
      <span className="test-mark" aria-hidden="true">
        {test.passed ? '✓' : '✗'}
      </span>
      <span className="test-name">
        {test.name}
        <span className="visually-hidden">{test.passed ? ': passed' : ': failed'}</span>
      </span>
      {test.passed ? null : (
        <div className="test-detail">
          <p>
            {test.message}
            {test.line ? <span className="muted"> — line {test.line} of your code</span> : null}
          </p>
          {test.expected !== null ? (
            <dl className="expected-actual">
              <dt>Expected</dt>
              <dd>
                <code>{test.expected}</code>
              </dd>
              <dt>Actual</dt>
              <dd>
                <code>{test.actual}</code>
              </dd>
            </dl>
          ) : null}
        </div>
      )}
      {test.logs.length > 0 ? (
        <details className="test-logs">
          <summary>Console ({test.logs.length})</summary>
          <pre>{test.logs.join('\n')}</pre>
        </details>
      ) : null}
    </li>
  )
}
