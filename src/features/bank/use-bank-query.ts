import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { parseBankQuery, serializeBankQuery, type BankQuery } from './bank-query'

/** The bank query of the current URL, and a setter that navigates (push, or replace while typing). */
export function useBankQuery(): [BankQuery, (next: BankQuery, options?: { replace?: boolean }) => void] {
  const search = useSearch()
  const [, navigate] = useLocation()
  const query = useMemo(() => parseBankQuery(search), [search])
  const setQuery = useCallback(
    (next: BankQuery, options?: { replace?: boolean }) => {
      navigate(`/bank${serializeBankQuery(next)}`, { replace: options?.replace ?? false })
    },
    [navigate],
  )
  return [query, setQuery]
}
