import { describe, expect, it } from 'vitest'
import {
  startOfNextStudyDay,
  startOfStudyDay,
  studyDayOf,
  studyDayToIso,
  remainingRoom,
  studyDayWindow,
  localTimeZone,
  type DayBoundary,
} from '../../../src/domain/scheduling/study-day'

const berlin = { rolloverHour: 4, timeZone: 'Europe/Berlin' }
const newYork = { rolloverHour: 4, timeZone: 'America/New_York' }
const tokyo = { rolloverHour: 4, timeZone: 'Asia/Tokyo' }
const iso = (t: number, b = berlin) => studyDayToIso(studyDayOf(t, b))

describe('study day with a 4 AM rollover', () => {
  it('counts a late-night review for the day it began', () => {
    // 02:30 Berlin time on 12 April is still the 11th's study day.
    expect(iso(Date.parse('2026-04-12T00:30:00Z'))).toBe('2026-04-11')
    // 04:00 Berlin starts the 12th.
    expect(iso(Date.parse('2026-04-12T02:00:00Z'))).toBe('2026-04-12')
  })

  it('depends on the time zone, not on UTC', () => {
    const t = Date.parse('2026-04-12T03:30:00Z')
    expect(iso(t, berlin)).toBe('2026-04-12') // 05:30 local
    expect(iso(t, newYork)).toBe('2026-04-11') // 23:30 local
    expect(iso(t, tokyo)).toBe('2026-04-12') // 12:30 local
  })

  it('starts each day at 04:00 local time', () => {
    const day = studyDayOf(Date.parse('2026-07-01T12:00:00Z'), berlin)
    expect(new Date(startOfStudyDay(day, berlin)).toISOString()).toBe('2026-07-01T02:00:00.000Z') // CEST, UTC+2
    expect(new Date(startOfStudyDay(day, newYork)).toISOString()).toBe('2026-07-01T08:00:00.000Z') // EDT, UTC-4
  })

  it('keeps the 4 AM boundary across the spring daylight-saving change', () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026.
    const before = studyDayOf(Date.parse('2026-03-28T12:00:00Z'), berlin)
    expect(new Date(startOfStudyDay(before, berlin)).toISOString()).toBe('2026-03-28T03:00:00.000Z')
    expect(new Date(startOfStudyDay(before + 1, berlin)).toISOString()).toBe('2026-03-29T02:00:00.000Z')
    // That study day is 23 hours long.
    expect(startOfStudyDay(before + 1, berlin) - startOfStudyDay(before, berlin)).toBe(23 * 3_600_000)
  })

  it('keeps the 4 AM boundary across the autumn change', () => {
    // New York moves from UTC-4 to UTC-5 at 02:00 on 1 November 2026: a 25-hour study day.
    const day = studyDayOf(Date.parse('2026-10-31T18:00:00Z'), newYork)
    expect(new Date(startOfStudyDay(day + 1, newYork)).toISOString()).toBe('2026-11-01T09:00:00.000Z')
    expect(startOfStudyDay(day + 1, newYork) - startOfStudyDay(day, newYork)).toBe(25 * 3_600_000)
  })

  it('handles a rollover hour that a daylight-saving change skips', () => {
    // With the rollover at 02:00, Berlin's 29 March has no 02:00: the day starts at 03:00 CEST.
    const two = { rolloverHour: 2, timeZone: 'Europe/Berlin' }
    const day = studyDayOf(Date.parse('2026-03-29T12:00:00Z'), two)
    expect(studyDayToIso(day)).toBe('2026-03-29')
    expect(new Date(startOfStudyDay(day, two)).toISOString()).toBe('2026-03-29T01:00:00.000Z')
  })

  it('gives the next day start for any instant of a day', () => {
    const t = Date.parse('2026-04-11T23:59:00Z') // 01:59 on the 12th in Berlin, study day the 11th
    expect(new Date(startOfNextStudyDay(t, berlin)).toISOString()).toBe('2026-04-12T02:00:00.000Z')
  })
})

describe('a study day’s window', () => {
  const hours = (ms: number) => ms / 3_600_000

  it('ends at the real rollover on a 23-hour and a 25-hour day, and counts review-ahead in study days', () => {
    // Sunday 29 March 2026: clocks go forward at 02:00 in Berlin; the study day from 04:00 that
    // Saturday to 04:00 Sunday lasts 23 hours.
    const spring = studyDayWindow(Date.UTC(2026, 2, 28, 20), berlin, 3)
    expect(hours(spring.end - spring.start)).toBe(23)
    expect(new Date(spring.end).toISOString()).toBe('2026-03-29T02:00:00.000Z') // 04:00 CEST
    expect(new Date(spring.reviewCutoff).toISOString()).toBe('2026-04-01T02:00:00.000Z')
    expect(new Date(spring.tomorrowEnd).toISOString()).toBe('2026-03-30T02:00:00.000Z')
    // Sunday 25 October 2026: clocks go back; that study day lasts 25 hours.
    const autumn = studyDayWindow(Date.UTC(2026, 9, 24, 20), berlin)
    expect(hours(autumn.end - autumn.start)).toBe(25)
    expect(autumn.reviewCutoff).toBe(autumn.end)
    expect(new Date(autumn.tomorrowEnd).toISOString()).toBe('2026-10-26T03:00:00.000Z') // 04:00 CET
  })

  it('leaves room for what the limits allow, widened by “study more”, never below zero', () => {
    const limits = { newPerDay: 20, reviewsPerDay: 200 }
    expect(remainingRoom(limits, { newCards: 5, reviews: 30 })).toEqual({ newCards: 15, reviews: 170 })
    expect(remainingRoom(limits, { newCards: 25, reviews: 250 }, 10)).toEqual({ newCards: 5, reviews: 0 })
    expect(remainingRoom(limits, { newCards: 40, reviews: 0 })).toEqual({ newCards: 0, reviews: 200 })
  })
})

describe('the browser’s own time zone (read without Intl)', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']
  const saved = process.env.TZ

  it('gives the same study days and day starts as the zone named explicitly, across DST changes', () => {
    try {
      for (const zone of zones) {
        process.env.TZ = zone
        // The process really runs in that zone now (else this test would prove nothing).
        const winter = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()
        const summer = new Date(Date.UTC(2026, 6, 15)).getTimezoneOffset()
        expect(winter !== 0 || summer !== 0, zone).toBe(true)
        const named: DayBoundary = { rolloverHour: 4, timeZone: zone }
        const own: DayBoundary = { rolloverHour: 4, timeZone: localTimeZone() }
        // Every 37 minutes through 2026: both DST changes of each zone, at odd offsets.
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60_000) {
          expect(studyDayOf(t, own), `${zone} ${new Date(t).toISOString()}`).toBe(studyDayOf(t, named))
        }
        for (
          let day = studyDayOf(Date.UTC(2026, 0, 1), named);
          day < studyDayOf(Date.UTC(2027, 0, 1), named);
          day++
        )
          expect(startOfStudyDay(day, own), `${zone} day ${day}`).toBe(startOfStudyDay(day, named))
      }
    } finally {
      process.env.TZ = saved
    }
  })
})
