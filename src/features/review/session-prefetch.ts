/**
 * Starts reading the review queue as soon as the review screen's code has
 * loaded on a direct visit to /review, in parallel with React's first render,
 * instead of after it. The screen takes the result if it asks for the same
 * session within a few seconds; otherwise it reads afresh.
 */
import { now } from '../../lib/clock'
import { prepareSession } from './prepare-session'
import { parseSessionRequest } from './session-request'

type Prepared = ReturnType<typeof prepareSession>

let prefetched: { search: string; at: number; result: Prepared } | null = null

export function prefetchSession(search: string): void {
  // Started already (at the very start, or by the screen's preload): keep that one.
  if (prefetched && prefetched.search === search && now() - prefetched.at < 5_000) return
  const result = prepareSession(parseSessionRequest(search))
  result.catch(() => undefined)
  prefetched = { search, at: now(), result }
}

export function takePrefetchedSession(search: string): Prepared | null {
  const p = prefetched
  prefetched = null
  return p && p.search === search && now() - p.at < 5_000 ? p.result : null
}
