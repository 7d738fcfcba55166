/**
 * Anki's day boundary: a study day starts at a local hour ("next day starts
 * at 4 AM"), not at midnight, so a late-night session counts for the day it
 * began. Pure: the time zone is a parameter, so time zones and daylight-saving
 * changes are tested without touching the process clock.
 */

export interface DayBoundary {
  /** Local hour (0–23) at which a new study day starts. Anki's default is 4. */
  rolloverHour: number
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string
}

const msPerDay = 86_400_000

/** The time zone this browser runs in. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
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
