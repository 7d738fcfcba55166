import { useEffect, useMemo } from 'react'
import { Link } from 'wouter'
import { makeSnippet } from '../../domain/content/bank-search'
import { HighlightedText } from '../../components/highlighted-text'
import { ItemMeta } from '../../components/item-meta'
import type { BankRow } from './bank-query'

interface Props {
  rows: readonly BankRow[]
  /** The URL search string carried to the item page, for its previous/next. */
  listSearch: string
  bookmarkedIds: ReadonlySet<string> | undefined
  bodyOf: (id: string) => string | undefined
}

/** The list of items; marks `bank-first-render` once it is on screen (read by `npm run bench`). */
export function BankList({ rows, listSearch, bookmarkedIds, bodyOf }: Props) {
  useEffect(() => {
    if (performance.getEntriesByName('bank-first-render').length === 0) performance.mark('bank-first-render')
  }, [])

  const items = useMemo(
    () =>
      rows.map(({ item, hit }) => {
        const terms = hit?.terms ?? []
        const body = hit ? bodyOf(item.id) : undefined
        const snippet = body === undefined ? undefined : makeSnippet(body, terms)
        return (
          <li key={item.id} className="bank-row">
            <Link href={`/bank/${item.id}${listSearch}`} className="bank-row-link">
              <HighlightedText text={item.title} terms={terms} />
            </Link>
            {snippet ? (
              <p className="bank-row-snippet">
                <HighlightedText text={snippet} terms={terms} />
              </p>
            ) : null}
            <div className="bank-row-meta">
              <ItemMeta item={item} />
              {item.tags.length > 0 ? (
                <span className="tags">{item.tags.map((t) => `#${t}`).join(' ')}</span>
              ) : null}
              {bookmarkedIds?.has(item.id) ? (
                <span className="bookmarked-mark" title="Bookmarked">
                  ★<span className="visually-hidden"> bookmarked</span>
                </span>
              ) : null}
            </div>
          </li>
        )
      }),
    [rows, listSearch, bodyOf, bookmarkedIds],
  )

  return (
    <ol className="bank-list" aria-label="Questions">
      {items}
    </ol>
  )
}
