import { useRef } from 'react'
import { useSearch } from 'wouter'
import summaries from 'virtual:bank/summaries'
import { SearchBox } from '../../components/search-box'
import { useDocumentTitle } from '../../lib/use-document-title'
import { BankFilters } from './bank-filters'
import { BankList } from './bank-list'
import { emptyBankQuery, hasFilters } from './bank-query'
import { useBankQuery } from './use-bank-query'
import { useBankRows } from './use-bank-rows'
import './bank.css'

export function BankScreen() {
  useDocumentTitle('Question bank')
  const [query, setQuery] = useBankQuery()
  const search = useSearch()
  const { rows, hits, searching, bookmarkedIds, bodyOf } = useBankRows(query, { preloadSearch: true })
  // The first keystroke of a search adds a history entry; the rest replace it.
  const typing = useRef(false)

  const narrowed = query.q.trim() !== '' || hasFilters(query)
  const status = searching
    ? 'Searching…'
    : narrowed
      ? `${rows.length} of ${summaries.length} questions`
      : `${summaries.length} questions`

  return (
    <div className="bank">
      <header className="page-header">
        <h1>Question bank</h1>
        <p className="muted" role="status">
          {status}
        </p>
      </header>
      <SearchBox
        id="bank-search"
        label="Search questions"
        placeholder="Search questions, answers, tags"
        value={query.q}
        onChange={(q) => {
          setQuery({ ...query, q }, { replace: typing.current && query.q !== '' })
          typing.current = true
        }}
      />
      <div className="bank-layout">
        <BankFilters
          query={query}
          hits={hits}
          bookmarkedIds={bookmarkedIds}
          onChange={(next) => {
            typing.current = false
            setQuery(next)
          }}
        />
        <section aria-label="Results" className="bank-results">
          {!searching && rows.length === 0 ? (
            <div className="empty">
              <p>No question matches {query.q.trim() !== '' ? <>“{query.q}”</> : 'these filters'}.</p>
              <button type="button" className="button" onClick={() => setQuery(emptyBankQuery)}>
                Show all questions
              </button>
            </div>
          ) : (
            <BankList
              rows={rows}
              listSearch={search ? `?${search}` : ''}
              bookmarkedIds={bookmarkedIds}
              bodyOf={bodyOf}
            />
          )}
        </section>
      </div>
    </div>
  )
}
