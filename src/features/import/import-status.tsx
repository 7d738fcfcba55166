import { Link } from 'wouter'
import { ErrorAlert } from '../../components/error-alert'
import type { DeckImportStatus } from './use-deck-import'

/** The deck's name and the buttons that start or drop an import, under its preview. */
export function ImportActions({
  id,
  deckName,
  onDeckName,
  count,
  onImport,
  onCancel,
}: {
  id: string
  deckName: string
  onDeckName: (name: string) => void
  count: number
  onImport: () => void
  onCancel: () => void
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={id}>Deck name</label>
        <input id={id} value={deckName} onChange={(e) => onDeckName(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onImport}>
          Import {count.toLocaleString()} {count === 1 ? 'card' : 'cards'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  )
}

/** An import under way (with a cancel that leaves nothing behind), finished, or stopped. */
export function ImportStatusView({
  id,
  status,
  onCancel,
}: {
  id: string
  status: DeckImportStatus | null
  onCancel: () => void
}) {
  if (status?.kind === 'importing') {
    return (
      <div className="import-progress">
        <label htmlFor={id}>
          Importing {status.done.toLocaleString()} of {status.total.toLocaleString()}…
        </label>
        <progress id={id} max={status.total} value={status.done} />
        <button type="button" className="button" onClick={onCancel}>
          Cancel the import
        </button>
      </div>
    )
  }
  if (status?.kind === 'imported') {
    return (
      <p className="success-box" role="status">
        Imported {status.count.toLocaleString()} {status.count === 1 ? 'card' : 'cards'} from {status.source}
        {status.reviews > 0 ? ` with ${status.reviews.toLocaleString()} reviews` : ''}.{' '}
        <Link href={`/review?deck=${encodeURIComponent(status.deckId)}`}>Study the deck</Link>
      </p>
    )
  }
  return <ErrorAlert message={status?.kind === 'stopped' ? status.message : null} />
}

/** A chosen file that was refused before anything was imported, and why. */
export function FileRefused({ name, error }: { name: string; error: string }) {
  return (
    <p className="error-box" role="alert">
      <strong>{name} was not imported.</strong> {error}
    </p>
  )
}
