interface Point {
  at: number
  percent: number
}

const width = 240
const height = 80
const pad = 6
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

/** A format's scores over time, oldest to newest, as a small line chart with its numbers in words. */
export function ScoreTrend({ label, points }: { label: string; points: readonly Point[] }) {
  const xs = points.map((_, i) =>
    points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1),
  )
  const ys = points.map((p) => pad + ((100 - p.percent) * (height - 2 * pad)) / 100)
  const path = xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${ys[i]!.toFixed(1)}`).join(' ')
  const last = points[points.length - 1]
  const first = points[0]
  const change = last && first && points.length > 1 ? last.percent - first.percent : null
  const description = points.map((p) => `${dayFormat.format(p.at)}: ${p.percent}%`).join(', ')
  return (
    <figure className="score-trend panel">
      <figcaption>
        <strong>{label}</strong>{' '}
        <span className="muted">
          {last ? `last ${last.percent}%` : ''}
          {change !== null ? ` · ${change >= 0 ? '+' : ''}${change} points over ${points.length} mocks` : ''}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label} scores: ${description}`}>
        <line x1={pad} x2={width - pad} y1={height / 2} y2={height / 2} className="trend-mid" />
        <path d={path} className="trend-line" />
        {xs.map((x, i) => (
          <circle key={i} cx={x} cy={ys[i]} r={3} className="trend-dot" />
        ))}
      </svg>
    </figure>
  )
}
