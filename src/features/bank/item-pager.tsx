import { Link, useLocation } from 'wouter'
import { useShortcuts } from '../../lib/use-shortcuts'
import type { BankRow } from './bank-query'

interface Props {
  itemId: string
  rows: readonly BankRow[]
  listSearch: string
}

/** "3 of 12" with previous and next within the filtered list the user came from (← →, k j). */
export function ItemPager({ itemId, rows, listSearch }: Props) {
  const [, navigate] = useLocation()
  const index = rows.findIndex((r) => r.item.id === itemId)
  const prev = index > 0 ? rows[index - 1]?.item : undefined
  const next = index >= 0 ? rows[index + 1]?.item : undefined
  const href = (id: string) => `/bank/${id}${listSearch}`

  const goPrev = () => prev && navigate(href(prev.id))
  const goNext = () => next && navigate(href(next.id))
  useShortcuts({ ArrowLeft: goPrev, k: goPrev, ArrowRight: goNext, j: goNext })

  return (
    <nav className="pager" aria-label="Previous and next question">
      {prev ? (
        <Link href={href(prev.id)} className="button button-quiet" rel="prev" title={prev.title}>
          ← Previous
        </Link>
      ) : (
        <span className="button button-quiet" aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className="muted pager-position">{index >= 0 ? `${index + 1} of ${rows.length}` : null}</span>
      {next ? (
        <Link href={href(next.id)} className="button button-quiet" rel="next" title={next.title}>
          Next →
        </Link>
      ) : (
        <span className="button button-quiet" aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  )
}
