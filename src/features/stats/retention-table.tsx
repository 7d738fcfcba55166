import { matureIntervalDays } from '../../domain/scheduling/review-days'
import { formatCount, formatPercent } from '../../lib/format'
import { passRate, type PassFail, type RetentionRow } from './retention'

function Rate({ counts }: { counts: PassFail }) {
  const reviewed = counts.pass + counts.fail
  return (
    <td>
      <span className="retention-rate">{formatPercent(passRate(counts))}</span>
      {reviewed > 0 ? (
        <span className="retention-count muted">
          {formatCount(counts.pass)} of {formatCount(reviewed)}
        </span>
      ) : null}
    </td>
  )
}

/** True retention by period, young and mature apart, as Anki shows it. */
export function RetentionTable({ rows }: { rows: readonly RetentionRow[] }) {
  return (
    <section className="panel stats-panel" aria-labelledby="retention-heading">
      <h2 id="retention-heading">True retention</h2>
      <table className="stats-table retention-table" aria-describedby="retention-note">
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Young</th>
            <th scope="col">Mature</th>
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.period}>
              <th scope="row">{r.label}</th>
              <Rate counts={r.young} />
              <Rate counts={r.mature} />
              <Rate counts={r.total} />
            </tr>
          ))}
        </tbody>
      </table>
      <p id="retention-note" className="muted stats-note">
        Share of reviews passed (any grade but Again) for cards in review at an interval of a day or more.
        Young cards have an interval under {matureIntervalDays} days, mature ones {matureIntervalDays} or
        more.
      </p>
    </section>
  )
}
