import { CardState, type CardRecord } from '../../domain/scheduling/card'
import { startOfStudyDay, type DayBoundary } from '../../domain/scheduling/study-day'

export interface ForecastDay {
  day: number
  /** Cards that fall due that study day (overdue ones included on the first). */
  due: number
}

/**
 * How many cards fall due on each of the `length` study days from `today`:
 * cards already studied (not New) and not suspended, by the study day of
 * their due time. Overdue cards count on today; cards due later are left out.
 * Buried cards still count: burying only postpones them within a day or two.
 */
export function dueForecast(
  cards: readonly Pick<CardRecord, 'state' | 'suspended' | 'due'>[],
  today: number,
  boundary: DayBoundary,
  length = 30,
): ForecastDay[] {
  // ends[i]: the first instant after forecast day i. A card is in the first
  // bucket whose end is after its due time (a binary search per card, rather
  // than a time-zone conversion per card).
  const ends = Array.from({ length }, (_, i) => startOfStudyDay(today + i + 1, boundary))
  const buckets = ends.map((_, i) => ({ day: today + i, due: 0 }))
  for (const card of cards) {
    if (card.state === CardState.New || card.suspended) continue
    let lo = 0
    let hi = length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (card.due < (ends[mid] ?? Number.POSITIVE_INFINITY)) hi = mid
      else lo = mid + 1
    }
    const bucket = buckets[lo]
    if (bucket) bucket.due++
  }
  return buckets
}
