// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  capDueBeforeInterview,
  planPace,
  plannedNewToday,
  reviewOnlyDaysFor,
  studyDayOfDate,
  summarizePlan,
  topicsToDrop,
} from '../../../src/domain/scheduling/interview-plan'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { newCardRecord } from '../../../src/domain/scheduling/card'
import { startOfStudyDay, studyDayOf } from '../../../src/domain/scheduling/study-day'

const berlin = { rolloverHour: 4, timeZone: 'Europe/Berlin' }
const day = (iso: string) => studyDayOfDate(iso)!

describe('the interview date', () => {
  it('reads a calendar date as the study day studyDayOf gives it, and refuses what is not a date', () => {
    // 10:00 on 14 December 2026 in Berlin is in the study day of that date.
    expect(day('2026-12-14')).toBe(studyDayOf(Date.UTC(2026, 11, 14, 9), berlin))
    // 02:00 local (before the 4 AM rollover) still belongs to the day before.
    expect(day('2026-12-13')).toBe(studyDayOf(Date.UTC(2026, 11, 14, 1), berlin))
    for (const bad of ['2026-02-30', '2026-13-01', '14.12.2026', '', '2026-1-5'])
      expect(studyDayOfDate(bad)).toBeNull()
  })

  it('paces new cards so every card is introduced before the review-only days', () => {
    const today = day('2026-12-06')
    const pace = planPace({ today, interviewDay: day('2026-12-20'), unseen: 330, introducedToday: 0 })
    // 14 days left: 3 review-only days (17–19 Dec); new cards from 6 to 16 Dec, 11 days.
    expect(pace).toEqual({
      status: 'ahead',
      daysLeft: 14,
      lastNewDay: day('2026-12-16'),
      newDays: 11,
      reviewOnlyDays: 3,
      unseen: 330,
      newPerDay: 30,
      feasible: true,
    })
    expect(plannedNewToday(pace, today)).toBe(30)
    expect(plannedNewToday(pace, day('2026-12-16'))).toBe(30)
    expect(plannedNewToday(pace, day('2026-12-17'))).toBe(0)
  })

  it('counts the cards already introduced today towards today’s share', () => {
    const pace = planPace({ today: 100, interviewDay: 110, unseen: 60, introducedToday: 12 })
    // 10 days: 2 review-only; 8 new days for 72 cards: 9 a day, of which 12 are done today.
    expect(pace.status === 'ahead' && [pace.newDays, pace.newPerDay]).toEqual([8, 9])
  })

  it('is review only on the interview day, says how long ago a past one was, and spends the one day left when it is tomorrow', () => {
    expect(planPace({ today: 50, interviewDay: 50, unseen: 10, introducedToday: 0 })).toEqual({
      status: 'today',
    })
    expect(plannedNewToday({ status: 'today' }, 50)).toBe(0)
    expect(planPace({ today: 52, interviewDay: 50, unseen: 10, introducedToday: 0 })).toEqual({
      status: 'past',
      daysAgo: 2,
    })
    expect(plannedNewToday({ status: 'past', daysAgo: 2 }, 52)).toBeNull()
    const tomorrow = planPace({ today: 49, interviewDay: 50, unseen: 120, introducedToday: 0 })
    expect(tomorrow).toMatchObject({
      daysLeft: 1,
      reviewOnlyDays: 0,
      newDays: 1,
      newPerDay: 120,
      feasible: false,
    })
    expect([0, 2, 3, 6, 7, 13, 14, 60].map(reviewOnlyDaysFor)).toEqual([0, 0, 1, 1, 2, 2, 3, 3])
  })

  it('names the topics to leave out when the pace is too fast: the biggest first, until the rest fits', () => {
    const unseen = [
      { topic: 'http' as const, unseen: 20 },
      { topic: 'databases' as const, unseen: 90 },
      { topic: 'caching' as const, unseen: 60 },
      { topic: 'security' as const, unseen: 40 },
    ]
    // 3 new days × 50 = 150 fit; 210 unseen: dropping databases (90) leaves 120.
    expect(topicsToDrop(unseen, 3)).toEqual([{ topic: 'databases', unseen: 90 }])
    expect(topicsToDrop(unseen, 1)).toEqual([
      { topic: 'databases', unseen: 90 },
      { topic: 'caching', unseen: 60 },
      { topic: 'security', unseen: 40 },
    ])
    expect(topicsToDrop(unseen, 10)).toEqual([])
  })
})

describe('intervals capped at the interview', () => {
  const interviewDay = day('2026-12-20')
  const eve = startOfStudyDay(interviewDay - 1, berlin)

  it('brings a review due after the eve to the eve, leaves earlier ones, and leaves reviews on the eve alone', () => {
    const monday = Date.UTC(2026, 11, 7, 9)
    expect(capDueBeforeInterview(eve + 5 * 86_400_000, monday, eve)).toBe(eve)
    expect(capDueBeforeInterview(eve - 3_600_000, monday, eve)).toBe(eve - 3_600_000)
    expect(capDueBeforeInterview(eve + 30 * 86_400_000, eve + 3_600_000, eve)).toBe(eve + 30 * 86_400_000)
  })

  it('caps what the scheduler gives a review card, in the preview and the grade; without a date FSRS is unchanged', () => {
    const settings = { ...defaultSchedulingSettings, fuzz: false }
    const plain = createScheduler(settings)
    const planned = createScheduler(settings, { capDue: (due, at) => capDueBeforeInterview(due, at, eve) })
    // A card learnt on 1 December and reviewed well since: a long next interval.
    let card = newCardRecord({ id: 'c', deckId: 'topic:http', topic: 'http', source: 'bank', position: 0 }, 0)
    const reviewAt = Date.UTC(2026, 11, 10, 9)
    let at = Date.UTC(2026, 11, 1, 9)
    while (at < reviewAt) {
      card = plain.grade(card, 3, at, studyDayOf(at, berlin)).card
      at = Math.max(at + 60_000, card.due)
    }
    const free = plain.grade(card, 3, reviewAt, studyDayOf(reviewAt, berlin)).card
    const capped = planned.grade(card, 3, reviewAt, studyDayOf(reviewAt, berlin)).card
    expect(free.due).toBeGreaterThan(eve)
    expect(capped.due).toBe(eve)
    expect(capped.scheduledDays).toBe(Math.round((eve - reviewAt) / 86_400_000))
    expect(capped.stability).toBe(free.stability)
    expect(planned.preview(card, reviewAt)[3]).toBe(eve)
    expect(plain.preview(card, reviewAt)[3]).toBe(free.due)
  })
})

describe('the plan’s summary', () => {
  it('puts pace, per-topic coverage and recall now and on the day together, with what to drop when too fast', () => {
    const summary = summarizePlan({
      plan: { date: '2026-12-09', topics: ['http', 'caching'] },
      today: day('2026-12-06'),
      bankCards: new Map([
        ['http', 30],
        ['caching', 200],
        ['databases', 40],
      ]),
      studiedCards: [
        { topic: 'http', isNew: false, recallNow: 0.9, recallOnDay: 0.7 },
        { topic: 'http', isNew: false, recallNow: 0.8, recallOnDay: 0.5 },
        { topic: 'http', isNew: true, recallNow: 0, recallOnDay: 0 },
        { topic: 'databases', isNew: false, recallNow: 1, recallOnDay: 1 },
      ],
      introducedToday: 0,
    })!
    expect(summary.topics.map((t) => [t.topic, t.cards, t.studied, t.unseen])).toEqual([
      ['http', 30, 2, 28],
      ['caching', 200, 0, 200],
    ])
    expect(summary.topics[0]!.recallOnDay).toBeCloseTo(0.6)
    expect(summary.recallNow).toBeCloseTo(0.85)
    // 3 days left: 1 review-only day, 2 new days for 228 cards: 114 a day, too many.
    expect(summary.pace).toMatchObject({ status: 'ahead', newDays: 2, newPerDay: 114, feasible: false })
    expect(summary.drop).toEqual([{ topic: 'caching', unseen: 200 }])
  })

  it('covers every topic when the plan names none, and is nothing for a broken date', () => {
    const bankCards = new Map([
      ['http', 5],
      ['caching', 5],
    ] as const)
    const all = summarizePlan({
      plan: { date: '2026-12-30', topics: [] },
      today: day('2026-12-06'),
      bankCards,
      studiedCards: [],
      introducedToday: 0,
    })
    expect(all?.topics.map((t) => t.topic)).toEqual(['http', 'caching'])
    expect(
      summarizePlan({
        plan: { date: 'soon', topics: [] },
        today: 0,
        bankCards,
        studiedCards: [],
        introducedToday: 0,
      }),
    ).toBeNull()
  })
})
