import { useState, type ChangeEvent } from 'react'
import { parseDelimited, type DelimitedParse } from '../../domain/import/delimited-text'
import { CardPreviewTable } from './card-preview-table'
import { takeChosenFile } from './choose-file'
import { FileRefused, ImportActions, ImportStatusView } from './import-status'
import { useDeckImport } from './use-deck-import'

/** A text file of cards is at most this large. */
const maxTextBytes = 50_000_000

type State =
  | { kind: 'idle' }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'preview'; name: string; parsed: DelimitedParse }

/** CSV or TSV (Anki's header lines understood): preview, line errors, then an import that can be cancelled. */
export function CsvImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [deckName, setDeckName] = useState('')
  const deckImport = useDeckImport()

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = takeChosenFile(e, maxTextBytes, 'a card file')
    if (!chosen) return
    deckImport.clear()
    if ('error' in chosen) return setState({ kind: 'refused', ...chosen })
    const { file } = chosen
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

  const start = (s: Extract<State, { kind: 'preview' }>) => {
    setState({ kind: 'idle' })
    void deckImport.run(s.name, {
      name: deckName.trim() || s.name,
      format: s.parsed.html ? 'html' : 'markdown',
      cards: s.parsed.rows,
    })
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
      {state.kind === 'refused' ? <FileRefused name={state.name} error={state.error} /> : null}
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
          <CardPreviewTable
            rows={state.parsed.rows.slice(0, 8).map((r) => ({ ...r, label: r.line }))}
            total={state.parsed.rows.length}
            html={state.parsed.html}
            labelHeader="Line"
          />
          <ImportActions
            id="deck-name"
            deckName={deckName}
            onDeckName={setDeckName}
            count={state.parsed.rows.length}
            onImport={() => start(state)}
            onCancel={() => setState({ kind: 'idle' })}
          />
        </div>
      ) : null}
      <ImportStatusView id="import-progress" status={deckImport.status} onCancel={deckImport.cancel} />
    </section>
  )
}
