import { describe, expect, it } from 'vitest'
import { CardState } from '../../../src/domain/scheduling/card'
import { startOfStudyDay, studyDayOf } from '../../../src/domain/scheduling/study-day'
import { dueForecast } from '../../../src/features/stats/forecast'
import { card, day, minute, t0 } from '../scheduling/fixtures'

const berlin = { rolloverHour: 4, timeZone: 'Europe/Berlin' }
const today = studyDayOf(t0, berlin)
const review = (id: string, due: number, over = {}) => card(id, { state: CardState.Review, due, ...over })

describe('the due forecast', () => {
  it('has one bucket per study day from today', () => {
    const forecast = dueForecast([], today, berlin)
    expect(forecast).toHaveLength(30)
    expect(forecast[0]).toEqual({ day: today, due: 0 })
    expect(forecast[29]).toEqual({ day: today + 29, due: 0 })
  })

  it('counts overdue cards and cards due later today on today', () => {
    const forecast = dueForecast(
      [
        review('overdue', t0 - 40 * day),
        review('yesterday', t0 - day),
        card('learning', { state: CardState.Learning, due: t0 + 10 * minute }),
        review('before-rollover', startOfStudyDay(today + 1, berlin) - 1),
      ],
      today,
      berlin,
    )
    expect(forecast[0]!.due).toBe(4)
    expect(forecast.slice(1).every((d) => d.due === 0)).toBe(true)
  })

  it('puts a card on the study day of its due time, and leaves out cards past the window', () => {
    const forecast = dueForecast(
      [
        review('at-rollover', startOfStudyDay(today + 1, berlin)),
        review('tomorrow', t0 + day),
        card('relearning', { state: CardState.Relearning, due: t0 + 29 * day }),
        review('too-late', startOfStudyDay(today + 30, berlin)),
      ],
      today,
      berlin,
    )
    expect(forecast[1]!.due).toBe(2)
    expect(forecast[29]!.due).toBe(1)
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(3)
  })

  it('leaves out new and suspended cards', () => {
    const forecast = dueForecast(
      [card('new', { due: t0 }), review('suspended', t0, { suspended: true }), review('due', t0)],
      today,
      berlin,
    )
    expect(forecast[0]!.due).toBe(1)
  })

  it('follows the local day boundary across a daylight-saving change', () => {
    // Berlin moves to summer time on 2026-03-29: the rollover is 02:00 UTC from then on.
    const start = Date.parse('2026-03-27T12:00:00Z')
    const first = studyDayOf(start, berlin)
    const forecast = dueForecast(
      [
        review('before-4am-cest', Date.parse('2026-03-30T01:30:00Z')), // 03:30 local: still Mar 29
        review('after-4am-cest', Date.parse('2026-03-30T02:30:00Z')), // 04:30 local: Mar 30
      ],
      first,
      berlin,
      7,
    )
    expect(forecast.map((d) => d.due)).toEqual([0, 0, 1, 1, 0, 0, 0])
  })
})
