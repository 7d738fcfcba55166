import { useState, type ChangeEvent } from 'react'
import { loadHistoryReplay } from '../../db/imports'
import type { AnkiDeck } from '../../lib/anki-package'
import { CardPreviewTable } from './card-preview-table'
import { takeChosenFile } from './choose-file'
import { FileRefused, ImportActions, ImportStatusView } from './import-status'
import { useDeckImport } from './use-deck-import'
import { describeError } from '../../domain/validation/describe-error'

/** A package is at most this large (media included). */
const maxPackageBytes = 200_000_000

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'preview'; name: string; deck: AnkiDeck }

/** Anki packages: the legacy and current formats, read in the browser, previewed, imported in one go. */
export function AnkiImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [deckName, setDeckName] = useState('')
  const [withHistory, setWithHistory] = useState(true)
  const deckImport = useDeckImport()

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = takeChosenFile(e, maxPackageBytes, 'a package')
    if (!chosen) return
    deckImport.clear()
    if ('error' in chosen) return setState({ kind: 'refused', ...chosen })
    const { file } = chosen
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
        error: describeError(error),
      })
    }
  }

  const start = async (s: Extract<State, { kind: 'preview' }>) => {
    setState({ kind: 'idle' })
    const replay = withHistory ? await loadHistoryReplay() : undefined
    await deckImport.run(
      s.name,
      { name: deckName.trim() || s.deck.name, format: 'html', cards: s.deck.cards },
      replay,
      s.deck.reviews,
    )
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
      {state.kind === 'refused' ? <FileRefused name={state.name} error={state.error} /> : null}
      {state.kind === 'preview' ? (
        <div role="region" aria-label="Anki import preview" className="import-preview">
          <p>
            <strong>{state.deck.cards.length.toLocaleString()}</strong> cards from{' '}
            {state.deck.notes.toLocaleString()} notes in “{state.deck.name}” ({state.deck.format}).{' '}
            {state.deck.images.found + state.deck.images.missing > 0
              ? `${state.deck.images.found} images shown${state.deck.images.missing > 0 ? `, ${state.deck.images.missing} missing from the package and left out` : ''}.`
              : ''}
          </p>
          <CardPreviewTable
            rows={state.deck.cards.slice(0, 5).map((c, i) => ({ ...c, label: i + 1 }))}
            total={state.deck.cards.length}
            html
            labelHeader="#"
          />
          <label className="import-check">
            <input type="checkbox" checked={withHistory} onChange={(e) => setWithHistory(e.target.checked)} />{' '}
            Bring in the review history ({state.deck.reviews.toLocaleString()} reviews) as FSRS scheduling
          </label>
          <ImportActions
            id="anki-deck-name"
            deckName={deckName}
            onDeckName={setDeckName}
            count={state.deck.cards.length}
            onImport={() => void start(state)}
            onCancel={() => setState({ kind: 'idle' })}
          />
        </div>
      ) : null}
      <ImportStatusView id="anki-progress" status={deckImport.status} onCancel={deckImport.cancel} />
    </section>
  )
}
