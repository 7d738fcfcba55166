import { useRef, useState, type ChangeEvent } from 'react'
import { ImportCancelled, importDeck } from '../../db/imports'
import { parseDelimited, type DelimitedParse } from '../../domain/import/delimited-text'
import { megabytes } from '../../domain/validation/plain-errors'
import { describeWriteError } from '../../lib/write-error'
import { ImportDone, ImportProgress } from './import-status'
import { PreviewCell } from './preview-cell'

/** A text file of cards is at most this large. */
const maxTextBytes = 50_000_000

type State =
  | { kind: 'idle' }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'preview'; name: string; parsed: DelimitedParse }
  | { kind: 'importing'; name: string; done: number; total: number }
  | { kind: 'imported'; name: string; deckId: string; count: number }
  | { kind: 'stopped'; name: string; message: string }

/** CSV or TSV (Anki's header lines understood): preview, line errors, then an import that can be cancelled. */
export function CsvImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [deckName, setDeckName] = useState('')
  const abort = useRef<AbortController | null>(null)

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    if (file.size > maxTextBytes) {
      setState({
        kind: 'refused',
        name: file.name,
        error: `This file is too large (${megabytes(file.size)}); a card file is at most ${megabytes(maxTextBytes)}.`,
      })
      return
    }
    const parsed = parseDelimited(await file.text())
    if (parsed.rows.length === 0) {
      const first = parsed.errors[0]
      setState({
        kind: 'refused',
        name: file.name,
        error: first
          ? `No card could be read. Line ${first.line}: ${first.message}.`
          : 'The file holds no cards.',
      })
      return
    }
    setDeckName(parsed.deck ?? file.name.replace(/\.(csv|tsv|txt)$/i, ''))
    setState({ kind: 'preview', name: file.name, parsed })
  }

  const run = async (s: Extract<State, { kind: 'preview' }>) => {
    const controller = new AbortController()
    abort.current = controller
    setState({ kind: 'importing', name: s.name, done: 0, total: s.parsed.rows.length })
    try {
      const deckId = await importDeck(
        {
          name: deckName.trim() || s.name,
          format: s.parsed.html ? 'html' : 'markdown',
          cards: s.parsed.rows,
        },
        {
          signal: controller.signal,
          onProgress: (done, total) => setState({ kind: 'importing', name: s.name, done, total }),
        },
      )
      setState({ kind: 'imported', name: s.name, deckId, count: s.parsed.rows.length })
    } catch (e) {
      setState({
        kind: 'stopped',
        name: s.name,
        message: e instanceof ImportCancelled ? e.message : `Nothing was added: ${describeWriteError(e)}.`,
      })
    }
  }

  return (
    <section className="panel data-panel" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Import cards from CSV or TSV</h2>
      <p className="muted">
        Two columns, front and back, or a file exported from Anki as “Notes in Plain Text” (its{' '}
        <code>#separator</code>, <code>#html</code>, <code>#tags</code> and <code>#columns</code> lines are
        followed). You see the cards before anything is added.
      </p>
      <label className="button file-button">
        Choose a CSV or TSV file…
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => void choose(e)}
        />
      </label>
      {state.kind === 'refused' ? (
        <p className="error-box" role="alert">
          <strong>{state.name} was not imported.</strong> {state.error}
        </p>
      ) : null}
      {state.kind === 'preview' ? (
        <div role="region" aria-label="Import preview" className="import-preview">
          <p>
            <strong>{state.parsed.rows.length.toLocaleString()}</strong>{' '}
            {state.parsed.rows.length === 1 ? 'card' : 'cards'} in {state.name}
            {state.parsed.html ? ', written in HTML (sanitized when shown)' : ''}.
            {state.parsed.errors.length > 0
              ? ` ${state.parsed.errors.length} ${state.parsed.errors.length === 1 ? 'line is' : 'lines are'} skipped:`
              : ''}
          </p>
          {state.parsed.errors.length > 0 ? (
            <ul className="import-errors">
              {state.parsed.errors.slice(0, 20).map((e) => (
                <li key={e.line}>
                  Line {e.line}: {e.message}
                </li>
              ))}
              {state.parsed.errors.length > 20 ? <li>… and {state.parsed.errors.length - 20} more</li> : null}
            </ul>
          ) : null}
          <table className="preview-table">
            <caption>
              {state.parsed.rows.length > 8
                ? `The first 8 of ${state.parsed.rows.length.toLocaleString()} cards`
                : 'The cards'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Front</th>
                <th scope="col">Back</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {state.parsed.rows.slice(0, 8).map((r) => (
                <tr key={r.line}>
                  <td className="num">{r.line}</td>
                  <PreviewCell text={r.front} html={state.parsed.html} />
                  <PreviewCell text={r.back} html={state.parsed.html} />
                  <td>{r.tags.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="field">
            <label htmlFor="deck-name">Deck name</label>
            <input id="deck-name" value={deckName} onChange={(e) => setDeckName(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void run(state)}>
              Import {state.parsed.rows.length.toLocaleString()}{' '}
              {state.parsed.rows.length === 1 ? 'card' : 'cards'}
            </button>
            <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === 'importing' ? (
        <ImportProgress
          id="import-progress"
          done={state.done}
          total={state.total}
          onCancel={() => abort.current?.abort()}
        />
      ) : null}
      {state.kind === 'imported' ? (
        <ImportDone name={state.name} count={state.count} deckId={state.deckId} />
      ) : null}
      {state.kind === 'stopped' ? (
        <p className="error-box" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  )
}
