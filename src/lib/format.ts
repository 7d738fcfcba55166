/**
 * How the app writes numbers and study days (statistics, the interview plan). English only, like
 * the rest of the app; a study day is shown as its calendar date (UTC parts of
 * `day × 24 h`), so the output does not depend on the machine's time zone.
 */
const msPerDay = 86_400_000

const integer = new Intl.NumberFormat('en')
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 })
const wholePercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
const shortDate = new Intl.DateTimeFormat('en', { timeZone: 'UTC', month: 'short', day: 'numeric' })
const longDate = new Intl.DateTimeFormat('en', {
  timeZone: 'UTC',
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
})
const monthName = new Intl.DateTimeFormat('en', { timeZone: 'UTC', month: 'short' })

/** 1234 → "1,234". */
export const formatCount = (n: number): string => integer.format(n)

/** 3.25 → "3.3". */
export const formatDecimal = (n: number): string => decimal.format(n)

/** A share 0–1 as a percentage with one decimal ("92.3%"); "—" when there is nothing to divide. */
export const formatPercent = (share: number | null): string => (share === null ? '—' : percent.format(share))

/** A share 0–1 as a whole percentage ("40%"). */
export const formatWholePercent = (share: number): string => wholePercent.format(share)

/** Study day 20555 → "Apr 12". */
export const formatShortDay = (day: number): string => shortDate.format(day * msPerDay)

/** Study day 20555 → "Sun, Apr 12, 2026". */
export const formatLongDay = (day: number): string => longDate.format(day * msPerDay)

/** The month a study day falls in, short ("Apr"). */
export const formatMonth = (day: number): string => monthName.format(day * msPerDay)

/** Day of the month (1–31) of a study day. */
export const dayOfMonth = (day: number): number => new Date(day * msPerDay).getUTCDate()
