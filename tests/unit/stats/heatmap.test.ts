import { describe, expect, it } from 'vitest'
import { emptyReviewDay } from '../../../src/domain/scheduling/review-days'
import { studyDayOf } from '../../../src/domain/scheduling/study-day'
import { buildHeatmap, heatmapLevel, weekdayOf } from '../../../src/features/stats/heatmap'
import { t0 } from '../scheduling/fixtures'

const today = studyDayOf(t0, { rolloverHour: 4, timeZone: 'Europe/Berlin' })
const reviews = (day: number, n: number) => ({ ...emptyReviewDay(day), reviews: n })

describe('the year heatmap', () => {
  it('puts 2026-04-12 (a Sunday) on the bottom row', () => {
    expect(today).toBe(20555)
    expect(weekdayOf(today)).toBe(6)
    expect(weekdayOf(today - 6)).toBe(0)
  })

  it('has one cell per day of the last 365 study days, in week columns from Monday', () => {
    const map = buildHeatmap([], today)
    expect(map.cells).toHaveLength(365)
    expect(map.first).toBe(today - 364)
    expect(map.cells[0]).toMatchObject({ day: today - 364, week: 0, weekday: 6 })
    expect(map.cells.at(-1)).toMatchObject({ day: today, week: 52, weekday: 6 })
    expect(map.weeks).toBe(53)
    // Every column but the first is a full Monday-to-Sunday week.
    const week5 = map.cells.filter((c) => c.week === 5)
    expect(week5.map((c) => c.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(week5[1]!.day - week5[0]!.day).toBe(1)
  })

  it('labels each month at the column holding its first day', () => {
    const map = buildHeatmap([], today)
    expect(map.months.map((m) => m.label)).toEqual([
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
    ])
    const april1 = map.cells.find((c) => c.day === today - 11)!
    expect(map.months.at(-1)).toEqual({ week: april1.week, label: 'Apr' })
  })

  it('counts reviews inside the period only, with the total and both averages', () => {
    const map = buildHeatmap(
      [
        reviews(today, 8),
        reviews(today - 1, 2),
        reviews(today - 364, 4),
        reviews(today - 365, 100),
        reviews(today + 1, 50),
        reviews(today - 3, 0),
      ],
      today,
    )
    expect(map.total).toBe(14)
    expect(map.daysStudied).toBe(3)
    expect(map.dailyAverage).toBeCloseTo(14 / 365)
    expect(map.studiedDayAverage).toBeCloseTo(14 / 3)
    expect(map.busiest).toEqual({ day: today, count: 8 })
    const level = (day: number) => map.cells.find((c) => c.day === day)?.level
    expect([level(today), level(today - 1), level(today - 364), level(today - 2)]).toEqual([4, 1, 2, 0])
  })

  it('reports no busiest day and zero averages when nothing was reviewed', () => {
    const map = buildHeatmap([], today)
    expect(map).toMatchObject({
      total: 0,
      daysStudied: 0,
      dailyAverage: 0,
      studiedDayAverage: 0,
      busiest: null,
    })
    expect(map.cells.every((c) => c.level === 0)).toBe(true)
  })

  it('grades counts in quarters of the busiest day', () => {
    expect([0, 1, 25, 26, 50, 51, 75, 76, 100].map((n) => heatmapLevel(n, 100))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4,
    ])
    expect(heatmapLevel(1, 1000)).toBe(1)
    expect(heatmapLevel(3, 0)).toBe(0)
  })
})
