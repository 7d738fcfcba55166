/**
 * Back-of-the-envelope capacity estimates — traffic, storage, bandwidth and
 * cache size from a handful of inputs — and the formatters that print them
 * the way they are said in an interview ("11.6k QPS", "36.5 TB").
 */

export const secondsPerDay = 86_400
export const daysPerYear = 365
/** Share of a day's reads the cache is sized for (the 80/20 rule). */
export const hotShare = 0.2

export interface EstimateInput {
  dailyActiveUsers: number
  /** Requests (reads and writes together) one user makes per day. */
  requestsPerUserPerDay: number
  /** Reads per write: 10 means 10 reads for every write. 0 means write-only. */
  readWriteRatio: number
  /** Size of one written object, in bytes. */
  objectSizeBytes: number
  retentionYears: number
  /** Peak traffic as a multiple of the average (at least 1). */
  peakFactor: number
}

export type EstimateField = keyof EstimateInput

export interface Rates {
  total: number
  reads: number
  writes: number
}

export interface Bandwidth {
  average: number
  peak: number
}

export interface Estimate {
  requestsPerDay: Rates
  /** Requests per second, averaged over the day. */
  averageQps: Rates
  /** Requests per second at peak (average × peak factor). */
  peakQps: Rates
  /** Bytes written per year (writes per day × object size × 365). */
  storagePerYearBytes: number
  /** Bytes kept over the whole retention period. */
  storageForRetentionBytes: number
  /** Bytes per second coming in with writes. */
  writeBandwidthBytesPerSecond: Bandwidth
  /** Bytes per second going out with reads (each read returns one object). */
  readBandwidthBytesPerSecond: Bandwidth
  /** Cache for the hottest 20% of one day's reads, in bytes. */
  cacheBytes: number
}

export type EstimateResult =
  { ok: true; estimate: Estimate } | { ok: false; errors: Partial<Record<EstimateField, string>> }

const rules: Record<EstimateField, { name: string; min: number; inclusive: boolean }> = {
  dailyActiveUsers: { name: 'Daily active users', min: 0, inclusive: false },
  requestsPerUserPerDay: { name: 'Requests per user per day', min: 0, inclusive: false },
  readWriteRatio: { name: 'Read:write ratio', min: 0, inclusive: true },
  objectSizeBytes: { name: 'Object size', min: 0, inclusive: false },
  retentionYears: { name: 'Retention', min: 0, inclusive: false },
  peakFactor: { name: 'Peak factor', min: 1, inclusive: true },
}

/** Field-by-field problems with an input; an empty object when it is usable. */
export function validateEstimateInput(input: EstimateInput): Partial<Record<EstimateField, string>> {
  const errors: Partial<Record<EstimateField, string>> = {}
  for (const field of Object.keys(rules) as EstimateField[]) {
    const { name, min, inclusive } = rules[field]
    const value: unknown = input[field]
    if (typeof value !== 'number' || !Number.isFinite(value)) errors[field] = `${name} must be a number.`
    else if (inclusive ? value < min : value <= min) {
      errors[field] = `${name} must be ${inclusive ? 'at least' : 'greater than'} ${min}.`
    }
  }
  return errors
}

/**
 * The estimate for an input, or the errors that keep it from being made.
 *
 * Assumptions: a day is exactly 86,400 s and a year 365 days; a request is
 * either a read or a write, split by the ratio (writes = total ÷ (ratio + 1),
 * so 10:1 makes one request in 11 a write); every write stores one new
 * object of `objectSizeBytes` that is kept for the whole retention period
 * (no deletes, replication or compression); every read returns one object;
 * peak is the average times `peakFactor`. The cache follows the 80/20 rule:
 * 20% of the objects serve most reads, so it holds 20% of one day's read
 * volume (0.2 × reads per day × object size) — an upper bound, since the same
 * popular object read twice needs caching only once.
 */
export function estimate(input: EstimateInput): EstimateResult {
  const errors = validateEstimateInput(input)
  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const {
    dailyActiveUsers,
    requestsPerUserPerDay,
    readWriteRatio,
    objectSizeBytes,
    retentionYears,
    peakFactor,
  } = input
  const totalPerDay = dailyActiveUsers * requestsPerUserPerDay
  const writesPerDay = totalPerDay / (readWriteRatio + 1)
  const readsPerDay = totalPerDay - writesPerDay
  const perDay: Rates = { total: totalPerDay, reads: readsPerDay, writes: writesPerDay }
  const averageQps: Rates = {
    total: totalPerDay / secondsPerDay,
    reads: readsPerDay / secondsPerDay,
    writes: writesPerDay / secondsPerDay,
  }
  const peakQps: Rates = {
    total: averageQps.total * peakFactor,
    reads: averageQps.reads * peakFactor,
    writes: averageQps.writes * peakFactor,
  }
  const storagePerYearBytes = writesPerDay * objectSizeBytes * daysPerYear
  return {
    ok: true,
    estimate: {
      requestsPerDay: perDay,
      averageQps,
      peakQps,
      storagePerYearBytes,
      storageForRetentionBytes: storagePerYearBytes * retentionYears,
      writeBandwidthBytesPerSecond: {
        average: averageQps.writes * objectSizeBytes,
        peak: peakQps.writes * objectSizeBytes,
      },
      readBandwidthBytesPerSecond: {
        average: averageQps.reads * objectSizeBytes,
        peak: peakQps.reads * objectSizeBytes,
      },
      cacheBytes: hotShare * readsPerDay * objectSizeBytes,
    },
  }
}

/** Up to 3 significant digits, trailing zeros dropped: 36.5, 1.2, 999, 0.0123. */
function significant(n: number): string {
  return String(Number(n.toPrecision(3)))
}

/**
 * `n` scaled by powers of 1,000 into the largest unit it reaches, with up
 * to 3 significant digits; a value that rounds up to 1,000 moves to the next
 * unit (999,999 → 1 of the next, not 1000 of this one).
 */
function scale(n: number, units: readonly string[]): { value: string; unit: string } {
  if (!Number.isFinite(n)) return { value: String(n), unit: units[0] ?? '' }
  const sign = n < 0 ? '-' : ''
  let v = Math.abs(n)
  let i = 0
  while (i < units.length - 1 && Number(v.toPrecision(3)) >= 1000) {
    v /= 1000
    i += 1
  }
  return { value: sign + significant(v), unit: units[i] ?? '' }
}

const byteUnits = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const
const bitUnits = ['bit', 'kbit', 'Mbit', 'Gbit', 'Tbit', 'Pbit'] as const
const countPrefixes = ['', 'k', 'M', 'G', 'T'] as const

/** Bytes in decimal units with up to 3 significant digits: 36.5e12 → "36.5 TB". */
export function formatBytes(n: number): string {
  const { value, unit } = scale(n, byteUnits)
  return `${value} ${unit}`
}

/**
 * A rate with a k/M/G/T prefix and up to 3 significant digits. A unit that is
 * a word follows after a space ("11.6k QPS"); a unit that starts with "/"
 * takes the prefix ("1.2 M/s", "12/s").
 */
export function formatRate(perSecond: number, unit: string): string {
  const { value, unit: prefix } = scale(perSecond, countPrefixes)
  if (unit.startsWith('/')) return `${value}${prefix === '' ? '' : ` ${prefix}`}${unit}`
  return `${value}${prefix}${unit === '' ? '' : ` ${unit}`}`
}

/** Bandwidth in bytes and in bits per second: 5e6 → "5 MB/s (40 Mbit/s)". */
export function formatBandwidth(bytesPerSecond: number): string {
  const bits = scale(bytesPerSecond * 8, bitUnits)
  return `${formatBytes(bytesPerSecond)}/s (${bits.value} ${bits.unit}/s)`
}
