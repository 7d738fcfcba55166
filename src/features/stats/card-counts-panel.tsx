import type { CardCounts } from './card-counts'
import { formatCount, formatWholePercent } from '../../lib/format'

const states = [
  { key: 'new', label: 'New' },
  { key: 'learning', label: 'Learning' },
  { key: 'review', label: 'Review' },
  { key: 'relearning', label: 'Relearning' },
] as const

const flags = [
  { key: 'suspended', label: 'Suspended' },
  { key: 'buried', label: 'Buried' },
  { key: 'leech', label: 'Leeches' },
  { key: 'flagged', label: 'Flagged' },
] as const

/** How many cards are in each state, as a stacked bar and a table, and how many carry each flag. */
export function CardCountsPanel({ counts }: { counts: CardCounts }) {
  const total = Math.max(1, counts.total)
  let x = 0
  const segments = states.map((s) => {
    const width = (counts[s.key] / total) * 100
    const segment = { ...s, x, width }
    x += width
    return segment
  })
  const label = `Cards by state: ${states.map((s) => `${formatCount(counts[s.key])} ${s.label.toLowerCase()}`).join(', ')}.`

  return (
    <section className="panel stats-panel" aria-labelledby="counts-heading">
      <h2 id="counts-heading">Cards</h2>
      <svg
        role="img"
        aria-label={label}
        className="state-bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
      >
        <rect className="state-track" x={0} y={0} width={100} height={10} />
        {segments.map((s) =>
          s.width > 0 ? (
            <rect key={s.key} className={`state-${s.key}`} x={s.x} y={0} width={s.width} height={10} />
          ) : null,
        )}
      </svg>
      <div className="counts-tables">
        <table className="stats-table">
          <caption>By state</caption>
          <tbody>
            {states.map((s) => (
              <tr key={s.key}>
                <th scope="row">
                  <span className={`state-swatch state-${s.key}`} aria-hidden="true" />
                  {s.label}
                </th>
                <td>{formatCount(counts[s.key])}</td>
                <td className="muted">{formatWholePercent(counts[s.key] / total)}</td>
              </tr>
            ))}
            <tr className="counts-total">
              <th scope="row">All cards</th>
              <td>{formatCount(counts.total)}</td>
              <td />
            </tr>
          </tbody>
        </table>
        <table className="stats-table">
          <caption>Set aside or marked</caption>
          <tbody>
            {flags.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td>{formatCount(counts[f.key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
