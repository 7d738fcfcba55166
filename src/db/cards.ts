/**
 * Flashcard persistence. A grade writes the card, its log and the day's
 * totals in one transaction; storeGrade journals it synchronously first, so
 * the review screen can show the next card at once and the grade is safe
 * across a reload or a closed tab from the moment it is made.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import {
  CardState,
  newCardRecord,
  topicDeckId,
  type CardRecord,
  type ReviewLogRecord,
} from '../domain/scheduling/card'
import { countLog, emptyReviewDay, type ReviewDay } from '../domain/scheduling/review-days'
import type { GradeOutcome } from '../domain/scheduling/scheduler'
import { studyDayOf } from '../domain/scheduling/study-day'
import type { TopicId } from '../domain/content/topics'
import { clearJournal, writeJournal } from '../lib/journal'
import { queueFirstPage } from '../lib/early-reads'
import { db } from './db'

export interface BankCardSource {
  id: string
  topic: TopicId
  position: number
}

/** New card rows for the bank items that have none yet. */
export function missingBankCards(
  items: readonly BankCardSource[],
  existing: ReadonlySet<string>,
  now: number,
): CardRecord[] {
  return items
    .filter((i) => !existing.has(i.id))
    .map((i) =>
      newCardRecord(
        { id: i.id, deckId: topicDeckId(i.topic), topic: i.topic, source: 'bank', position: i.position },
        now,
      ),
    )
}

/**
 * Settings key of a device-local note: the fingerprint of the bank card ids last confirmed to
 * have rows. Not a preference: left out of backups, and removed by a restore, which replaces
 * the cards.
 */
export const bankCardsPresentKey = 'bankCardsPresent'

/** FNV-1a over the ids, with their count: changes when the bank's set of cards does. */
export function bankCardsFingerprint(items: readonly BankCardSource[]): string {
  let hash = 0x811c9dc5
  for (const { id } of items) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
    hash = Math.imul(hash ^ 10, 0x01000193) >>> 0
  }
  return `${items.length}:${hash.toString(16)}`
}

/**
 * Makes sure every bank card and mcq has a card row (new, unseen); returns how many were added.
 * Once they all have, a start reads one settings row instead of looking up each id (on a cold
 * review with 10,000 cards that lookup was the longest wait before the first card).
 */
export async function ensureBankCards(items: readonly BankCardSource[], now: number): Promise<number> {
  const fingerprint = bankCardsFingerprint(items)
  if ((await db.settings.get(bankCardsPresentKey))?.value === fingerprint) return 0
  // Read and write in one transaction: two callers at once (a prefetch and the screen, or
  // React's development double effects) are serialized instead of both adding the same rows.
  return db.transaction('rw', db.cards, db.settings, async () => {
    // Only the bank's own ids are looked up, however many other cards there are, and all at
    // once: one count per id, issued together, answered in one round, where anyOf's cursor
    // steps from key to key, a round each.
    const found = await Promise.all(items.map((i) => db.cards.where(':id').equals(i.id).count()))
    const existing = new Set(items.filter((_, n) => found[n]! > 0).map((i) => i.id))
    const missing = missingBankCards(items, existing, now)
    if (missing.length > 0) await db.cards.bulkAdd(missing)
    await db.settings.put({ key: bankCardsPresentKey, value: fingerprint })
    return missing.length
  })
}

/** Whether any user or imported card exists (their Markdown needs the renderer). */
export async function hasUserCards(): Promise<boolean> {
  return (await db.userCards.limit(1).primaryKeys()).length > 0
}

export interface CandidateQuery {
  now: number
  /** Reviews due before this instant are candidates. */
  reviewCutoff: number
  /** Learning cards due before this instant (the end of the study day). */
  dayEnd: number
  /** At most this many reviews (after the filter), most overdue first. */
  reviewLimit: number
  /** At most this many new cards (after the filter), in order. */
  newLimit: number
  include: (card: CardRecord) => boolean
}

type StateRange = [lower: [number, number], upper: [number, number]]

/**
 * Reads up to `wanted` active cards of an index range in index order: in bulk
 * (getAll, not a cursor per record), filtering in memory, reading further only
 * if the filter left too few.
 */
async function readActive(
  index: '[state+due]' | '[state+position]',
  [lower, upper]: StateRange,
  wanted: number,
  keep: (card: CardRecord) => boolean,
): Promise<CardRecord[]> {
  if (wanted <= 0) return []
  let size = queueFirstPage(wanted)
  for (;;) {
    const page = await db.cards.where(index).between(lower, upper, true, true).limit(size).toArray()
    const kept = page.filter(keep)
    if (kept.length >= wanted || page.length < size) return kept.slice(0, wanted)
    size *= 4
  }
}

/** The first rows of an index range, read before (db/early-reads): the whole range up to `upper` when `complete`. */
export interface RangePrefix {
  rows: readonly CardRecord[]
  upper: number
  complete: boolean
}

/** The ranges of loadStudyCandidates, each read early as a prefix. */
export interface CandidatePrefixes {
  learning: RangePrefix
  relearning: RangePrefix
  reviews: RangePrefix
  newCards: RangePrefix
}

/**
 * What readActive returns for the range up to `until`, answered from a prefix of the range:
 * the same cards in the same order, or `null` when the prefix cannot tell (it ends before the
 * filter kept enough, and more rows may follow).
 */
export function takeFromPrefix(
  prefix: RangePrefix,
  until: number,
  keyOf: (card: CardRecord) => number,
  wanted: number,
  keep: (card: CardRecord) => boolean,
): CardRecord[] | null {
  if (wanted <= 0) return []
  if (until > prefix.upper) return null
  const kept: CardRecord[] = []
  for (const card of prefix.rows) {
    if (keyOf(card) > until) return kept
    if (keep(card)) {
      kept.push(card)
      if (kept.length >= wanted) return kept
    }
  }
  return prefix.complete ? kept : null
}

/** An index range a session's candidates come from, up to `until`, and how many it may take. */
interface CandidateRange {
  index: '[state+due]' | '[state+position]'
  state: number
  until: number
  wanted: number
  keyOf: (card: CardRecord) => number
}

/** The four ranges, in the order their cards are returned: read now, or answered from early reads. */
function candidateRanges(q: CandidateQuery): Record<keyof CandidatePrefixes, CandidateRange> {
  const all = Number.POSITIVE_INFINITY
  const byDue = { index: '[state+due]', keyOf: (c: CardRecord) => c.due } as const
  return {
    learning: { ...byDue, state: CardState.Learning, until: q.dayEnd, wanted: all },
    relearning: { ...byDue, state: CardState.Relearning, until: q.dayEnd, wanted: all },
    reviews: { ...byDue, state: CardState.Review, until: q.reviewCutoff, wanted: q.reviewLimit },
    newCards: {
      index: '[state+position]',
      keyOf: (c) => c.position,
      state: CardState.New,
      until: Number.MAX_SAFE_INTEGER,
      wanted: q.newLimit,
    },
  }
}

const active = (q: CandidateQuery) => (c: CardRecord) =>
  !c.suspended && c.buriedUntil <= q.now && q.include(c)

/** loadStudyCandidates answered from ranges read earlier; `null` when they do not cover the query. */
export function studyCandidatesFrom(prefixes: CandidatePrefixes, q: CandidateQuery): CardRecord[] | null {
  const keep = active(q)
  const ranges = candidateRanges(q)
  const parts = (Object.keys(ranges) as (keyof CandidatePrefixes)[]).map((name) => {
    const r = ranges[name]
    return takeFromPrefix(prefixes[name], r.until, r.keyOf, r.wanted, keep)
  })
  return parts.some((p) => p === null) ? null : parts.flatMap((p) => p ?? [])
}

/** The cards a session could show: through the [state+due] and [state+position] indexes, never the whole table. */
export async function loadStudyCandidates(q: CandidateQuery): Promise<CardRecord[]> {
  const keep = active(q)
  const parts = await Promise.all(
    Object.values(candidateRanges(q)).map((r) =>
      readActive(
        r.index,
        [
          [r.state, -Infinity],
          [r.state, r.until],
        ],
        r.wanted,
        keep,
      ),
    ),
  )
  return parts.flat()
}

/**
 * Stores a grade: the card, its log and the day's totals, all or nothing. Returns the log's id.
 * Idempotent, since the same grade can arrive twice (its journal entry replayed by another tab
 * while this one's write is in flight): a log of that card at that instant with that rating is
 * the same grade, and its id is returned with nothing written. A card whose stored review is
 * later than this one (a grade replayed out of order) keeps its state.
 */
export async function saveGrade(outcome: Pick<GradeOutcome, 'card' | 'log'>): Promise<number> {
  const { card, log } = outcome
  return db.transaction('rw', db.cards, db.reviewLogs, db.reviewDays, async () => {
    const [same, stored, day] = await Promise.all([
      db.reviewLogs
        .where('cardId')
        .equals(log.cardId)
        .filter((l) => l.review === log.review && l.rating === log.rating)
        .first(),
      db.cards.get(card.id),
      db.reviewDays.get(log.day),
    ])
    if (same?.id !== undefined) return same.id
    const later = stored?.lastReview != null && stored.lastReview > log.review
    const [id] = await Promise.all([
      db.reviewLogs.add(log),
      later ? undefined : db.cards.put(card),
      db.reviewDays.put(countLog(day ?? emptyReviewDay(log.day), log, 1)),
    ])
    return id as number
  })
}

/** The journal entry of a grade not yet known to be in IndexedDB. */
export const gradeJournalKey = (log: ReviewLogRecord) => `grade:${log.cardId}:${log.review}`

/**
 * Stores a grade so that it survives a reload or a closed tab from this instant: it is written
 * to the journal synchronously (lib/journal, replayed at the next start), then to IndexedDB; the
 * journal entry is cleared once IndexedDB holds it. `saved` resolves with the log's id then.
 * `journaled` is false when the journal could not hold it (storage off or full): only the
 * IndexedDB commit makes it safe, and the caller waits for it.
 */
export function storeGrade(outcome: Pick<GradeOutcome, 'card' | 'log'>): StoredGrade {
  const key = gradeJournalKey(outcome.log)
  const journaled = writeJournal(key, { card: outcome.card, log: outcome.log }, outcome.log.review)
  const saved = saveGrade(outcome).then((id) => {
    clearJournal(key)
    return id
  })
  return { saved, journaled, key }
}

export interface StoredGrade {
  saved: Promise<number>
  journaled: boolean
  /** Its journal entry's key. */
  key: string
}

/** Takes back a grade from storeGrade: from IndexedDB once it is there, or only from the journal if its write failed. */
export async function undoStoredGrade(before: CardRecord, grade: StoredGrade): Promise<void> {
  const logId = await grade.saved.catch(() => null)
  if (logId === null) clearJournal(grade.key)
  else await undoGrade(before, logId)
}

/** Takes a grade back: the card exactly as it was, the log removed, the totals restored. */
export async function undoGrade(before: CardRecord, logId: number): Promise<void> {
  await db.transaction('rw', db.cards, db.reviewLogs, db.reviewDays, async () => {
    const log = await db.reviewLogs.get(logId)
    await db.cards.put(before)
    if (!log) return
    await db.reviewLogs.delete(logId)
    const day = await db.reviewDays.get(log.day)
    if (day) await db.reviewDays.put(countLog(day, log, -1))
  })
}

export async function putCard(card: CardRecord): Promise<void> {
  await db.cards.put(card)
}

export async function getReviewDay(day: number): Promise<ReviewDay> {
  return (await db.reviewDays.get(day)) ?? emptyReviewDay(day)
}

/**
 * The day totals of whichever study day `at` falls in, read before the settings are known (in
 * the same round as them): under any rollover hour it is the local date or the day before,
 * so both are read and the caller picks.
 */
export async function getReviewDaysAround(at: number, timeZone: string): Promise<(day: number) => ReviewDay> {
  const first = studyDayOf(at, { rolloverHour: 23, timeZone })
  const last = studyDayOf(at, { rolloverHour: 0, timeZone })
  return reviewDayLookup(await db.reviewDays.where('day').between(first, last, true, true).toArray())
}

/** A day's totals from rows read, empty for a day without a row. */
export function reviewDayLookup(rows: readonly ReviewDay[]): (day: number) => ReviewDay {
  return (day) => rows.find((r) => r.day === day) ?? emptyReviewDay(day)
}

/** The review log of one card, oldest first. */
export function useCardHistory(cardId: string) {
  return useLiveQuery(() => db.reviewLogs.where('cardId').equals(cardId).sortBy('review'), [cardId])
}

/** How many studied, active cards fall due before `instant` (learning, review, relearning). */
export async function countDueBefore(instant: number, now: number): Promise<number> {
  const active = (c: CardRecord) => !c.suspended && c.buriedUntil <= now
  const found = await Promise.all(
    [CardState.Learning, CardState.Review, CardState.Relearning].map((state) =>
      readActive(
        '[state+due]',
        [
          [state, -Infinity],
          [state, instant],
        ],
        Number.POSITIVE_INFINITY,
        active,
      ),
    ),
  )
  return found.reduce((sum, cards) => sum + cards.length, 0)
}
