/**
 * Flashcard persistence. A grade writes the card, its log and the day's
 * totals in one transaction, and resolves only once that has committed, so
 * the review screen shows the next card only after the grade is safe.
 */
import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { CardState, newCardRecord, topicDeckId, type CardRecord } from '../domain/scheduling/card'
import { countLog, emptyReviewDay, type ReviewDay } from '../domain/scheduling/review-days'
import type { GradeOutcome } from '../domain/scheduling/scheduler'
import type { TopicId } from '../domain/content/topics'
import { localTimeZone, startOfStudyDay, studyDayOf } from '../domain/scheduling/study-day'
import { db } from './db'
import { getExtraNew, getSchedulingSettings } from './scheduling-settings'

export interface BankCardSource {
  id: string
  topic: TopicId
  position: number
}

/** Makes sure every bank card and mcq has a card row (new, unseen); returns how many were added. */
export async function ensureBankCards(items: readonly BankCardSource[], now: number): Promise<number> {
  const existing = new Set((await db.cards.toCollection().primaryKeys()) as string[])
  const missing = items
    .filter((i) => !existing.has(i.id))
    .map((i) =>
      newCardRecord(
        { id: i.id, deckId: topicDeckId(i.topic), topic: i.topic, source: 'bank', position: i.position },
        now,
      ),
    )
  if (missing.length > 0) await db.cards.bulkAdd(missing)
  return missing.length
}

export interface CandidateQuery {
  now: number
  /** Reviews due before this instant are candidates. */
  reviewCutoff: number
  /** Learning cards due before this instant (the end of the study day). */
  dayEnd: number
  /** At most this many new cards (after the filter). */
  newLimit: number
  include: (card: CardRecord) => boolean
}

/** The cards a session could show: through the [state+due] and [state+position] indexes, never the whole table. */
export async function loadStudyCandidates(q: CandidateQuery): Promise<CardRecord[]> {
  const active = (c: CardRecord) => !c.suspended && c.buriedUntil <= q.now && q.include(c)
  return db.transaction('r', db.cards, async () => {
    const [learning, relearning, reviews, news] = await Promise.all([
      db.cards
        .where('[state+due]')
        .between([CardState.Learning, Dexie.minKey], [CardState.Learning, q.dayEnd])
        .filter(active)
        .toArray(),
      db.cards
        .where('[state+due]')
        .between([CardState.Relearning, Dexie.minKey], [CardState.Relearning, q.dayEnd])
        .filter(active)
        .toArray(),
      db.cards
        .where('[state+due]')
        .between([CardState.Review, Dexie.minKey], [CardState.Review, q.reviewCutoff])
        .filter(active)
        .toArray(),
      q.newLimit <= 0
        ? Promise.resolve([])
        : db.cards
            .where('[state+position]')
            .between([CardState.New, Dexie.minKey], [CardState.New, Dexie.maxKey])
            .filter(active)
            .limit(q.newLimit)
            .toArray(),
    ])
    return [...learning, ...relearning, ...reviews, ...news]
  })
}

/** Stores a grade: the card, its log and the day's totals, all or nothing. Returns the log's id. */
export async function saveGrade(outcome: GradeOutcome): Promise<number> {
  return db.transaction('rw', db.cards, db.reviewLogs, db.reviewDays, async () => {
    await db.cards.put(outcome.card)
    const id = (await db.reviewLogs.add(outcome.log)) as number
    const day = (await db.reviewDays.get(outcome.log.day)) ?? emptyReviewDay(outcome.log.day)
    await db.reviewDays.put(countLog(day, outcome.log, 1))
    return id
  })
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

export async function updateCard(id: string, changes: Partial<Omit<CardRecord, 'id'>>): Promise<void> {
  await db.cards.update(id, changes)
}

export async function putCard(card: CardRecord): Promise<void> {
  await db.cards.put(card)
}

export async function getReviewDay(day: number): Promise<ReviewDay> {
  return (await db.reviewDays.get(day)) ?? emptyReviewDay(day)
}

export async function getCard(id: string): Promise<CardRecord | undefined> {
  return db.cards.get(id)
}

/** The review log of one card, oldest first. */
export function useCardHistory(cardId: string) {
  return useLiveQuery(() => db.reviewLogs.where('cardId').equals(cardId).sortBy('review'), [cardId])
}

/** How many studied, active cards fall due before `instant` (learning, review, relearning). */
export async function countDueBefore(instant: number, now: number): Promise<number> {
  const active = (c: CardRecord) => !c.suspended && c.buriedUntil <= now
  const counts = await Promise.all(
    [CardState.Learning, CardState.Review, CardState.Relearning].map((state) =>
      db.cards.where('[state+due]').between([state, Dexie.minKey], [state, instant]).filter(active).count(),
    ),
  )
  return counts.reduce((a, b) => a + b, 0)
}

export interface DueSummary {
  learning: number
  review: number
  new: number
}

/**
 * What is due today, within the daily limits: for the home screen. Counts
 * through the indexes; bank cards never opened by the review screen count as new.
 */
export function useDueSummary(bankCardCount: number, now: number): DueSummary | undefined {
  return useLiveQuery(() => getDueSummary(bankCardCount, now), [bankCardCount, now])
}

export async function getDueSummary(bankCardCount: number, now: number): Promise<DueSummary> {
  const settings = await getSchedulingSettings()
  const boundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
  const day = studyDayOf(now, boundary)
  const dayEnd = startOfStudyDay(day + 1, boundary)
  const active = (c: CardRecord) => !c.suspended && c.buriedUntil <= now
  const countState = (state: number, until: number) =>
    db.cards.where('[state+due]').between([state, Dexie.minKey], [state, until]).filter(active).count()
  const [done, extra, learning, relearning, review, newInTable, bankInTable] = await Promise.all([
    getReviewDay(day),
    getExtraNew(day),
    countState(CardState.Learning, dayEnd),
    countState(CardState.Relearning, dayEnd),
    countState(CardState.Review, dayEnd),
    db.cards
      .where('[state+position]')
      .between([CardState.New, Dexie.minKey], [CardState.New, Dexie.maxKey])
      .filter(active)
      .count(),
    db.cards.where('deckId').startsWith('topic:').count(),
  ])
  const newAvailable = newInTable + Math.max(0, bankCardCount - bankInTable)
  return {
    learning: learning + relearning,
    review: Math.min(review, Math.max(0, settings.reviewsPerDay - done.review)),
    new: Math.min(newAvailable, Math.max(0, settings.newPerDay + extra - done.newCards)),
  }
}
