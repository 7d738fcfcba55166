import { useState } from 'react'
import { Link } from 'wouter'
import stats from 'virtual:bank/stats'
import { ErrorAlert } from '../../components/error-alert'
import { InterviewPlanSummary } from '../../components/interview-plan-summary'
import { useHomeData } from '../../db/home-reads'
import { isTopicId, topicLabel } from '../../domain/content/topics'
import { now } from '../../lib/clock'
import { BackupReminder } from './backup-reminder'

/**
 * What to do next: what is due, continue where you left off, the next
 * unopened question, bookmarks, and the interview plan. Reads only fixed-size
 * data, without the database library (db/home-reads), so the home screen
 * stays small and does not grow with the bank.
 */
export function HomeProgress() {
  // The moment the home screen opened; the counts are read again when the page comes back into view.
  const [openedAt] = useState(now)
  const { data, error, refresh } = useHomeData(stats, openedAt)
  if (!data) {
    return error ? (
      <ErrorAlert message={`Your progress could not be read: ${error}`} />
    ) : (
      <section className="panel next-step" aria-busy="true" aria-label="What to do next" />
    )
  }
  const { lastView: last, due, plan } = data
  const lastTopic = last?.topic && isTopicId(last.topic) ? last.topic : undefined
  const opened = Math.min(data.viewCount, stats.total)

  return (
    <>
      <BackupReminder status={data.backup} onDismissed={refresh} />
      {plan ? <InterviewPlanSummary summary={plan} editHref="/settings#interview-plan" /> : null}
      <section className="panel next-step" aria-labelledby="next-heading">
        <h2 id="next-heading">What to do next</h2>
        <p className="muted">
          You have opened {opened} of {stats.total} questions
          {data.bookmarkCount > 0 ? (
            <>
              {' '}
              and bookmarked <Link href="/bank?bookmarked=1">{data.bookmarkCount}</Link>
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
