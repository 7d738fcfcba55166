import { describe, expect, it } from 'vitest'
import {
  estimate,
  formatBandwidth,
  formatBytes,
  formatRate,
  type Estimate,
  type EstimateInput,
} from '../../../src/domain/estimation/estimate'

const input = (over: Partial<EstimateInput> = {}): EstimateInput => ({
  dailyActiveUsers: 100_000_000,
  requestsPerUserPerDay: 10,
  readWriteRatio: 10,
  objectSizeBytes: 1_000,
  retentionYears: 5,
  peakFactor: 3,
  ...over,
})

const run = (over: Partial<EstimateInput> = {}): Estimate => {
  const result = estimate(input(over))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.estimate
}

describe('estimate', () => {
  it('averages a day of requests over 86,400 seconds', () => {
    const e = run()
    expect(e.requestsPerDay.total).toBe(1_000_000_000)
    expect(e.averageQps.total).toBeCloseTo(11_574.07, 2)
    expect(Math.round(e.averageQps.total)).toBe(11_574)
  })

  it('splits reads and writes by the ratio: 10:1 makes one request in 11 a write', () => {
    const e = run()
    expect(e.averageQps.writes).toBeCloseTo(e.averageQps.total / 11, 9)
    expect(e.averageQps.reads).toBeCloseTo((e.averageQps.total * 10) / 11, 9)
    expect(e.averageQps.reads / e.averageQps.writes).toBeCloseTo(10, 9)
    expect(run({ readWriteRatio: 0 }).averageQps.reads).toBe(0)
  })

  it('multiplies every rate by the peak factor at peak', () => {
    const e = run()
    expect(e.peakQps.total).toBeCloseTo(e.averageQps.total * 3, 9)
    expect(e.peakQps.reads).toBeCloseTo(e.averageQps.reads * 3, 9)
    expect(e.peakQps.writes).toBeCloseTo(e.averageQps.writes * 3, 9)
    expect(run({ peakFactor: 1 }).peakQps).toEqual(run({ peakFactor: 1 }).averageQps)
  })

  it('stores writes per day × object size × 365 a year, times the retention', () => {
    const e = run()
    const writesPerDay = 1_000_000_000 / 11
    expect(e.requestsPerDay.writes).toBeCloseTo(writesPerDay, 3)
    expect(e.storagePerYearBytes).toBeCloseTo(writesPerDay * 1_000 * 365, 0)
    expect(e.storageForRetentionBytes).toBeCloseTo(e.storagePerYearBytes * 5, 0)
    expect(formatBytes(e.storagePerYearBytes)).toBe('33.2 TB')
  })

  it('moves one object per read or write through the network', () => {
    const e = run()
    expect(e.writeBandwidthBytesPerSecond.average).toBeCloseTo(e.averageQps.writes * 1_000, 6)
    expect(e.writeBandwidthBytesPerSecond.peak).toBeCloseTo(e.peakQps.writes * 1_000, 6)
    expect(e.readBandwidthBytesPerSecond.average).toBeCloseTo(e.averageQps.reads * 1_000, 6)
    expect(e.readBandwidthBytesPerSecond.peak).toBeCloseTo(e.peakQps.reads * 1_000, 6)
  })

  it('sizes the cache for the hot 20% of one day of reads', () => {
    const e = run()
    expect(e.cacheBytes).toBeCloseTo(0.2 * ((1_000_000_000 * 10) / 11) * 1_000, 0)
    expect(formatBytes(e.cacheBytes)).toBe('182 GB')
  })

  it('reports every bad field with a message', () => {
    const result = estimate(
      input({
        dailyActiveUsers: 0,
        requestsPerUserPerDay: Number.NaN,
        readWriteRatio: -1,
        objectSizeBytes: Infinity,
        retentionYears: -2,
        peakFactor: 0.5,
      }),
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        dailyActiveUsers: 'Daily active users must be greater than 0.',
        requestsPerUserPerDay: 'Requests per user per day must be a number.',
        readWriteRatio: 'Read:write ratio must be at least 0.',
        objectSizeBytes: 'Object size must be a number.',
        retentionYears: 'Retention must be greater than 0.',
        peakFactor: 'Peak factor must be at least 1.',
      },
    })
  })

  it('names only the fields that are wrong', () => {
    const result = estimate({ ...input(), objectSizeBytes: '1KB' as unknown as number })
    expect(result).toEqual({ ok: false, errors: { objectSizeBytes: 'Object size must be a number.' } })
  })
})

describe('formatBytes', () => {
  it('uses decimal units with up to 3 significant digits', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1_000)).toBe('1 KB')
    expect(formatBytes(1_234)).toBe('1.23 KB')
    expect(formatBytes(5_000_000)).toBe('5 MB')
    expect(formatBytes(36_500_000_000_000)).toBe('36.5 TB')
    expect(formatBytes(2.5e15)).toBe('2.5 PB')
    expect(formatBytes(1.2e18)).toBe('1200 PB')
  })

  it('moves to the next unit when rounding reaches 1,000', () => {
    expect(formatBytes(999_999)).toBe('1 MB')
    expect(formatBytes(999.6)).toBe('1 KB')
  })
})

describe('formatRate', () => {
  it('prefixes thousands and millions', () => {
    expect(formatRate(11_574.07, 'QPS')).toBe('11.6k QPS')
    expect(formatRate(1_200_000, '/s')).toBe('1.2 M/s')
    expect(formatRate(42, 'QPS')).toBe('42 QPS')
    expect(formatRate(0.1157, 'QPS')).toBe('0.116 QPS')
    expect(formatRate(3.5e9, 'QPS')).toBe('3.5G QPS')
    expect(formatRate(12, '/s')).toBe('12/s')
  })
})

describe('formatBandwidth', () => {
  it('shows bytes and bits per second', () => {
    expect(formatBandwidth(5_000_000)).toBe('5 MB/s (40 Mbit/s)')
    expect(formatBandwidth(125)).toBe('125 B/s (1 kbit/s)')
    expect(formatBandwidth(1.25e9)).toBe('1.25 GB/s (10 Gbit/s)')
  })
})
