import { ErrorAlert } from '../../components/error-alert'
import { SearchBox } from '../../components/search-box'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useShortcuts } from '../../lib/use-shortcuts'
import { BulkActions } from './bulk-actions'
import { CardConfirm, type PendingConfirm } from './card-confirm'
import { CardDetails } from './card-details'
import { CardEditor } from './card-editor'
import { filterCards } from './card-filter'
import { CardFilters } from './card-filters'
import { sortLabels } from './card-labels'
import { emptyCardQuery, hasCardFilters, serializeCardQuery, sortKeys, type SortKey } from './card-query'
import { CardTable } from './card-table'
import { useBrowserRows } from './use-browser-rows'
import { useCardQuery } from './use-card-query'
import './cards.css'

type Panel = { kind: 'details'; id: string } | { kind: 'add' } | { kind: 'edit'; id: string } | null

/** The flashcard browser: every card, searched and filtered, with details, bulk actions and the user's own cards. */
export function CardBrowserScreen() {
  useDocumentTitle('Card browser')
  const [query, setQuery] = useCardQuery()
  const { loaded, error } = useBrowserRows()
  const [panel, setPanel] = useState<Panel>(null)
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null)
  // The first keystroke of a search adds a history entry; the rest replace it.
  const typing = useRef(false)

  const rows = useMemo(() => (loaded ? filterCards(loaded.rows, query, loaded.clock) : []), [loaded, query])
  const byId = useMemo(() => new Map(loaded?.rows.map((r) => [r.card.id, r])), [loaded])
  const checkedRows = useMemo(() => rows.filter((r) => checked.has(r.card.id)), [rows, checked])

  const onSelect = useCallback((id: string) => setPanel({ kind: 'details', id }), [])
  const onCheck = useCallback(
    (id: string, on: boolean) =>
      setChecked((prev) => {
        const next = new Set(prev)
        if (on) next.add(id)
        else next.delete(id)
        return next
      }),
    [],
  )
  const onCheckAll = useCallback(
    (on: boolean) => setChecked(on ? new Set(rows.map((r) => r.card.id)) : new Set()),
    [rows],
  )
  const onConfirmed = (done: PendingConfirm) => {
    if (done.kind !== 'delete') return
    setChecked((prev) => new Set([...prev].filter((id) => !done.ids.includes(id))))
    setPanel((p) => (p && p.kind !== 'add' && done.ids.includes(p.id) ? null : p))
  }

  useShortcuts({
    n: () => {
      if (confirm === null) setPanel({ kind: 'add' })
    },
  })

  if (!loaded) {
    return error ? (
      <p className="error-box" role="alert">
        The cards could not be loaded: {error}
      </p>
    ) : (
      <p className="muted loading">Loading cards…</p>
    )
  }

  const total = loaded.rows.length
  const narrowed = query.q.trim() !== '' || hasCardFilters(query)
  const openRow = panel && panel.kind !== 'add' ? byId.get(panel.id) : undefined
  const openUserCard = openRow ? loaded.data.userCards.get(openRow.card.id) : undefined

  return (
    <div className="card-browser">
      <header className="page-header card-browser-header">
        <div>
          <h1>Card browser</h1>
          <p className="muted" role="status">
            {narrowed ? `${rows.length} of ${total} cards` : `${total} cards`}
          </p>
        </div>
        <button
          type="button"
          className="button button-primary"
          aria-keyshortcuts="n"
          onClick={() => setPanel({ kind: 'add' })}
        >
          Add card <kbd aria-hidden="true">N</kbd>
        </button>
      </header>
      <ErrorAlert message={error ? `Some question bank cards could not be added: ${error}` : null} />
      <SearchBox
        id="card-search"
        label="Search cards"
        placeholder="Search titles, fronts and backs"
        value={query.q}
        onChange={(q) => {
          setQuery({ ...query, q }, { replace: typing.current && query.q !== '' })
          typing.current = true
        }}
      />
      <CardFilters
        rows={loaded.rows}
        clock={loaded.clock}
        query={query}
        onChange={(next) => {
          typing.current = false
          setQuery(next)
        }}
      />
      <div
        className={`cards-layout${panel && (openRow || panel.kind === 'add') ? ' cards-layout-open' : ''}`}
      >
        <section className="cards-list" aria-label="Card list">
          <div className="cards-toolbar">
            <label className="cards-sort">
              Sort by{' '}
              <select
                value={query.sort}
                onChange={(e) => setQuery({ ...query, sort: e.target.value as SortKey })}
              >
                {sortKeys.map((k) => (
                  <option key={k} value={k}>
                    {sortLabels[k]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {checkedRows.length > 0 ? (
            <BulkActions
              cards={checkedRows.map((r) => r.card)}
              onReset={() => setConfirm({ kind: 'reset', ids: checkedRows.map((r) => r.card.id) })}
              onDelete={() => setConfirm({ kind: 'delete', ids: checkedRows.map((r) => r.card.id) })}
              onClear={() => setChecked(new Set())}
            />
          ) : null}
          {rows.length === 0 ? (
            <div className="empty">
              <p>No card matches {query.q.trim() !== '' ? <>“{query.q}”</> : 'these filters'}.</p>
              <button type="button" className="button" onClick={() => setQuery(emptyCardQuery)}>
                Show all cards
              </button>
            </div>
          ) : (
            <CardTable
              rows={rows}
              resetKey={serializeCardQuery(query)}
              clock={loaded.clock}
              selectedId={openRow?.card.id ?? null}
              checked={checked}
              onSelect={onSelect}
              onCheck={onCheck}
              onCheckAll={onCheckAll}
            />
          )}
        </section>
        {panel?.kind === 'add' ? (
          <div className="panel cards-panel">
            <CardEditor onSaved={(id) => setPanel({ kind: 'details', id })} onCancel={() => setPanel(null)} />
          </div>
        ) : panel?.kind === 'edit' && openUserCard ? (
          <div className="panel cards-panel">
            <CardEditor
              key={openUserCard.id}
              editing={openUserCard}
              onSaved={(id) => setPanel({ kind: 'details', id })}
              onCancel={() => setPanel({ kind: 'details', id: openUserCard.id })}
            />
          </div>
        ) : openRow ? (
          <div className="cards-panel">
            <CardDetails
              row={openRow}
              userCard={openUserCard}
              settings={loaded.settings}
              clock={loaded.clock}
              onEdit={() => setPanel({ kind: 'edit', id: openRow.card.id })}
              onReset={() => setConfirm({ kind: 'reset', ids: [openRow.card.id] })}
              onDelete={() => setConfirm({ kind: 'delete', ids: [openRow.card.id] })}
              onClose={() => setPanel(null)}
            />
          </div>
        ) : null}
      </div>
      {confirm ? (
        <CardConfirm pending={confirm} onDone={onConfirmed} onClose={() => setConfirm(null)} />
      ) : null}
    </div>
  )
}
