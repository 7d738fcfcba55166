import { formatCount, formatLongDay, formatShortDay } from '../../lib/format'
import type { ForecastDay } from './forecast'
import { ShowAsTable } from './show-as-table'
import { StatFigures } from './stat-figures'

const sum = (days: readonly ForecastDay[]) => days.reduce((n, d) => n + d.due, 0)
const cards = (n: number) => `${formatCount(n)} card${n === 1 ? '' : 's'}`

/** Cards falling due on each of the next study days, as a bar chart that stretches to its box. */
export function DueForecastChart({ forecast }: { forecast: readonly ForecastDay[] }) {
  const first = forecast[0]
  const last = forecast.at(-1)
  const mid = forecast[Math.floor(forecast.length / 2)]
  const max = Math.max(1, ...forecast.map((d) => d.due))
  const total = sum(forecast)
  const peak = forecast.reduce<ForecastDay | undefined>((a, d) => (!a || d.due > a.due ? d : a), undefined)
  const label =
    `Cards due over the next ${forecast.length} days: ${cards(total)} in all, ` +
    `${formatCount(first?.due ?? 0)} today` +
    (peak && peak.due > 0 ? `, the most on ${formatShortDay(peak.day)} (${formatCount(peak.due)}).` : '.')

  return (
    <section className="panel stats-panel" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">Due in the next {forecast.length} days</h2>
      <StatFigures
        figures={[
          { label: 'Today', value: formatCount(first?.due ?? 0) },
          { label: 'Tomorrow', value: formatCount(forecast[1]?.due ?? 0) },
          { label: 'Next 7 days', value: formatCount(sum(forecast.slice(0, 7))) },
          { label: `Next ${forecast.length} days`, value: formatCount(total) },
        ]}
      />
      <div className="bar-chart">
        <span className="bar-chart-max" aria-hidden="true">
          {formatCount(max)}
        </span>
        <svg
          role="img"
          aria-label={label}
          className="bar-chart-svg"
          viewBox={`0 0 ${forecast.length} 100`}
          preserveAspectRatio="none"
        >
          <line className="chart-grid" x1={0} x2={forecast.length} y1={0.5} y2={0.5} />
          <line className="chart-grid" x1={0} x2={forecast.length} y1={50} y2={50} />
          <line className="chart-axis" x1={0} x2={forecast.length} y1={99.5} y2={99.5} />
          {forecast.map((d, i) => {
            const h = d.due > 0 ? Math.max(2, (d.due / max) * 100) : 0
            return (
              <rect key={d.day} className="chart-bar" x={i + 0.15} y={100 - h} width={0.7} height={h}>
                <title>{`${formatLongDay(d.day)}: ${cards(d.due)}`}</title>
              </rect>
            )
          })}
        </svg>
        <div className="bar-chart-x" aria-hidden="true">
          <span>Today</span>
          {mid ? <span>{formatShortDay(mid.day)}</span> : null}
          {last ? <span>{formatShortDay(last.day)}</span> : null}
        </div>
      </div>
      <ShowAsTable>
        <table className="stats-table">
          <caption>Cards due per study day (overdue cards count on today)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((d, i) => (
              <tr key={d.day}>
                <th scope="row">{i === 0 ? `Today (${formatShortDay(d.day)})` : formatLongDay(d.day)}</th>
                <td>{formatCount(d.due)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ShowAsTable>
    </section>
  )
}
