/**
 * How the app writes numbers and study days (statistics, the interview plan). English only, like
 * the rest of the app; a study day is shown as its calendar date (UTC parts of
 * `day × 24 h`), so the output does not depend on the machine's time zone.
 */
const msPerDay = 86_400_000

// Written out rather than through Intl: the app is English only, and a page's first Intl
// formatter costs 20–50 ms of ICU start-up, paid on every cold load of Statistics.
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/**
 * Rounds half away from zero to `digits` decimals, as Intl does. The scaled value is
 * read at 15 significant digits first, so float noise (0.0515 × 100 = 5.1499…) does
 * not decide the rounding.
 */
function fixed(n: number, digits: number): string {
  const f = 10 ** digits
  const scaled = Number((Math.abs(n) * f).toPrecision(15))
  return grouped((Math.sign(n) * Math.round(scaled)) / f)
}

/** Thousands separated by commas, at most the decimals the number has ("1234.5" → "1,234.5"). */
function grouped(n: number): string {
  const [whole = '0', fraction] = String(Math.abs(n)).split('.')
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = n < 0 && (Number(whole) > 0 || Number(fraction ?? 0) > 0) ? '-' : ''
  return sign + withCommas + (fraction ? `.${fraction}` : '')
}

const utc = (day: number) => new Date(day * msPerDay)

/** 1234 → "1,234". */
export const formatCount = (n: number): string => fixed(n, 3)

/** 3.25 → "3.3". */
export const formatDecimal = (n: number): string => fixed(n, 1)

/** A share 0–1 as a percentage with one decimal ("92.3%"); "—" when there is nothing to divide. */
export const formatPercent = (share: number | null): string =>
  share === null ? '—' : `${fixed(share * 100, 1)}%`

/** A share 0–1 as a whole percentage ("40%"). */
export const formatWholePercent = (share: number): string => `${fixed(share * 100, 0)}%`

/** Study day 20555 → "Apr 12". */
export const formatShortDay = (day: number): string =>
  `${months[utc(day).getUTCMonth()]} ${utc(day).getUTCDate()}`

/** Study day 20555 → "Sun, Apr 12, 2026". */
export const formatLongDay = (day: number): string => {
  const d = utc(day)
  return `${weekdays[d.getUTCDay()]}, ${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}

/** The month a study day falls in, short ("Apr"). */
export const formatMonth = (day: number): string => months[utc(day).getUTCMonth()]!

/** Day of the month (1–31) of a study day. */
export const dayOfMonth = (day: number): number => new Date(day * msPerDay).getUTCDate()
