import { useState } from 'react'
import { Link } from 'wouter'
import stats from 'virtual:bank/stats'
import { useBookmarkedIds } from '../../db/bookmarks'
import { useDueSummary } from '../../db/cards'
import { usePlanSummary } from '../../db/interview-plan'
import { useItemViews } from '../../db/item-views'
import { InterviewPlanSummary } from '../../components/interview-plan-summary'
import { plannedNewToday } from '../../domain/scheduling/interview-plan'
import { isTopicId, topicLabel } from '../../domain/content/topics'
import { now } from '../../lib/clock'
import { BackupReminder } from './backup-reminder'

/**
 * What to do next: what is due, continue where you left off, the next
 * unopened question, bookmarks. Reads only fixed-size data, so the home
 * screen does not grow with the bank.
 */
export function HomeProgress() {
  const views = useItemViews()
  const bookmarked = useBookmarkedIds()
  // The moment the home screen opened; the live query refreshes the counts after each review.
  const [openedAt] = useState(now)
  const plan = usePlanSummary(stats.flashcardsByTopic, openedAt)
  const due = useDueSummary(stats.flashcards, openedAt, plan ? plannedNewToday(plan.pace, plan.today) : null)
  if (views === undefined || bookmarked === undefined || due === undefined || plan === undefined) {
    return <section className="panel next-step" aria-busy="true" aria-label="What to do next" />
  }
  const last = views[0]
  const lastTopic = last?.topic && isTopicId(last.topic) ? last.topic : undefined
  const opened = Math.min(views.length, stats.total)

  return (
    <>
      <BackupReminder />
      {plan ? <InterviewPlanSummary summary={plan} editHref="/settings#interview-plan" /> : null}
      <section className="panel next-step" aria-labelledby="next-heading">
        <h2 id="next-heading">What to do next</h2>
        <p className="muted">
          You have opened {opened} of {stats.total} questions
          {bookmarked.size > 0 ? (
            <>
              {' '}
              and bookmarked <Link href="/bank?bookmarked=1">{bookmarked.size}</Link>
            </>
          ) : null}
          .
        </p>
        <ul className="next-actions">
          <li>
            <Link href="/review" className="next-action next-action-primary">
              <span className="next-label">Review flashcards</span>
              <span className="next-title">
                {due.review + due.learning + due.new === 0
                  ? 'Nothing is due right now'
                  : `${due.review} to review · ${due.learning} learning · ${due.new} new`}
              </span>
            </Link>
          </li>
          {last ? (
            <li>
              <Link href={`/bank/${last.itemId}`} className="next-action">
                <span className="next-label">Continue where you left off</span>
                <span className="next-title">{last.title}</span>
              </Link>
            </li>
          ) : null}
          {opened < stats.total ? (
            <li>
              <Link href={`/bank/next${lastTopic ? `?topic=${lastTopic}` : ''}`} className="next-action">
                <span className="next-label">{opened === 0 ? 'Start here' : 'Next new question'}</span>
                <span className="next-title">
                  {lastTopic ? topicLabel(lastTopic) : 'The first one you have not opened'}
                </span>
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/bank" className="next-action">
              <span className="next-label">Browse and search</span>
              <span className="next-title">The whole question bank</span>
            </Link>
          </li>
          {plan === null ? (
            <li>
              <Link href="/settings#interview-plan" className="next-action">
                <span className="next-label">Interview coming up?</span>
                <span className="next-title">Set its date: new cards are paced to it</span>
              </Link>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  )
}
