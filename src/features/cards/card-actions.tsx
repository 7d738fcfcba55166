import { useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { setCardsFlagged, setCardsSuspended } from '../../db/user-cards'
import type { CardRecord } from '../../domain/scheduling/card'
import { describeError } from '../../domain/validation/describe-error'

interface Props {
  /** The cards the actions apply to: the one open, or every card checked. */
  cards: readonly CardRecord[]
  /** Asks to reset them (the parent confirms first). */
  onReset: () => void
  /** Asks to edit: only for a single card of the user's own. */
  onEdit?: () => void
  /** Asks to delete (the parent confirms first): only when every card is the user's own. */
  onDelete?: () => void
}

/**
 * Suspend, flag, reset, and for the user's own cards edit and delete. With
 * several cards, "Suspend" suspends them all unless all are suspended already
 * (then it is "Unsuspend"), and the same for flags.
 */
export function CardActions({ cards, onReset, onEdit, onDelete }: Props) {
  const [error, setError] = useState<string | null>(null)
  const ids = cards.map((c) => c.id)
  const allSuspended = cards.length > 0 && cards.every((c) => c.suspended)
  const allFlagged = cards.length > 0 && cards.every((c) => c.flagged)

  const run = (change: Promise<void>) => {
    setError(null)
    change.catch((e: unknown) => setError(`That did not work: ${describeError(e)}`))
  }

  return (
    <>
      <div className="card-actions">
        <button type="button" className="button" onClick={() => run(setCardsSuspended(ids, !allSuspended))}>
          {allSuspended ? 'Unsuspend' : 'Suspend'}
        </button>
        <button type="button" className="button" onClick={() => run(setCardsFlagged(ids, !allFlagged))}>
          {allFlagged ? 'Unflag' : 'Flag'}
        </button>
        <button type="button" className="button" onClick={onReset}>
          Reset…
        </button>
        {onEdit ? (
          <button type="button" className="button" onClick={onEdit}>
            Edit
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" className="button button-danger" onClick={onDelete}>
            Delete…
          </button>
        ) : null}
      </div>
      <ErrorAlert message={error} />
    </>
  )
}
