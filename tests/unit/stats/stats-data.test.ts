import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/db/db'
import { saveSchedulingSettings } from '../../../src/db/scheduling-settings'
import { loadStatsData } from '../../../src/db/stats'
import { CardState } from '../../../src/domain/scheduling/card'
import { emptyReviewDay } from '../../../src/domain/scheduling/review-days'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import type * as StudyDay from '../../../src/domain/scheduling/study-day'
import { card } from '../scheduling/fixtures'

vi.mock('../../../src/lib/clock', () => ({ now: () => Date.parse('2026-04-12T08:00:00Z') }))
vi.mock('../../../src/domain/scheduling/study-day', async (importOriginal) => ({
  ...(await importOriginal<typeof StudyDay>()),
  localTimeZone: () => 'Europe/Berlin',
}))

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

describe('the statistics data', () => {
  it('reads the cards, and counts bank cards without a row as new', async () => {
    await db.cards.bulkPut([card('http-a', { state: CardState.Review }), card('mine', { source: 'user' })])
    const data = await loadStatsData([
      { id: 'http-a', topic: 'http', position: 0 },
      { id: 'caching-b', topic: 'caching', position: 1 },
    ])
    expect(data.cards.map((c) => [c.id, c.state])).toEqual([
      ['http-a', CardState.Review],
      ['mine', CardState.New],
      ['caching-b', CardState.New],
    ])
    expect(data.cards[2]).toMatchObject({ topic: 'caching', deckId: 'topic:caching', source: 'bank' })
    expect(data.missingBankCards).toBe(1)
  })

  it('reads the day totals of the last 366 study days by the stored rollover hour', async () => {
    // 10:00 in Berlin: with a rollover at 11:00 it is still Saturday's study day.
    await saveSchedulingSettings({ ...defaultSchedulingSettings, rolloverHour: 11 })
    const today = 20554
    await db.reviewDays.bulkPut(
      [today + 1, today, today - 365, today - 366, today - 1000].map((day) => ({
        ...emptyReviewDay(day),
        reviews: 1,
      })),
    )
    const data = await loadStatsData()
    expect(data.today).toBe(today)
    expect(data.boundary).toEqual({ rolloverHour: 11, timeZone: 'Europe/Berlin' })
    expect(data.days.map((d) => d.day).sort()).toEqual([today - 365, today])
  })
})
