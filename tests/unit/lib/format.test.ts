import { describe, expect, it } from 'vitest'
import {
  formatCount,
  formatDecimal,
  formatLongDay,
  formatMonth,
  formatPercent,
  formatShortDay,
  formatWholePercent,
} from '../../../src/lib/format'

// The app writes these without Intl (its first use costs a cold page 20–50 ms); they must
// read exactly as Intl's English formats would.
const intl = {
  count: new Intl.NumberFormat('en'),
  decimal: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
  percent: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }),
  wholePercent: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }),
  shortDay: new Intl.DateTimeFormat('en', { timeZone: 'UTC', month: 'short', day: 'numeric' }),
  longDay: new Intl.DateTimeFormat('en', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }),
  month: new Intl.DateTimeFormat('en', { timeZone: 'UTC', month: 'short' }),
}

describe('numbers as Intl writes them in English', () => {
  it('counts and decimals, with thousands separators and half-away-from-zero rounding', () => {
    for (const n of [
      0, 1, -1, 12, 999, 1000, 1234.56, 1e6, 123456789, 0.05, 0.15, 2.45, 3.25, -3.25, 99.95, 1.005,
    ])
      expect([formatCount(n), formatDecimal(n)], String(n)).toEqual([
        intl.count.format(n),
        intl.decimal.format(n),
      ])
    expect(formatCount(12345)).toBe('12,345')
    expect(formatDecimal(3.25)).toBe('3.3')
  })

  it('shares as percentages, including those float arithmetic puts just below a half', () => {
    for (let i = 0; i <= 4000; i++) {
      const share = i / 4000
      expect([formatPercent(share), formatWholePercent(share)], String(share)).toEqual([
        intl.percent.format(share),
        intl.wholePercent.format(share),
      ])
    }
    expect(formatPercent(0.0515)).toBe('5.2%')
    expect(formatPercent(null)).toBe('—')
  })
})

describe('study days as Intl writes their dates', () => {
  it('short, long and month names across years, leap days included', () => {
    for (let day = 18_000; day < 22_000; day += 3) {
      const t = day * 86_400_000
      expect([formatShortDay(day), formatLongDay(day), formatMonth(day)], String(day)).toEqual([
        intl.shortDay.format(t),
        intl.longDay.format(t),
        intl.month.format(t),
      ])
    }
    expect(formatLongDay(20_555)).toBe('Sun, Apr 12, 2026')
  })
})
