import { Link } from 'wouter'

/** An import under way: how far it is, and a way to stop it that leaves nothing behind. */
export function ImportProgress({
  id,
  done,
  total,
  onCancel,
}: {
  id: string
  done: number
  total: number
  onCancel: () => void
}) {
  return (
    <div className="import-progress">
      <label htmlFor={id}>
        Importing {done.toLocaleString()} of {total.toLocaleString()}…
      </label>
      <progress id={id} max={total} value={done} />
      <button type="button" className="button" onClick={onCancel}>
        Cancel the import
      </button>
    </div>
  )
}

/** A finished import, with the way to study it. */
export function ImportDone({
  name,
  count,
  reviews = 0,
  deckId,
}: {
  name: string
  count: number
  reviews?: number
  deckId: string
}) {
  return (
    <p className="success-box" role="status">
      Imported {count.toLocaleString()} {count === 1 ? 'card' : 'cards'} from {name}
      {reviews > 0 ? ` with ${reviews.toLocaleString()} reviews` : ''}.{' '}
      <Link href={`/review?deck=${encodeURIComponent(deckId)}`}>Study the deck</Link>
    </p>
  )
}
