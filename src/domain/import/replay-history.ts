/** Review history from elsewhere turned into FSRS state, by replaying each grade in order. */
import type { CardRecord, GradeValue, ReviewLogRecord } from '../scheduling/card.ts'
import type { Scheduler } from '../scheduling/scheduler.ts'

/** One grade to replay; `origin` as in ReviewLogRecord (`null` for a grade from the review queue). */
export interface ReplayedReview {
  at: number
  rating: GradeValue
  /** Absent: an imported grade (`origin: 'import'`). */
  origin?: ReviewLogRecord['origin'] | null
}

/**
 * The card after every review in `reviews` (oldest first), and the log of
 * each, as if they had been done in Backprep. `dayOf` gives a review's study
 * day. A review's `origin` is kept on its log (`import` when it has none); a
 * grade from a mock leaves the card due at once, as grading a mock does.
 * `leeched` lists the indexes of the reviews that made the card a leech.
 */
export function replayReviews(
  card: CardRecord,
  reviews: readonly ReplayedReview[],
  scheduler: Scheduler,
  dayOf: (at: number) => number,
): { card: CardRecord; logs: ReviewLogRecord[]; leeched: number[] } {
  let current = card
  const logs: ReviewLogRecord[] = []
  const leeched: number[] = []
  for (const [i, r] of reviews.entries()) {
    // A review logged before the card's last one (clock skew between devices) is replayed at that moment.
    const at = Math.max(r.at, current.lastReview ?? r.at)
    const origin = r.origin === undefined ? 'import' : r.origin
    const outcome = scheduler.grade(current, r.rating, at, dayOf(at))
    current = origin === 'mock' ? { ...outcome.card, due: Math.min(outcome.card.due, at) } : outcome.card
    if (outcome.leeched) leeched.push(i)
    logs.push(origin === null ? outcome.log : { ...outcome.log, origin })
  }
  return { card: current, logs, leeched }
}
