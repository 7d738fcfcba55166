import { describe, expect, it } from 'vitest'
import { latencyNumbers, powersOfTwo } from '../../../src/domain/estimation/reference-tables'

describe('powersOfTwo', () => {
  it('lists 2^10 to 2^50 with exact values within 13% of their decimal names', () => {
    expect(powersOfTwo.map((r) => r.power)).toEqual([10, 20, 30, 40, 50])
    expect(powersOfTwo.map((r) => r.unit)).toEqual(['KB', 'MB', 'GB', 'TB', 'PB'])
    for (const row of powersOfTwo) {
      expect(row.exact).toBe(2 ** row.power)
      expect(row.exact / row.approximate).toBeGreaterThanOrEqual(1)
      expect(row.exact / row.approximate).toBeLessThan(1.13)
    }
    expect(powersOfTwo[4]?.exact).toBe(1_125_899_906_842_624)
  })
})

describe('latencyNumbers', () => {
  it('has unique ids, sane ranges and a "~" magnitude on every row', () => {
    expect(new Set(latencyNumbers.map((r) => r.id)).size).toBe(latencyNumbers.length)
    for (const row of latencyNumbers) {
      expect(row.magnitude.startsWith('~')).toBe(true)
      expect(row.nanoseconds.low).toBeGreaterThan(0)
      expect(row.nanoseconds.high).toBeGreaterThanOrEqual(row.nanoseconds.low)
    }
  })

  it('runs from fastest to slowest, from an L1 load to a round trip across an ocean', () => {
    const lows = latencyNumbers.map((r) => r.nanoseconds.low)
    expect([...lows].sort((a, b) => a - b)).toEqual(lows)
    expect(latencyNumbers[0]).toMatchObject({ id: 'l1-cache', magnitude: '~1 ns' })
    expect(latencyNumbers.at(-1)).toMatchObject({
      id: 'intercontinental-round-trip',
      magnitude: '~70–150 ms',
    })
  })
})
