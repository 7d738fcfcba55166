/**
 * Per-study-day totals of reviews, kept beside the logs and updated in the
 * same transaction as each grade, so statistics and daily limits never have
 * to read every log. Pure: add or remove one log.
 */
import { CardState, type ReviewLogRecord } from './card.ts'

/** An interval of 21 days or more makes a card "mature", as in Anki. */
export const matureIntervalDays = 21

export interface ReviewDay {
  day: number
  /** Every grade that day. */
  reviews: number
  /** Cards seen for the first time (state New before the grade). */
  newCards: number
  learning: number
  /** Grades of cards in the Review state: these count against the review limit. */
  review: number
  relearning: number
  /** Review-state grades by the card's interval before the review (true retention). */
  youngPass: number
  youngFail: number
  maturePass: number
  matureFail: number
}

export function emptyReviewDay(day: number): ReviewDay {
  return {
    day,
    reviews: 0,
    newCards: 0,
    learning: 0,
    review: 0,
    relearning: 0,
    youngPass: 0,
    youngFail: 0,
    maturePass: 0,
    matureFail: 0,
  }
}

/** The totals with one log added (`sign` 1) or taken away again (`sign` -1, undo). */
export function countLog(totals: ReviewDay, log: ReviewLogRecord, sign: 1 | -1 = 1): ReviewDay {
  const next = { ...totals, reviews: totals.reviews + sign }
  switch (log.state) {
    case CardState.New:
      next.newCards += sign
      break
    case CardState.Learning:
      next.learning += sign
      break
    case CardState.Relearning:
      next.relearning += sign
      break
    case CardState.Review: {
      next.review += sign
      // True retention counts reviews at intervals of a day or more.
      if (log.lastIntervalDays >= 1) {
        const mature = log.lastIntervalDays >= matureIntervalDays
        const pass = log.rating > 1
        if (mature && pass) next.maturePass += sign
        else if (mature) next.matureFail += sign
        else if (pass) next.youngPass += sign
        else next.youngFail += sign
      }
      break
    }
  }
  return next
}
