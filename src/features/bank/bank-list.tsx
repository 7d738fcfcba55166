import { memo, startTransition, useEffect, useState, type MouseEvent } from 'react'
import { useLocation } from 'wouter'
import { HighlightedText } from '../../components/highlighted-text'
import { ItemMeta } from '../../components/item-meta'
import { makeSnippet } from '../../domain/content/bank-search'
import type { BankRow } from './bank-query'

interface Props {
  rows: readonly BankRow[]
  /** The URL search string carried to the item page, for its previous/next. */
  listSearch: string
  bookmarkedIds: ReadonlySet<string> | undefined
  bodyOf: (id: string) => string | undefined
}

/** Rows in the first commit: more than a tall screen shows; the rest follow right after paint. */
const firstPaintRows = 20

/**
 * The list of items. Rows are plain links with one click handler on the list
 * (a router Link per row costs a subscription each). The first screenful is
 * rendered first and the rest just after, so a cold load paints sooner;
 * `bank-first-render` marks that first paint, unless the build's copy in bank.html painted the
 * list before (build/prerender-plugin.ts), and `bank-interactive` when the app's list is up (both
 * read by `npm run bench`).
 */
export function BankList({ rows, listSearch, bookmarkedIds, bodyOf }: Props) {
  const [, navigate] = useLocation()
  const [limit, setLimit] = useState(firstPaintRows)
  useEffect(() => {
    // On /bank served from bank.html the list painted from the HTML already (it marked then).
    if (performance.getEntriesByName('bank-first-render').length === 0) performance.mark('bank-first-render')
    if (performance.getEntriesByName('bank-interactive').length === 0) performance.mark('bank-interactive')
    startTransition(() => setLimit(Number.POSITIVE_INFINITY))
  }, [])

  const onClick = (event: MouseEvent<HTMLOListElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = (event.target as HTMLElement).closest('a')
    const href = link?.getAttribute('href')
    if (!href?.startsWith('/')) return
    event.preventDefault()
    navigate(href)
  }

  return (
    <ol className="bank-list" aria-label="Questions" onClick={onClick}>
      {rows.slice(0, limit).map(({ item, hit }) => {
        const body = hit ? bodyOf(item.id) : undefined
        return (
          <Row
            key={item.id}
            row={{ item, hit }}
            href={`/bank/${item.id}${listSearch}`}
            snippet={body === undefined ? undefined : makeSnippet(body, hit?.terms ?? [])}
            bookmarked={bookmarkedIds?.has(item.id) ?? false}
          />
        )
      })}
    </ol>
  )
}

const Row = memo(function Row({
  row: { item, hit },
  href,
  snippet,
  bookmarked,
}: {
  row: BankRow
  href: string
  snippet: string | undefined
  bookmarked: boolean
}) {
  const terms = hit?.terms ?? []
  return (
    <li className="bank-row">
      <a href={href} className="bank-row-link">
        <HighlightedText text={item.title} terms={terms} />
      </a>
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
        {bookmarked ? (
          <span className="bookmarked-mark" title="Bookmarked">
            ★<span className="visually-hidden"> bookmarked</span>
          </span>
        ) : null}
      </div>
    </li>
  )
})
