import { Link, useLocation } from 'wouter'
import type { PlanSummary } from '../../domain/scheduling/interview-plan'
import { formatCount, formatShortDay, formatWholePercent } from '../../lib/format'
import { weakestTopics, weakestTopicsHref, type ReadinessRow } from './readiness'

/** Below this mean recall a topic shows as weak, below the next as fair. */
const weakBelow = 0.7
const fairBelow = 0.85

const tone = (r: ReadinessRow) =>
  r.studied === 0 || r.meanRecall < weakBelow ? 'weak' : r.meanRecall < fairBelow ? 'fair' : 'strong'

function listOf(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
}

/**
 * Each roadmap topic's share studied and recall now, weakest first, with a
 * way to study the weakest; with an interview plan, also the recall expected
 * on the day for the plan's topics.
 */
export function TopicReadiness({ rows, plan }: { rows: readonly ReadinessRow[]; plan: PlanSummary | null }) {
  const onDay = plan && plan.pace.status === 'ahead' ? new Map(plan.topics.map((t) => [t.topic, t])) : null
  const [, navigate] = useLocation()
  const weakest = weakestTopics(rows)
  const weakestLabels = weakest.map((id) => rows.find((r) => r.topic === id)?.label ?? id)

  return (
    <section className="panel stats-panel" aria-labelledby="readiness-heading">
      <div className="readiness-header">
        <h2 id="readiness-heading">Topic readiness</h2>
        <button
          type="button"
          className="button button-primary"
          disabled={weakest.length === 0}
          aria-describedby="readiness-weakest"
          onClick={() => navigate(weakestTopicsHref(weakest))}
        >
          Study the weakest topics
        </button>
      </div>
      <p id="readiness-weakest" className="muted stats-note">
        {weakest.length > 0 ? `Weakest now: ${listOf(weakestLabels)}.` : 'There are no cards to study yet.'}{' '}
        Recall is the mean chance of remembering a studied card right now
        {onDay
          ? '; on the interview day, if nothing more were reviewed (— for topics outside the plan or not yet studied)'
          : ''}
        .
      </p>
      <table className="stats-table readiness-table">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Studied</th>
            <th scope="col">Recall now</th>
            {onDay ? <th scope="col">On {formatShortDay(plan!.interviewDay)}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.topic}>
              <th scope="row">
                <Link href={`/bank?topic=${r.topic}`}>{r.label}</Link>
              </th>
              <td>
                {formatWholePercent(r.studiedShare)}
                <span className="muted readiness-of">
                  {' '}
                  {formatCount(r.studied)}/{formatCount(r.cards)}
                </span>
              </td>
              <td className="readiness-recall">
                <span className="readiness-value">{formatWholePercent(r.meanRecall)}</span>
                <span className="readiness-bar" aria-hidden="true">
                  <span
                    className={`readiness-fill readiness-${tone(r)}`}
                    style={{ width: `${Math.round(r.meanRecall * 100)}%` }}
                  />
                </span>
              </td>
              {onDay ? (
                <td className="readiness-on-day">
                  {onDay.get(r.topic)?.studied ? formatWholePercent(onDay.get(r.topic)!.recallOnDay) : '—'}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
