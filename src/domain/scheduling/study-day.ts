/**
 * Anki's day boundary: a study day starts at a local hour ("next day starts
 * at 4 AM"), not at midnight, so a late-night session counts for the day it
 * began. Pure: the time zone is a parameter, so time zones and daylight-saving
 * changes are tested without touching the process clock.
 */

export interface DayBoundary {
  /** Local hour (0–23) at which a new study day starts. Anki's default is 4. */
  rolloverHour: number
  /** IANA time zone, e.g. "Europe/Berlin", or `localTimeZone()`: the browser's own. */
  timeZone: string
}

const msPerDay = 86_400_000

/** The browser's own time zone, read through Date's local-time methods. */
const local = 'local'

/**
 * The time zone this browser runs in. Read with Date's local-time methods
 * rather than Intl: a page's first Intl formatter costs 20–50 ms of ICU
 * start-up, which every cold load of review, Home and Statistics would pay.
 */
export function localTimeZone(): string {
  return local
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Wall-clock parts of an instant in a time zone. */
function wallClock(t: number, timeZone: string) {
  if (timeZone === local) {
    const d = new Date(t)
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
    }
  }
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(t)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** Offset of the time zone from UTC at instant `t`, in ms (positive east of Greenwich). */
function offsetAt(t: number, timeZone: string): number {
  const w = wallClock(t, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return asUtc - Math.floor(t / 1000) * 1000
}

/**
 * The study day of instant `t`: days since 1970-01-01 of the local calendar
 * date, where times before the rollover hour belong to the day before.
 */
export function studyDayOf(t: number, boundary: DayBoundary): number {
  const w = wallClock(t, boundary.timeZone)
  const date = Math.floor(Date.UTC(w.year, w.month - 1, w.day) / msPerDay)
  return w.hour < boundary.rolloverHour ? date - 1 : date
}

/**
 * The instant study day `day` begins: the rollover hour on that local date.
 * On a daylight-saving change the wall clock can skip or repeat that hour;
 * the first instant at or after it is used.
 */
export function startOfStudyDay(day: number, boundary: DayBoundary): number {
  const wallAsUtc = day * msPerDay + boundary.rolloverHour * 3_600_000
  // Two passes settle the offset across a transition.
  let t = wallAsUtc - offsetAt(wallAsUtc, boundary.timeZone)
  t = wallAsUtc - offsetAt(t, boundary.timeZone)
  // In a skipped hour no instant shows the wall time; step to the first that is past it.
  if (studyDayOf(t, boundary) < day) t += 3_600_000
  return t
}

/** The first instant of the study day after the one containing `t`. */
export function startOfNextStudyDay(t: number, boundary: DayBoundary): number {
  return startOfStudyDay(studyDayOf(t, boundary) + 1, boundary)
}

/** A study day as an ISO date, for display and storage keys: 20553 → "2026-04-12". */
export function studyDayToIso(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10)
}

/** One study day's window: when it began and ends, and how far a session may reach for reviews. */
export interface StudyDayWindow {
  day: number
  start: number
  /** The first instant of the next study day: learning steps past it wait for tomorrow. */
  end: number
  /** Reviews due before this are taken: the day's end, or `aheadDays` study days later ("review ahead"). */
  reviewCutoff: number
  /** The end of the following study day ("due tomorrow"). */
  tomorrowEnd: number
}

/**
 * The study day containing `t`, with its ends counted in study days, not in
 * 24-hour steps, so a day of 23 or 25 hours (a daylight-saving change) ends
 * at its real rollover.
 */
export function studyDayWindow(t: number, boundary: DayBoundary, aheadDays = 0): StudyDayWindow {
  const day = studyDayOf(t, boundary)
  return {
    day,
    start: startOfStudyDay(day, boundary),
    end: startOfStudyDay(day + 1, boundary),
    reviewCutoff: startOfStudyDay(day + 1 + Math.max(0, aheadDays), boundary),
    tomorrowEnd: startOfStudyDay(day + 2, boundary),
  }
}

/** What is left of today's limits once `done` cards were studied (new cards widened by "study more"). */
export function remainingRoom(
  limits: { newPerDay: number; reviewsPerDay: number },
  done: { newCards: number; reviews: number },
  extraNew = 0,
): { newCards: number; reviews: number } {
  return {
    newCards: Math.max(0, limits.newPerDay + extraNew - done.newCards),
    reviews: Math.max(0, limits.reviewsPerDay - done.reviews),
  }
}
