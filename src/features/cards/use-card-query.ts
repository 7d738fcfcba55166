import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { parseCardQuery, serializeCardQuery, type CardQuery } from './card-query'

/** The browser query of the current URL, and a setter that navigates (push, or replace while typing). */
export function useCardQuery(): [CardQuery, (next: CardQuery, options?: { replace?: boolean }) => void] {
  const search = useSearch()
  const [, navigate] = useLocation()
  const query = useMemo(() => parseCardQuery(search), [search])
  const setQuery = useCallback(
    (next: CardQuery, options?: { replace?: boolean }) => {
      navigate(`/cards${serializeCardQuery(next)}`, { replace: options?.replace ?? false })
    },
    [navigate],
  )
  return [query, setQuery]
}
