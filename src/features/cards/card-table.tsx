import { useEffect, useRef, useState } from 'react'
import type { BrowserRow } from './browser-rows'
import type { FilterClock } from './card-filter'
import { CardRow } from './card-row'

/** Rows rendered at a time: a table of 10,000 rows would take seconds to lay out. */
export const pageSize = 100

interface Props {
  rows: readonly BrowserRow[]
  /** When this changes (a new search or filter), the table starts over at the first page. */
  resetKey: string
  clock: FilterClock
  selectedId: string | null
  checked: ReadonlySet<string>
  onSelect: (id: string) => void
  onCheck: (id: string, checked: boolean) => void
  onCheckAll: (checked: boolean) => void
}

/** The cards as a table, `pageSize` rows at a time with "Show more". */
export function CardTable({
  rows,
  resetKey,
  clock,
  selectedId,
  checked,
  onSelect,
  onCheck,
  onCheckAll,
}: Props) {
  const [page, setPage] = useState({ key: resetKey, limit: pageSize })
  const limit = page.key === resetKey ? page.limit : pageSize
  const all = useRef<HTMLInputElement>(null)
  const checkedCount = rows.reduce((n, r) => (checked.has(r.card.id) ? n + 1 : n), 0)
  const allChecked = rows.length > 0 && checkedCount === rows.length
  useEffect(() => {
    if (all.current) all.current.indeterminate = checkedCount > 0 && !allChecked
  }, [checkedCount, allChecked])
  const shown = rows.slice(0, limit)

  return (
    <>
      <div className="card-table-scroll">
        <table className="card-table" aria-label="Cards">
          <thead>
            <tr>
              <th scope="col" className="card-check">
                <input
                  ref={all}
                  type="checkbox"
                  aria-label={`Select all ${rows.length} cards`}
                  checked={allChecked}
                  onChange={(e) => onCheckAll(e.target.checked)}
                />
              </th>
              <th scope="col">Title</th>
              <th scope="col" className="card-deck">
                Deck
              </th>
              <th scope="col">State</th>
              <th scope="col">Due</th>
              <th scope="col" className="num card-interval">
                Interval
              </th>
              <th scope="col" className="num card-reps">
                Reps
              </th>
              <th scope="col" className="num card-lapses">
                Lapses
              </th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <CardRow
                key={row.card.id}
                row={row}
                clock={clock}
                selected={row.card.id === selectedId}
                checked={checked.has(row.card.id)}
                onSelect={onSelect}
                onCheck={onCheck}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length ? (
        <div className="card-more">
          <span className="muted">
            Showing {shown.length.toLocaleString()} of {rows.length.toLocaleString()}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => setPage({ key: resetKey, limit: limit + pageSize })}
          >
            Show more
          </button>
        </div>
      ) : null}
    </>
  )
}
