/** Review history from elsewhere turned into FSRS state, by replaying each grade in order. */
import type { CardRecord, GradeValue, ReviewLogRecord } from '../scheduling/card.ts'
import type { Scheduler } from '../scheduling/scheduler.ts'

/**
 * The card after every review in `reviews` (oldest first), and the log of
 * each, as if they had been done in Backprep. `dayOf` gives a review's study day.
 */
export function replayReviews(
  card: CardRecord,
  reviews: readonly { at: number; rating: GradeValue }[],
  scheduler: Scheduler,
  dayOf: (at: number) => number,
): { card: CardRecord; logs: ReviewLogRecord[] } {
  let current = card
  const logs: ReviewLogRecord[] = []
  for (const r of reviews) {
    // A review logged before the card's last one (clock skew between devices) is replayed at that moment.
    const at = Math.max(r.at, current.lastReview ?? r.at)
    const outcome = scheduler.grade(current, r.rating, at, dayOf(at))
    current = outcome.card
    logs.push({ ...outcome.log, origin: 'import' })
  }
  return { card: current, logs }
}
