import { useEffect, useId, useMemo, useRef } from 'react'
import { Link } from 'wouter'
import type { UserCard } from '../../db/db'
import { CardState } from '../../domain/scheduling/card'
import { createScheduler } from '../../domain/scheduling/scheduler'
import type { SchedulingSettings } from '../../domain/scheduling/settings'
import type { BrowserRow } from './browser-rows'
import { CardActions } from './card-actions'
import type { FilterClock } from './card-filter'
import { CardFlags } from './card-flags'
import { CardHistory } from './card-history'
import { cardStateLabels, formatDateTime, intervalText, relativeDue } from './card-labels'
import { useUserMarkdown } from './use-user-markdown'
import { UserMarkdownView } from './user-markdown-view'

interface Props {
  row: BrowserRow
  userCard: UserCard | undefined
  settings: SchedulingSettings
  clock: FilterClock
  onEdit: () => void
  onReset: () => void
  onDelete: () => void
  onClose: () => void
}

const sourceLabels = { bank: 'Question bank', user: 'Yours', import: 'Imported' } as const

/** One card: its content, its FSRS memory state, its review history, and what can be done with it. */
export function CardDetails({ row, userCard, settings, clock, onEdit, onReset, onDelete, onClose }: Props) {
  const { card } = row
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const render = useUserMarkdown()
  const scheduler = useMemo(() => createScheduler(settings), [settings])
  const own = card.source === 'user'
  const isNew = card.state === CardState.New

  // Opening a card moves focus (and a phone's view) to it.
  useEffect(() => heading.current?.focus(), [card.id])

  return (
    <section className="panel card-details" aria-labelledby={headingId}>
      <div className="card-details-top">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {row.title}
        </h2>
        <button type="button" className="button button-quiet" aria-label="Close details" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="card-details-meta">
        <span className="muted">
          {row.deckName} · {sourceLabels[card.source]}
        </span>
        <CardFlags card={card} now={clock.now} />
      </p>
      {userCard ? (
        <div className="card-sides">
          <h3>Front</h3>
          <UserMarkdownView
            markdown={userCard.front}
            render={render}
            format={userCard.format}
            className="card-side"
          />
          <h3>Back</h3>
          <UserMarkdownView
            markdown={userCard.back}
            render={render}
            format={userCard.format}
            className="card-side"
          />
          {userCard.tags.length > 0 ? (
            <p className="tags">{userCard.tags.map((t) => `#${t}`).join(' ')}</p>
          ) : null}
        </div>
      ) : card.source === 'bank' ? (
        <p>
          <Link href={`/bank/${card.id}`}>Open this question in the bank</Link>
        </p>
      ) : (
        <p className="muted">The content of this card is missing.</p>
      )}
      <CardActions
        cards={[card]}
        onReset={onReset}
        onEdit={own && userCard ? onEdit : undefined}
        onDelete={own ? onDelete : undefined}
      />
      <h3>Memory state</h3>
      <dl className="card-facts">
        <dt>State</dt>
        <dd>{cardStateLabels[card.state]}</dd>
        <dt>Due</dt>
        <dd>
          {isNew ? 'New: not studied yet' : `${formatDateTime(card.due)} (${relativeDue(card, clock)})`}
        </dd>
        <dt>Interval</dt>
        <dd>{intervalText(card.scheduledDays)}</dd>
        <dt>Stability</dt>
        <dd>{isNew ? '—' : `${card.stability.toFixed(2)} days`}</dd>
        <dt>Difficulty</dt>
        <dd>{isNew ? '—' : `${card.difficulty.toFixed(2)} of 10`}</dd>
        <dt>Retrievability now</dt>
        <dd>{isNew ? '—' : `${(scheduler.retrievability(card, clock.now) * 100).toFixed(1)}%`}</dd>
        <dt>Reviews</dt>
        <dd>{card.reps}</dd>
        <dt>Lapses</dt>
        <dd>{card.lapses}</dd>
        <dt>Added</dt>
        <dd>{formatDateTime(card.createdAt)}</dd>
      </dl>
      <CardHistory card={card} />
    </section>
  )
}
