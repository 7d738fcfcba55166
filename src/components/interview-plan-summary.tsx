/**
 * What the interview plan says today: the date and days left, today's new
 * cards and the review-only days, recall now and on the day, and a warning
 * with what to do when the pace is not one to keep. Shown on Home and in
 * Statistics; the data comes as props.
 */
import { Link } from 'wouter'
import { topicLabel } from '../domain/content/topics'
import { comfortableNewPerDay, plannedNewToday, type PlanSummary } from '../domain/scheduling/interview-plan'
import { formatCount, formatLongDay, formatShortDay, formatWholePercent } from '../lib/format'
import './interview-plan-summary.css'

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`

function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

export function InterviewPlanSummary({ summary, editHref }: { summary: PlanSummary; editHref?: string }) {
  const { pace } = summary
  const when = formatLongDay(summary.interviewDay)
  const planned = plannedNewToday(pace, summary.today)
  return (
    <section className="panel interview-plan" aria-labelledby="interview-plan-heading">
      <div className="interview-plan-header">
        <h2 id="interview-plan-heading">
          {pace.status === 'past'
            ? 'Your interview date has passed'
            : pace.status === 'today'
              ? 'Your interview is today'
              : `Interview in ${plural(pace.daysLeft, 'day')}`}
        </h2>
        {editHref ? (
          <Link href={editHref} className="button button-quiet">
            Change the plan
          </Link>
        ) : null}
      </div>
      <p className="muted">
        {when}
        {summary.plan.topics.length > 0
          ? ` · ${listOf(summary.plan.topics.map((t) => topicLabel(t)))}`
          : ' · every topic'}
      </p>

      {pace.status === 'past' ? (
        <p>
          It was {plural(pace.daysAgo, 'day')} ago. Set the next date, or remove it to study for the long run.
        </p>
      ) : pace.status === 'today' ? (
        <p>Today is for review only: no new cards. Good luck.</p>
      ) : (
        <>
          <dl className="plan-figures">
            <div>
              <dt>New cards today</dt>
              <dd>{planned === 0 ? 'None: review only' : formatCount(planned ?? 0)}</dd>
            </div>
            <div>
              <dt>Still to introduce</dt>
              <dd>{formatCount(pace.unseen)}</dd>
            </div>
            <div>
              <dt>Recall now</dt>
              <dd>{summary.studied > 0 ? formatWholePercent(summary.recallNow) : '—'}</dd>
            </div>
            <div>
              <dt>Recall on the day</dt>
              <dd>{summary.studied > 0 ? formatWholePercent(summary.recallOnDay) : '—'}</dd>
            </div>
          </dl>
          <p className="plan-schedule">
            {pace.newDays > 0
              ? `New cards until ${formatShortDay(pace.lastNewDay)}, ${formatCount(pace.newPerDay)} a day`
              : 'No days left for new cards'}
            {pace.reviewOnlyDays > 0
              ? `; then ${plural(pace.reviewOnlyDays, 'day')} of review only before the interview.`
              : '.'}{' '}
            Every studied card comes up once more before the day. Recall on the day is what FSRS expects of
            the cards studied so far if nothing more were reviewed: the reviews still to come raise it.
          </p>
          {!pace.feasible ? (
            <div className="plan-warning" role="alert">
              <p>
                {formatCount(pace.unseen)} cards in {plural(pace.newDays, 'day')} is{' '}
                {formatCount(pace.newPerDay)} new cards a day, more than the {comfortableNewPerDay} a day a
                person keeps up with (each brings reviews after it).
              </p>
              <p>
                {summary.drop.length > 0
                  ? `Leave out ${listOf(summary.drop.map((d) => `${topicLabel(d.topic)} (${formatCount(d.unseen)} cards)`))} to get within ${comfortableNewPerDay} a day, or study ${formatCount(pace.newPerDay)} a day.`
                  : `Study ${formatCount(pace.newPerDay)} a day, or move the date.`}
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}
