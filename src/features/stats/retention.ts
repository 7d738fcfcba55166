/**
 * True retention as Anki reports it: the pass rate (any grade but Again) of
 * reviews of cards in the Review state at intervals of a day or more, split
 * by the interval before the review: young (< 21 days) and mature (≥ 21 days).
 * Read from the per-day totals, never from the logs.
 */
import type { ReviewDay } from '../../domain/scheduling/review-days'

export interface PassFail {
  pass: number
  fail: number
}

export const retentionPeriods = [
  { id: 'today', label: 'Today', days: 1 },
  { id: 'week', label: 'Past week', days: 7 },
  { id: 'month', label: 'Past month', days: 30 },
  { id: 'year', label: 'Past year', days: 365 },
] as const

export type RetentionPeriodId = (typeof retentionPeriods)[number]['id']

export interface RetentionRow {
  period: RetentionPeriodId
  label: string
  young: PassFail
  mature: PassFail
  total: PassFail
}

type RetentionCounts = Pick<ReviewDay, 'day' | 'youngPass' | 'youngFail' | 'maturePass' | 'matureFail'>

/** The share of passes, 0–1; `null` when there were no reviews to count. */
export function passRate({ pass, fail }: PassFail): number | null {
  return pass + fail === 0 ? null : pass / (pass + fail)
}

/**
 * One row per period (today, the past 7, 30 and 365 study days, each ending
 * with `today`), summing the young and mature passes and fails of those days.
 */
export function trueRetention(days: readonly RetentionCounts[], today: number): RetentionRow[] {
  return retentionPeriods.map(({ id, label, days: length }) => {
    const young = { pass: 0, fail: 0 }
    const mature = { pass: 0, fail: 0 }
    for (const d of days) {
      if (d.day > today || d.day <= today - length) continue
      young.pass += d.youngPass
      young.fail += d.youngFail
      mature.pass += d.maturePass
      mature.fail += d.matureFail
    }
    return {
      period: id,
      label,
      young,
      mature,
      total: { pass: young.pass + mature.pass, fail: young.fail + mature.fail },
    }
  })
}
