import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import bankStats from 'virtual:bank/stats'
import { InterviewPlanSummary } from '../../components/interview-plan-summary'
import { usePlanSummary } from '../../db/interview-plan'
import { now } from '../../lib/clock'
import { useDocumentTitle } from '../../lib/use-document-title'
import { CardCountsPanel } from './card-counts-panel'
import { DueForecastChart } from './due-forecast-chart'
import { RetentionTable } from './retention-table'
import { ReviewHeatmap } from './review-heatmap'
import { TopicReadiness } from './topic-readiness'
import { useStats } from './use-stats'
import './stats.css'

/**
 * Flashcard statistics: reviews over the year, the due forecast, true
 * retention, counts by state and readiness per topic. Marks `stats-rendered`
 * once drawn with data (read by `npm run bench`).
 */
export function StatsScreen() {
  useDocumentTitle('Statistics')
  const stats = useStats()
  const [openedAt] = useState(now)
  const plan = usePlanSummary(bankStats.flashcardsByTopic, openedAt)
  const marked = useRef(false)
  useEffect(() => {
    if (stats && !marked.current) {
      marked.current = true
      performance.mark('stats-rendered')
    }
  }, [stats])

  return (
    <div className="stats">
      <header className="page-header">
        <h1>Statistics</h1>
        <p className="muted">Your flashcard reviews, what comes next, and how ready each topic is.</p>
      </header>
      {!stats ? (
        <p className="muted loading" aria-busy="true">
          Loading statistics…
        </p>
      ) : (
        <div className="stats-grid">
          {stats.noReviews ? (
            <section className="panel stats-panel stats-wide stats-empty" aria-labelledby="empty-heading">
              <h2 id="empty-heading">No reviews yet</h2>
              <p>
                Once you review flashcards, this page shows your reviews over the year, what falls due next
                and how well you remember each topic.
              </p>
              <Link href="/review" className="button button-primary">
                Start reviewing
              </Link>
            </section>
          ) : (
            <>
              <ReviewHeatmap heatmap={stats.heatmap} />
              <DueForecastChart forecast={stats.forecast} />
              <RetentionTable rows={stats.retention} />
            </>
          )}
          {plan ? (
            <div className="stats-wide">
              <InterviewPlanSummary summary={plan} editHref="/settings#interview-plan" />
            </div>
          ) : null}
          <TopicReadiness rows={stats.readiness} plan={plan ?? null} />
          <CardCountsPanel counts={stats.counts} />
        </div>
      )}
    </div>
  )
}
