import { useEffect } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import summaries from 'virtual:bank/summaries'
import { useItemViews } from '../../db/item-views'
import { isTopicId } from '../../domain/content/topics'
import { nextUnopened } from './next-unopened'

const outline = summaries.map((s) => [s.id, s.topic] as const)

/** /bank/next[?topic=…]: opens the next question not opened yet (in that topic first). */
export function NextUnopened() {
  const views = useItemViews()
  const search = useSearch()
  const [, navigate] = useLocation()
  const topic = new URLSearchParams(search).get('topic') ?? ''
  const next = views
    ? nextUnopened(outline, new Set(views.map((v) => v.itemId)), isTopicId(topic) ? topic : undefined)
    : undefined

  useEffect(() => {
    if (next) navigate(`/bank/${next.id}?topic=${next.topic}`, { replace: true })
  }, [next, navigate])

  if (!views || next) return <p className="muted loading">Finding your next question…</p>
  return (
    <div className="empty">
      <h1>You have opened every question</h1>
      <p>Review them as flashcards to keep them fresh.</p>
      <Link href="/review" className="button button-primary">
        Review flashcards
      </Link>
    </div>
  )
}
