import { useMemo } from 'react'
import summaries from 'virtual:bank/summaries'
import type { BankSearchHit } from '../../domain/content/bank-search'
import { useDeferredObservable } from '../../lib/use-deferred-observable'
import { filterBank, type BankQuery, type BankRow } from './bank-query'
import { useBankSearch } from './use-bank-search'

export interface BankRows {
  rows: BankRow[]
  hits: readonly BankSearchHit[] | null
  /** True while the search index is still loading for a query. */
  searching: boolean
  bookmarkedIds: ReadonlySet<string> | undefined
  bodyOf: (id: string) => string | undefined
}

const noBody = () => undefined
const noBookmarks: ReadonlySet<string> = new Set()

// The database code loads beside the list, not before it: bookmarks only add stars.
const loadBookmarkedIds = () => import('../../db/bookmarks').then((m) => m.observeBookmarkedIds())

/** The list a query shows, shared by the bank list and the item page's previous/next. */
export function useBankRows(query: BankQuery, options: { preloadSearch?: boolean } = {}): BankRows {
  const { hits, engine } = useBankSearch(query.q, options.preloadSearch)
  // Bookmarks that cannot be read count as none: the list still shows, rather than waiting for them.
  const bookmarks = useDeferredObservable<Set<string>>(loadBookmarkedIds)
  const bookmarkedIds = bookmarks.error ? noBookmarks : bookmarks.value
  const rows = useMemo(
    () => (hits === undefined ? [] : filterBank(summaries, query, hits, bookmarkedIds)),
    [query, hits, bookmarkedIds],
  )
  return {
    rows,
    hits: hits ?? null,
    searching: hits === undefined,
    bookmarkedIds,
    bodyOf: engine?.bodyOf ?? noBody,
  }
}
