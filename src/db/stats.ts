/**
 * What the statistics screen reads: every card once (about 10,000 rows at
 * most) and the per-day totals of the last year (at most 366 rows). Never the
 * review logs, which grow without bound. A cold load paints first from the
 * card digest (db/card-digest), read early; the live query reads the cards
 * themselves and checks the digest against them.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { ReviewDay } from '../domain/scheduling/review-days'
import type { SchedulingSettings } from '../domain/scheduling/settings'
import { localTimeZone, studyDayOf, type DayBoundary } from '../domain/scheduling/study-day'
import { now } from '../lib/clock'
import { cardsOfDigest, digestMatches, rebuildCardDigest, type StatsCard } from './card-digest'
import { ensureBankCards, missingBankCards, type BankCardSource } from './cards'
import { db } from './db'
import { takeEarlyReads } from './early-reads'
import { getSchedulingSettings, schedulerSettingsOf, type SchedulerSettings } from './scheduling-settings'

export interface StatsData {
  cards: StatsCard[]
  /** Per-day totals of the 366 study days up to today. */
  days: ReviewDay[]
  settings: SchedulingSettings
  boundary: DayBoundary
  /** The instant the data was read. */
  now: number
  /** The study day of `now`. */
  today: number
  /** Bank cards without a row yet, included in `cards` as new. */
  missingBankCards: number
  /** The card digest did not match the cards when read (false for data read from the digest). */
  digestStale: boolean
}

const msPerDay = 86_400_000

/**
 * Reads the statistics' data in one pass. Bank cards without a row yet are
 * included as new cards, so a first visit counts them before they are stored.
 */
export async function loadStatsData(bankCards: readonly BankCardSource[] = []): Promise<StatsData> {
  const at = now()
  // The study day is within a day of the UTC date whatever the time zone and
  // rollover, so the year's totals can be read beside the settings and cards.
  const utcDay = Math.floor(at / msPerDay)
  const [settings, stored, nearDays, digest] = await Promise.all([
    getSchedulingSettings(),
    db.cards.toArray(),
    db.reviewDays
      .where('day')
      .between(utcDay - 368, utcDay + 2, true, true)
      .toArray(),
    db.cardDigest.toArray(),
  ])
  return statsDataFrom(settings, stored, nearDays, at, bankCards, !digestMatches(digest, stored))
}

/**
 * The statistics' data from the page's early reads (lib/early-reads: the settings, the card digest
 * and the cards' count, the year's days, read before the app's code has loaded), or `null` when
 * there are none to use: no reads, or a digest that is malformed or holds fewer or more cards
 * than `cards` does.
 */
export function earlyStatsData(bankCards: readonly BankCardSource[]): Promise<StatsData | null> | null {
  const early = takeEarlyReads('/stats')
  if (!early) return null
  return early.then((snapshot) => {
    if (!snapshot) return null
    const cards = cardsOfDigest(snapshot.rows('cardDigest'))
    if (!cards || cards.length !== snapshot.rows('cardCount')[0]) return null
    return statsDataFrom(
      schedulerSettingsOf(snapshot.setting),
      cards,
      snapshot.rows('reviewDays') as ReviewDay[],
      snapshot.at,
      bankCards,
      false,
    )
  })
}

function statsDataFrom(
  settings: SchedulerSettings,
  stored: StatsCard[],
  nearDays: ReviewDay[],
  at: number,
  bankCards: readonly BankCardSource[],
  digestStale: boolean,
): StatsData {
  const boundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
  const today = studyDayOf(at, boundary)
  const days = nearDays.filter((d) => d.day > today - 366 && d.day <= today)
  const ids = new Set(stored.map((c) => c.id))
  const missing = missingBankCards(bankCards, ids, at)
  const cards = missing.length > 0 ? stored.concat(missing) : stored
  return { cards, days, settings, boundary, now: at, today, missingBankCards: missing.length, digestStale }
}

/**
 * The statistics' data, kept current as reviews are stored; `undefined` while
 * loading. When bank cards have no row yet (never opened for review), stores
 * one for each through `ensureBankCards` after the first read, which counts
 * them as new meanwhile: the usual visit, with every row there, reads once and
 * writes nothing.
 */
export function useStatsData(bankCards: readonly BankCardSource[]): StatsData | undefined {
  // On a cold load of /stats, the rows read early paint first. The live query starts reading once
  // they are in, not beside them: two reads of every card at once slowed both.
  const [early] = useState(() => earlyStatsData(bankCards))
  // `undefined` while the early rows are still being read; `null` when there are none to use.
  const [earlyData, setEarlyData] = useState<StatsData | null | undefined>(early ? undefined : null)
  useEffect(() => {
    let current = true
    early?.then(
      (d) => current && setEarlyData(d),
      () => current && setEarlyData(null),
    )
    return () => {
      current = false
    }
  }, [early])
  const earlySettled = earlyData !== undefined
  const live = useLiveQuery(
    () => (earlySettled ? loadStatsData(bankCards) : undefined),
    [bankCards, earlySettled],
  )
  const data = live ?? earlyData ?? undefined
  const missing = data?.missingBankCards ?? 0
  useEffect(() => {
    // A failure (another tab adding the same rows at once) changes nothing shown.
    if (missing > 0) ensureBankCards(bankCards, now()).catch(() => undefined)
  }, [bankCards, missing])
  // Cards written around Dexie (raw IndexedDB) leave the digest behind: rebuilt for the next cold load.
  const digestStale = live?.digestStale ?? false
  useEffect(() => {
    if (digestStale) rebuildCardDigest(db).catch(() => undefined)
  }, [digestStale])
  return data
}
