import { useEffect, useMemo, useState } from 'react'
import { buildBankSearchAsync, type BankSearch, type BankSearchHit } from '../../domain/content/bank-search'

let pending: Promise<BankSearch> | null = null

/** Loads the search texts (their own chunk) and builds the index once per page. */
export function loadBankSearch(): Promise<BankSearch> {
  pending ??= import('virtual:bank/search-docs').then((m) => buildBankSearchAsync(m.default))
  pending.catch(() => {
    pending = null
  })
  return pending
}

/**
 * Search hits for `q`: `null` when there is no query, `undefined` while the
 * index loads. Each search is recorded as a `bank-search` performance measure
 * (read by `npm run bench`).
 */
export function useBankSearch(
  q: string,
  /** Build the index before any query (the bank screen, so the first keystroke is instant). */
  preload = false,
): {
  hits: BankSearchHit[] | null | undefined
  engine: BankSearch | null
} {
  const [engine, setEngine] = useState<BankSearch | null>(null)
  const wanted = q.trim() !== ''

  useEffect(() => {
    if (!wanted && !preload) return
    let live = true
    loadBankSearch().then(
      (e) => live && setEngine(e),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [wanted, preload])

  const hits = useMemo(() => {
    if (!wanted) return null
    if (!engine) return undefined
    const start = performance.now()
    const found = engine.search(q)
    performance.measure('bank-search', { start, end: performance.now() })
    return found
  }, [engine, q, wanted])
  return { hits, engine }
}
