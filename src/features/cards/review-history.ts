/** A card's review log as the browser's history table shows it. */
import type { CardRecord, ReviewLogRecord } from '../../domain/scheduling/card'

export interface HistoryRow {
  log: ReviewLogRecord
  /** Time from this review to the due date it set; `null` when that is no longer known. */
  intervalAfterMs: number | null
}

/**
 * Pairs each review (oldest first) with the interval it gave. A log stores the
 * card's due date before its review, so a review's outcome is the next log's
 * `due`; for the latest review it is the card's own due date, unless the card
 * was reset or changed since.
 */
export function historyRows(logs: readonly ReviewLogRecord[], card: CardRecord): HistoryRow[] {
  return logs.map((log, i) => {
    const next = logs[i + 1]
    const dueAfter = next ? next.due : card.lastReview === log.review ? card.due : null
    return { log, intervalAfterMs: dueAfter === null ? null : Math.max(0, dueAfter - log.review) }
  })
}
