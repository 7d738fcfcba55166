import { useState } from 'react'
import { Link } from 'wouter'
import outline from 'virtual:bank/outline'
import { useBookmarkedIds } from '../../db/bookmarks'
import { useDueSummary } from '../../db/cards'
import { useItemViews } from '../../db/item-views'
import { topicLabel, type TopicId } from '../../domain/content/topics'
import { now } from '../../lib/clock'
import { nextUnopened } from './next-unopened'

const topicOf = new Map<string, TopicId>(outline.map(([id, topic]) => [id, topic]))
const bankCardCount = outline.filter(([, , type]) => type === 'card' || type === 'mcq').length

/** What to do next: continue where you left off, the next unopened question, bookmarks. */
export function HomeProgress() {
  const views = useItemViews()
  const bookmarked = useBookmarkedIds()
  // The moment the home screen opened; the live query refreshes the counts after each review.
  const [openedAt] = useState(now)
  const due = useDueSummary(bankCardCount, openedAt)
  if (views === undefined || bookmarked === undefined || due === undefined) {
    return <section className="panel next-step" aria-busy="true" aria-label="What to do next" />
  }
  const opened = new Set(views.filter((v) => topicOf.has(v.itemId)).map((v) => v.itemId))
  const last = views.find((v) => topicOf.has(v.itemId))
  const lastTopic = last ? topicOf.get(last.itemId) : undefined
  const next = nextUnopened(outline, opened, lastTopic)

  return (
    <section className="panel next-step" aria-labelledby="next-heading">
      <h2 id="next-heading">What to do next</h2>
      <p className="muted">
        You have opened {opened.size} of {outline.length} questions
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
        {next ? (
          <li>
            <Link href={`/bank/${next.id}?topic=${next.topic}`} className="next-action">
              <span className="next-label">{opened.size === 0 ? 'Start here' : 'Next new question'}</span>
              <span className="next-title">{topicLabel(next.topic)}</span>
            </Link>
          </li>
        ) : (
          <li className="muted">You have opened every question in the bank.</li>
        )}
        <li>
          <Link href="/bank" className="next-action">
            <span className="next-label">Browse and search</span>
            <span className="next-title">The whole question bank</span>
          </Link>
        </li>
      </ul>
    </section>
  )
}
