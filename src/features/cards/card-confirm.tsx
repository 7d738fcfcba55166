import { deleteUserCards, resetCards } from '../../db/user-cards'
import { ConfirmDialog } from './confirm-dialog'

export interface PendingConfirm {
  kind: 'reset' | 'delete'
  ids: string[]
}

interface Props {
  pending: PendingConfirm
  onDone: (pending: PendingConfirm) => void
  onClose: () => void
}

const cards = (n: number) => (n === 1 ? 'this card' : `these ${n} cards`)

/** Asks before a reset or a delete, then does it. */
export function CardConfirm({ pending, onDone, onClose }: Props) {
  const n = pending.ids.length
  if (pending.kind === 'reset') {
    return (
      <ConfirmDialog
        title={n === 1 ? 'Reset this card?' : `Reset ${n} cards?`}
        confirmLabel="Reset"
        onConfirm={async () => {
          await resetCards(pending.ids)
          onDone(pending)
        }}
        onClose={onClose}
      >
        <p>
          {n === 1 ? 'It goes' : 'They go'} back to New: what the scheduler learnt about {cards(n)} is
          forgotten. Review history, flags and suspension are kept.
        </p>
      </ConfirmDialog>
    )
  }
  return (
    <ConfirmDialog
      title={n === 1 ? 'Delete this card?' : `Delete ${n} cards?`}
      confirmLabel="Delete"
      danger
      onConfirm={async () => {
        await deleteUserCards(pending.ids)
        onDone(pending)
      }}
      onClose={onClose}
    >
      <p>The front, the back and the review history of {cards(n)} are deleted. This cannot be undone.</p>
    </ConfirmDialog>
  )
}
