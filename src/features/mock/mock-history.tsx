import { Link } from 'wouter'
import type { MockRecord } from '../../db/db'
import { mockFormatLabels, mockFormats } from '../../domain/mock/formats'
import { formatClock } from '../../domain/mock/session'
import { ScoreTrend } from './score-trend'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** Past mocks, newest first, with a trend per format. */
export function MockHistory({ mocks }: { mocks: readonly MockRecord[] }) {
  const done = mocks.filter((m) => m.status === 'submitted')
  const formats = mockFormats.filter((f) => done.some((m) => m.format === f && m.result))
  return (
    <section className="mock-history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {formats.length > 0 ? (
        <div className="mock-trends">
          {formats.map((f) => (
            <ScoreTrend
              key={f}
              label={mockFormatLabels[f]}
              points={done
                .filter((m) => m.format === f && m.result)
                .map((m) => ({ at: m.startedAt, percent: m.result!.percent }))
                .reverse()}
            />
          ))}
        </div>
      ) : null}
      <table className="mock-table">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Format</th>
            <th scope="col">Items</th>
            <th scope="col">Time used</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {mocks.map((m) => (
            <tr key={m.id}>
              <td>
                <Link href={`/mock/${m.id}`}>{dateFormat.format(m.startedAt)}</Link>
              </td>
              <td>
                {mockFormatLabels[m.format]}
                {m.mode === 'practice' ? <span className="muted"> · practice</span> : null}
              </td>
              <td>{m.items.length}</td>
              <td>{m.submittedAt ? formatClock(m.durationMs - (m.deadline - m.submittedAt)) : '—'}</td>
              <td>{scoreText(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function scoreText(m: MockRecord): string {
  if (m.status !== 'submitted') return 'In progress'
  if (!m.result) return 'Not graded yet'
  return `${m.result.percent}%${m.result.pending > 0 ? ` (${m.result.pending} to grade)` : ''}`
}
