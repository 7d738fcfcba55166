import { useRef, useState, type ChangeEvent } from 'react'
import { ImportCancelled, importDeck } from '../../db/imports'
import { getSchedulingSettings } from '../../db/scheduling-settings'
import { replayReviews } from '../../domain/import/replay-history'
import { createScheduler } from '../../domain/scheduling/scheduler'
import { localTimeZone, studyDayOf } from '../../domain/scheduling/study-day'
import { megabytes } from '../../domain/validation/plain-errors'
import type { AnkiDeck } from '../../lib/anki-package'
import { describeWriteError } from '../../lib/write-error'
import { ImportDone, ImportProgress } from './import-status'
import { PreviewCell } from './preview-cell'

/** A package is at most this large (media included). */
const maxPackageBytes = 200_000_000

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'preview'; name: string; deck: AnkiDeck }
  | { kind: 'importing'; name: string; done: number; total: number }
  | { kind: 'imported'; name: string; deckId: string; count: number; reviews: number }
  | { kind: 'stopped'; message: string }

/** Anki packages: the legacy and current formats, read in the browser, previewed, imported in one go. */
export function AnkiImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [deckName, setDeckName] = useState('')
  const [withHistory, setWithHistory] = useState(true)
  const abort = useRef<AbortController | null>(null)

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    if (file.size > maxPackageBytes) {
      setState({
        kind: 'refused',
        name: file.name,
        error: `This file is too large (${megabytes(file.size)}); a package is at most ${megabytes(maxPackageBytes)}.`,
      })
      return
    }
    setState({ kind: 'reading', name: file.name })
    try {
      const [{ readAnkiPackage, loadSqlJs }, bytes] = await Promise.all([
        import('../../lib/anki-package'),
        file.arrayBuffer(),
      ])
      const deck = readAnkiPackage(new Uint8Array(bytes), await loadSqlJs())
      if (deck.cards.length === 0) {
        setState({ kind: 'refused', name: file.name, error: 'The package holds no cards.' })
        return
      }
      setDeckName(deck.name)
      setState({ kind: 'preview', name: file.name, deck })
    } catch (error) {
      setState({
        kind: 'refused',
        name: file.name,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }

  const run = async (s: Extract<State, { kind: 'preview' }>) => {
    const controller = new AbortController()
    abort.current = controller
    setState({ kind: 'importing', name: s.name, done: 0, total: s.deck.cards.length })
    try {
      const settings = await getSchedulingSettings()
      const scheduler = createScheduler(settings)
      const boundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
      const deckId = await importDeck(
        { name: deckName.trim() || s.deck.name, format: 'html', cards: s.deck.cards },
        {
          signal: controller.signal,
          onProgress: (done, total) => setState({ kind: 'importing', name: s.name, done, total }),
          ...(withHistory
            ? {
                replay: (card, reviews) =>
                  replayReviews(card, reviews, scheduler, (at) => studyDayOf(at, boundary)),
              }
            : {}),
        },
      )
      setState({
        kind: 'imported',
        name: s.name,
        deckId,
        count: s.deck.cards.length,
        reviews: withHistory ? s.deck.reviews : 0,
      })
    } catch (e) {
      setState({
        kind: 'stopped',
        message: e instanceof ImportCancelled ? e.message : `Nothing was added: ${describeWriteError(e)}.`,
      })
    }
  }

  return (
    <section className="panel data-panel" aria-labelledby="anki-heading">
      <h2 id="anki-heading">Import an Anki deck</h2>
      <p className="muted">
        An <code>.apkg</code> file exported from Anki, old or current format. Its HTML is sanitized, its
        images come along, and its review history can become your scheduling.
      </p>
      <label className="button file-button">
        Choose an Anki package…
        <input type="file" accept=".apkg,application/zip" onChange={(e) => void choose(e)} />
      </label>
      {state.kind === 'reading' ? (
        <p className="muted" role="status">
          Reading {state.name}…
        </p>
      ) : null}
      {state.kind === 'refused' ? (
        <p className="error-box" role="alert">
          <strong>{state.name} was not imported.</strong> {state.error}
        </p>
      ) : null}
      {state.kind === 'preview' ? (
        <div role="region" aria-label="Anki import preview" className="import-preview">
          <p>
            <strong>{state.deck.cards.length.toLocaleString()}</strong> cards from{' '}
            {state.deck.notes.toLocaleString()} notes in “{state.deck.name}” ({state.deck.format}).{' '}
            {state.deck.images.found + state.deck.images.missing > 0
              ? `${state.deck.images.found} images shown${state.deck.images.missing > 0 ? `, ${state.deck.images.missing} missing from the package and left out` : ''}.`
              : ''}
          </p>
          <table className="preview-table">
            <caption>
              {state.deck.cards.length > 5 ? `The first 5 of ${state.deck.cards.length} cards` : 'The cards'}
            </caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Front</th>
                <th scope="col">Back</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {state.deck.cards.slice(0, 5).map((c, i) => (
                <tr key={i}>
                  <td className="num">{i + 1}</td>
                  <PreviewCell text={c.front} html />
                  <PreviewCell text={c.back} html />
                  <td>{c.tags.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <label className="import-check">
            <input type="checkbox" checked={withHistory} onChange={(e) => setWithHistory(e.target.checked)} />{' '}
            Bring in the review history ({state.deck.reviews.toLocaleString()} reviews) as FSRS scheduling
          </label>
          <div className="field">
            <label htmlFor="anki-deck-name">Deck name</label>
            <input id="anki-deck-name" value={deckName} onChange={(e) => setDeckName(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void run(state)}>
              Import {state.deck.cards.length.toLocaleString()} cards
            </button>
            <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === 'importing' ? (
        <ImportProgress
          id="anki-progress"
          done={state.done}
          total={state.total}
          onCancel={() => abort.current?.abort()}
        />
      ) : null}
      {state.kind === 'imported' ? (
        <ImportDone name={state.name} count={state.count} deckId={state.deckId} reviews={state.reviews} />
      ) : null}
      {state.kind === 'stopped' ? (
        <p className="error-box" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  )
}
