import type { CardRecord } from '../../domain/scheduling/card'
import { CardActions } from './card-actions'

interface Props {
  cards: readonly CardRecord[]
  onReset: () => void
  onDelete: () => void
  onClear: () => void
}

/** What can be done with every checked card at once. */
export function BulkActions({ cards, onReset, onDelete, onClear }: Props) {
  const allOwn = cards.every((c) => c.source === 'user')
  return (
    <section className="bulk-actions" aria-label="Checked cards">
      <p className="bulk-count">
        <strong>{cards.length}</strong> {cards.length === 1 ? 'card' : 'cards'} checked
        <button type="button" className="button-link" onClick={onClear}>
          Uncheck all
        </button>
      </p>
      <CardActions cards={cards} onReset={onReset} onDelete={allOwn ? onDelete : undefined} />
    </section>
  )
}
