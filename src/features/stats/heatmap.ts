/**
 * The year heatmap: one cell per study day, laid out GitHub-style as columns
 * of weeks (Monday at the top) with a colour level by the day's review count.
 */
import type { ReviewDay } from '../../domain/scheduling/review-days'
import { dayOfMonth, formatMonth } from '../../lib/format'

export type HeatmapLevel = 0 | 1 | 2 | 3 | 4

export interface HeatmapCell {
  day: number
  count: number
  /** Column: weeks since the Monday on or before the first day. */
  week: number
  /** Row: 0 = Monday … 6 = Sunday. */
  weekday: number
  level: HeatmapLevel
}

export interface Heatmap {
  cells: HeatmapCell[]
  /** Number of week columns. */
  weeks: number
  /** A label per month, at the column holding its first day. */
  months: { week: number; label: string }[]
  first: number
  last: number
  total: number
  /** Days with at least one review. */
  daysStudied: number
  /** Reviews per day over the whole period. */
  dailyAverage: number
  /** Reviews per day on the days studied. */
  studiedDayAverage: number
  /** The busiest day, or null when there were no reviews. */
  busiest: { day: number; count: number } | null
}

/** Day 0 (1970-01-01) was a Thursday: Monday-based weekday 3. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

/**
 * The colour level of a count relative to the busiest day: 0 for none, then
 * quarters of the maximum (1 up to 25 %, … 4 above 75 %).
 */
export function heatmapLevel(count: number, max: number): HeatmapLevel {
  if (count <= 0 || max <= 0) return 0
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as HeatmapLevel
}

/**
 * The heatmap of the `length` study days ending with `today` (inclusive),
 * from per-day totals. Days outside the period are ignored; days missing from
 * `days` count as zero.
 */
export function buildHeatmap(
  days: readonly Pick<ReviewDay, 'day' | 'reviews'>[],
  today: number,
  length = 365,
): Heatmap {
  const first = today - length + 1
  const counts = new Map<number, number>()
  for (const d of days) {
    if (d.day >= first && d.day <= today && d.reviews > 0) counts.set(d.day, d.reviews)
  }
  let total = 0
  let busiest: Heatmap['busiest'] = null
  for (const [day, count] of counts) {
    total += count
    if (!busiest || count > busiest.count || (count === busiest.count && day > busiest.day)) {
      busiest = { day, count }
    }
  }
  const max = busiest?.count ?? 0
  const firstMonday = first - weekdayOf(first)
  const cells: HeatmapCell[] = []
  const months: Heatmap['months'] = []
  for (let day = first; day <= today; day++) {
    const count = counts.get(day) ?? 0
    const week = Math.floor((day - firstMonday) / 7)
    cells.push({ day, count, week, weekday: weekdayOf(day), level: heatmapLevel(count, max) })
    if (dayOfMonth(day) === 1) months.push({ week, label: formatMonth(day) })
  }
  return {
    cells,
    weeks: Math.floor((today - firstMonday) / 7) + 1,
    months,
    first,
    last: today,
    total,
    daysStudied: counts.size,
    dailyAverage: length > 0 ? total / length : 0,
    studiedDayAverage: counts.size > 0 ? total / counts.size : 0,
    busiest,
  }
}
