import { useEffect, useRef } from 'react'
import { formatCount, formatDecimal, formatLongDay, formatShortDay } from '../../lib/format'
import type { Heatmap } from './heatmap'
import { ShowAsTable } from './show-as-table'
import { StatFigures } from './stat-figures'

const cell = 11
const step = 14
const gutter = 30
const top = 16
const weekdayLabels = [
  { row: 0, label: 'Mon' },
  { row: 2, label: 'Wed' },
  { row: 4, label: 'Fri' },
]

const reviews = (n: number) => `${formatCount(n)} review${n === 1 ? '' : 's'}`

/** Reviews per study day over the last year, as a GitHub-style grid of weeks. */
export function ReviewHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const scroller = useRef<HTMLDivElement>(null)
  // Start at the most recent weeks when the grid is wider than the screen.
  useEffect(() => {
    const el = scroller.current
    if (el) el.scrollLeft = el.scrollWidth
  }, [])

  const width = gutter + heatmap.weeks * step
  const height = top + 7 * step
  const { busiest } = heatmap
  const label =
    `Reviews per day from ${formatShortDay(heatmap.first)} to ${formatShortDay(heatmap.last)}: ` +
    `${reviews(heatmap.total)} on ${formatCount(heatmap.daysStudied)} days` +
    (busiest ? `, the most on ${formatShortDay(busiest.day)} (${formatCount(busiest.count)}).` : '.')
  const studiedDays = heatmap.cells.filter((c) => c.count > 0)

  return (
    <section className="panel stats-panel stats-wide" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Reviews this year</h2>
      <StatFigures
        figures={[
          { label: 'Reviews', value: formatCount(heatmap.total) },
          { label: 'Days studied', value: `${formatCount(heatmap.daysStudied)} of ${heatmap.cells.length}` },
          { label: 'Daily average', value: formatDecimal(heatmap.dailyAverage) },
          { label: 'On days studied', value: formatDecimal(heatmap.studiedDayAverage) },
        ]}
      />
      <div className="heatmap-scroll" ref={scroller} tabIndex={0} role="group" aria-label="Review heatmap">
        <svg
          role="img"
          aria-label={label}
          className="heatmap"
          viewBox={`0 0 ${width} ${height}`}
          // Never smaller than its natural size (the box scrolls instead); larger on wide screens.
          style={{ minWidth: width, maxWidth: width * 1.6 }}
        >
          {heatmap.months.map((m) => (
            <text key={`${m.week}-${m.label}`} className="chart-label" x={gutter + m.week * step} y={11}>
              {m.label}
            </text>
          ))}
          {weekdayLabels.map((w) => (
            <text key={w.label} className="chart-label" x={0} y={top + w.row * step + cell - 1}>
              {w.label}
            </text>
          ))}
          {heatmap.cells.map((c) => (
            <rect
              key={c.day}
              className={`heatmap-cell heatmap-level-${c.level}`}
              x={gutter + c.week * step}
              y={top + c.weekday * step}
              width={cell}
              height={cell}
              rx={2}
            >
              <title>{`${formatLongDay(c.day)}: ${reviews(c.count)}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <div className="heatmap-legend" aria-hidden="true">
        <span>Less</span>
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={`heatmap-swatch heatmap-level-${level}`} />
        ))}
        <span>More</span>
      </div>
      <ShowAsTable>
        <table className="stats-table">
          <caption>Reviews per study day (days without reviews are left out)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Reviews</th>
            </tr>
          </thead>
          <tbody>
            {studiedDays.map((c) => (
              <tr key={c.day}>
                <th scope="row">{formatLongDay(c.day)}</th>
                <td>{formatCount(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ShowAsTable>
    </section>
  )
}
