/**
 * Merging a backup from another device into this one, without losing a
 * review. Pure: takes this device's rows and the file's rows and returns the
 * plan (the rows to write per table and what they amount to); the database
 * side reads and writes them in one transaction (src/db/merge.ts).
 *
 * - Review logs are the source of truth and merge as a multiset: a review is
 *   the same on both sides when its card, time and rating match (local ids
 *   differ between devices and are never compared). Nothing is dropped and
 *   nothing is doubled; merging the same file again adds nothing.
 * - A card that gained reviews is rescheduled by replaying its merged log
 *   through FSRS from a new card, oldest first, with this device's settings.
 *   ts-fsrs seeds its fuzz from the review time and the card's state, so the
 *   same merged log gives the same card and logs on every device. The stored
 *   logs of that card become the replayed ones (each keeping its origin).
 * - Queue flags (suspended, buried, flagged, leech) carry no time, so which
 *   change is newer cannot be told: this device's are kept (the file's for a
 *   card only the file has), and a leech reached in a review new to this
 *   device marks the card as grading it here would have.
 * - Every other table merges by key, the newer edit winning; a row only on
 *   this device stays. Settings are not merged.
 * - The totals per study day are recounted from the merged logs for every
 *   day whose logs changed.
 */
import type { z } from 'zod'
import { backupTables, type BackupTable } from './backup-file.ts'
import type * as rows from './row-schemas.ts'
import { replayReviews } from '../import/replay-history.ts'
import type { MockAnswer } from '../mock/scoring.ts'
import { newCardRecord, type CardRecord, type ReviewLogRecord } from '../scheduling/card.ts'
import { countLog, emptyReviewDay, type ReviewDay } from '../scheduling/review-days.ts'
import { createScheduler } from '../scheduling/scheduler.ts'
import type { SchedulingSettings } from '../scheduling/settings.ts'

type UserCardRow = z.infer<typeof rows.userCardRow>
type DeckRow = z.infer<typeof rows.deckRow>
type DiagramRow = z.infer<typeof rows.diagramRow>
type MockRow = z.infer<typeof rows.mockRow>
type ExerciseAttemptRow = z.infer<typeof rows.exerciseAttemptRow>
type ExerciseProgressRow = z.infer<typeof rows.exerciseProgressRow>
type ExerciseDraftRow = z.infer<typeof rows.exerciseDraftRow>
type NoteRow = z.infer<typeof rows.noteRow>
type BookmarkRow = z.infer<typeof rows.bookmarkRow>
type ItemViewRow = z.infer<typeof rows.itemViewRow>

/** The tables a merge reads and writes: everything a backup holds but the settings. */
export interface MergeTables {
  cards: CardRecord[]
  reviewLogs: ReviewLogRecord[]
  reviewDays: ReviewDay[]
  userCards: UserCardRow[]
  decks: DeckRow[]
  diagrams: DiagramRow[]
  mocks: MockRow[]
  mockAnswers: MockAnswer[]
  exerciseAttempts: ExerciseAttemptRow[]
  exerciseProgress: ExerciseProgressRow[]
  exerciseDrafts: ExerciseDraftRow[]
  notes: NoteRow[]
  bookmarks: BookmarkRow[]
  itemViews: ItemViewRow[]
}
export type MergeTable = keyof MergeTables

/**
 * Every table a merge writes, in the order it writes them: a backup's tables but the settings
 * (typed so that a new backup table does not build until the merge says how it merges).
 */
export const mergeTables: readonly MergeTable[] = backupTables.filter(
  (t): t is Exclude<BackupTable, 'settings'> => t !== 'settings',
)

/** The tables merged row by row, newer edit winning (cards, logs and days have their own rules). */
export const rowTables = [
  'userCards',
  'decks',
  'notes',
  'diagrams',
  'mocks',
  'mockAnswers',
  'exerciseDrafts',
  'exerciseAttempts',
  'exerciseProgress',
  'bookmarks',
  'itemViews',
] as const satisfies readonly MergeTable[]
export type RowTable = (typeof rowTables)[number]

export interface MergeCounts {
  /** Reviews in the file this device did not have. */
  reviewsAdded: number
  /** Cards already here whose schedule was replayed from their merged history. */
  cardsRescheduled: number
  /** Cards only the file had (with their schedule, replayed if they have reviews). */
  cardsAdded: number
  /** Of `added.userCards`, those whose card arrived with them (counted as cards added). */
  cardTextsWithNewCard: number
  /** Study days whose totals were recounted. */
  daysRecounted: number
  added: Record<RowTable, number>
  updated: Record<RowTable, number>
}

export interface MergePlan {
  /**
   * The rows to write (put) per table. A replaced row keeps its key; a review
   * log or exercise run without an id is new and gets one when written.
   */
  writes: MergeTables
  counts: MergeCounts
  /** The ids of the cards whose history changed, replayed (sorted). */
  replayedCards: string[]
}

// ---------------------------------------------------------------------------
// Review logs and cards

/** A review's identity across devices: its card, its time and its rating. */
export function reviewKey(log: Pick<ReviewLogRecord, 'cardId' | 'review' | 'rating'>): string {
  return `${log.cardId}\u0000${log.review}\u0000${log.rating}`
}

interface MergedReview {
  /** The log as stored on the side it comes from. */
  log: ReviewLogRecord
  /** This device's id for it; absent for a review new to this device. */
  localId?: number
  isNew: boolean
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

const originRank = (log: ReviewLogRecord) => log.origin ?? ''

/** Oldest first; the same review on both sides in one place (this device's copy first). */
function compareReviews(a: MergedReview, b: MergedReview): number {
  return (
    a.log.review - b.log.review ||
    a.log.rating - b.log.rating ||
    originRank(a.log).localeCompare(originRank(b.log)) ||
    Number(a.isNew) - Number(b.isNew)
  )
}

/**
 * The union of one card's reviews on both sides, as a multiset: each review
 * as many times as the side that has it most often (once, in practice).
 */
function unionReviews(local: readonly ReviewLogRecord[], file: readonly ReviewLogRecord[]): MergedReview[] {
  const merged: MergedReview[] = local.map((log) => ({
    log,
    isNew: false,
    ...(log.id === undefined ? {} : { localId: log.id }),
  }))
  const localCounts = new Map<string, number>()
  for (const log of local) localCounts.set(reviewKey(log), (localCounts.get(reviewKey(log)) ?? 0) + 1)
  for (const [key, logs] of groupBy(file, reviewKey)) {
    const have = localCounts.get(key) ?? 0
    for (const log of logs.slice(have)) merged.push({ log: withoutId(log), isNew: true })
  }
  return merged.sort(compareReviews)
}

function withoutId<T extends { id?: number }>(row: T): T {
  if (row.id === undefined) return row
  const copy = { ...row }
  delete copy.id
  return copy
}

/** The fields of a card that are not its schedule or flags: kept from the card as stored. */
function cardBase(card: CardRecord, firstDue: number): CardRecord {
  return {
    ...newCardRecord(
      { id: card.id, deckId: card.deckId, topic: card.topic, source: card.source, position: card.position },
      card.createdAt,
    ),
    // The card's due before its first review, as that review's log recorded it, so the replay
    // reproduces the first log exactly whichever device replays it.
    due: firstDue,
  }
}

/**
 * A card's merged history replayed from a new card: the card and its logs
 * (this device's ids kept on the reviews it had), and whether a review new to
 * this device made it a leech.
 */
function replayMerged(
  base: CardRecord,
  reviews: readonly MergedReview[],
  settings: SchedulingSettings,
): { card: CardRecord; logs: ReviewLogRecord[]; newLeech: boolean } {
  const first = reviews[0]
  if (!first) return { card: base, logs: [], newLeech: false }
  const dayByTime = new Map<number, number>()
  for (const r of reviews) if (!dayByTime.has(r.log.review)) dayByTime.set(r.log.review, r.log.day)
  const replayed = replayReviews(
    cardBase(base, first.log.due),
    reviews.map((r) => ({ at: r.log.review, rating: r.log.rating, origin: r.log.origin ?? null })),
    createScheduler(settings),
    (at) => dayByTime.get(at) ?? first.log.day,
  )
  const logs = replayed.logs.map((log, i) => {
    const localId = reviews[i]?.localId
    return localId === undefined ? log : { ...log, id: localId }
  })
  return {
    card: replayed.card,
    logs,
    newLeech: replayed.leeched.some((i) => reviews[i]?.isNew === true),
  }
}

// ---------------------------------------------------------------------------
// Rows merged by key

/** Deep equality of stored rows: key order and keys holding `undefined` do not matter. */
export function sameRow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameRow(v, b[i]))
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)])
  for (const k of keys) if (!sameRow(ra[k], rb[k])) return false
  return true
}

interface RowRule<R> {
  key: (row: R) => string
  /**
   * The row to keep when both sides have it: the file's when its edit is
   * newer, this device's otherwise (and on a tie).
   */
  pick: (local: R, file: R) => R
}

/** Newer wins by a time (or a list compared in order); a tie keeps this device's row. */
function newerBy<R>(time: (row: R) => number | readonly number[]): RowRule<R>['pick'] {
  return (local, file) => {
    const l = time(local)
    const f = time(file)
    const ls = typeof l === 'number' ? [l] : l
    const fs = typeof f === 'number' ? [f] : f
    for (let i = 0; i < Math.max(ls.length, fs.length); i++) {
      const d = (fs[i] ?? 0) - (ls[i] ?? 0)
      if (d > 0) return file
      if (d < 0) return local
    }
    return local
  }
}

const maxOf = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0)

/** When a mock last changed: it only moves forward (started, paused, resumed, moved on, submitted). */
function mockProgress(m: MockRow): number[] {
  const statusRank = m.status === 'submitted' ? 2 : 1
  const lastActivity = maxOf([
    m.startedAt,
    m.pausedAt ?? 0,
    m.submittedAt ?? 0,
    ...m.pauses.map((p) => p.to),
    ...m.visits.map((v) => v.at),
    ...m.phases.map((p) => p.at),
  ])
  // Self-grading changes only the result: fewer items left to grade is the later edit.
  const graded = m.result ? m.result.items.length - m.result.pending : -1
  return [statusRank, lastActivity, graded]
}

const rowRules: { [T in RowTable]: RowRule<MergeTables[T][number]> } = {
  userCards: { key: (r) => r.id, pick: newerBy((r) => r.updatedAt) },
  decks: { key: (r) => r.id, pick: newerBy((r) => r.createdAt) },
  notes: { key: (r) => r.itemId, pick: newerBy((r) => r.updatedAt) },
  // Deleting a diagram stamps deletedAt, not updatedAt: the later of the two is its last change.
  diagrams: { key: (r) => r.id, pick: newerBy((r) => Math.max(r.updatedAt, r.deletedAt)) },
  mocks: { key: (r) => r.id, pick: newerBy(mockProgress) },
  mockAnswers: { key: (r) => `${r.mockId}\u0000${r.itemId}`, pick: newerBy((r) => r.updatedAt) },
  exerciseDrafts: { key: (r) => r.exerciseId, pick: newerBy((r) => r.updatedAt) },
  // Runs are only ever added: the same exercise run at the same instant is the same run.
  exerciseAttempts: { key: (r) => `${r.exerciseId}\u0000${r.at}`, pick: (local) => local },
  // Progress is a summary of the runs: combined field by field (and counting the merged runs, in mergeTable).
  exerciseProgress: {
    key: (r) => r.exerciseId,
    pick: (local, file) => ({
      ...local,
      status: local.status === 'solved' || file.status === 'solved' ? 'solved' : 'attempted',
      attempts: Math.max(local.attempts, file.attempts),
      lastAt: Math.max(local.lastAt, file.lastAt),
      solvedAt: firstSolve(local.solvedAt, file.solvedAt),
    }),
  },
  bookmarks: { key: (r) => r.itemId, pick: newerBy((r) => r.createdAt) },
  // The later visit's title and topic; opened first at the earlier first visit, as often as either side counted.
  itemViews: {
    key: (r) => r.itemId,
    pick: (local, file) => ({
      ...newerBy<ItemViewRow>((r) => r.lastViewedAt)(local, file),
      firstViewedAt: Math.min(local.firstViewedAt, file.firstViewedAt),
      count: Math.max(local.count, file.count),
    }),
  },
}

function firstSolve(a: number, b: number): number {
  if (a === 0) return b
  if (b === 0) return a
  return Math.min(a, b)
}

function mergeRows<R>(
  local: readonly R[],
  file: readonly R[],
  rule: RowRule<R>,
  adjust: (row: R) => R = (row) => row,
): { writes: R[]; added: number; updated: number } {
  const here = new Map(local.map((r) => [rule.key(r), r]))
  const writes: R[] = []
  let added = 0
  let updated = 0
  for (const f of file) {
    const l = here.get(rule.key(f))
    if (l === undefined) {
      const row = adjust(f)
      writes.push(row)
      here.set(rule.key(f), row)
      added++
      continue
    }
    const kept = adjust(rule.pick(l, f))
    if (!sameRow(kept, l)) {
      writes.push(kept)
      updated++
    }
  }
  return { writes, added, updated }
}

// ---------------------------------------------------------------------------
// The plan

const zeroCounts = () => Object.fromEntries(rowTables.map((t) => [t, 0])) as Record<RowTable, number>

/** The plan for merging `file` into `local` (this device's rows), with this device's scheduling settings. */
export function planMerge(local: MergeTables, file: MergeTables, settings: SchedulingSettings): MergePlan {
  const writes = Object.fromEntries(mergeTables.map((t) => [t, []])) as unknown as MergeTables
  const counts: MergeCounts = {
    reviewsAdded: 0,
    cardsRescheduled: 0,
    cardsAdded: 0,
    cardTextsWithNewCard: 0,
    daysRecounted: 0,
    added: zeroCounts(),
    updated: zeroCounts(),
  }

  // Cards and their reviews.
  const localCards = new Map(local.cards.map((c) => [c.id, c]))
  const fileCards = new Map(file.cards.map((c) => [c.id, c]))
  const localLogs = groupBy(local.reviewLogs, (l) => l.cardId)
  const fileLogs = groupBy(file.reviewLogs, (l) => l.cardId)
  const cardIds = [...new Set([...localCards.keys(), ...fileCards.keys(), ...fileLogs.keys()])].sort()
  const replayedCards: string[] = []
  const addedCards = new Set<string>()
  /** Days whose logs changed; the final logs of the cards that changed. */
  const touchedDays = new Set<number>()
  const changedLogs = new Map<string, ReviewLogRecord[]>()

  for (const id of cardIds) {
    const here = localCards.get(id)
    const there = fileCards.get(id)
    const merged = unionReviews(localLogs.get(id) ?? [], fileLogs.get(id) ?? [])
    const fresh = merged.filter((r) => r.isNew)
    if (fresh.length === 0) {
      if (here === undefined && there !== undefined) {
        writes.cards.push(there)
        addedCards.add(id)
      }
      continue
    }
    counts.reviewsAdded += fresh.length
    for (const r of merged) touchedDays.add(r.log.day)
    const base = here ?? there
    if (base === undefined) {
      // Reviews of a card neither side has a row for: kept as they are, with nothing to schedule.
      writes.reviewLogs.push(...fresh.map((r) => r.log))
      changedLogs.set(
        id,
        merged.map((r) => r.log),
      )
      continue
    }
    const replayed = replayMerged(base, merged, settings)
    // Flags carry no time: this device's are kept (the file's for a card new here).
    let card: CardRecord = {
      ...replayed.card,
      suspended: base.suspended,
      buriedUntil: base.buriedUntil,
      flagged: base.flagged,
      leech: base.leech,
    }
    if (replayed.newLeech)
      card = { ...card, leech: true, suspended: card.suspended || settings.leechAction === 'suspend' }
    writes.cards.push(card)
    writes.reviewLogs.push(...replayed.logs)
    for (const log of replayed.logs) touchedDays.add(log.day)
    changedLogs.set(id, replayed.logs)
    replayedCards.push(id)
    if (here === undefined) addedCards.add(id)
    else counts.cardsRescheduled++
  }
  counts.cardsAdded = addedCards.size

  // Per-day totals, recounted from the merged logs (grades from the review queue only, as saving a grade counts them).
  if (touchedDays.size > 0) {
    const totals = new Map<number, ReviewDay>()
    const count = (log: ReviewLogRecord) => {
      if (!touchedDays.has(log.day) || log.origin !== undefined) return
      totals.set(log.day, countLog(totals.get(log.day) ?? emptyReviewDay(log.day), log, 1))
    }
    for (const log of local.reviewLogs) if (!changedLogs.has(log.cardId)) count(log)
    for (const logs of changedLogs.values()) logs.forEach(count)
    const localDays = new Map(local.reviewDays.map((d) => [d.day, d]))
    for (const day of [...touchedDays].sort((a, b) => a - b)) {
      const before = localDays.get(day)
      const after = totals.get(day) ?? emptyReviewDay(day)
      if (before === undefined ? after.reviews === 0 : sameRow(before, after)) continue
      writes.reviewDays.push(after)
      counts.daysRecounted++
    }
  }

  // Everything else, row by row.
  for (const table of rowTables) mergeTable(table, local, file, writes, counts)

  const textsHere = new Set(local.userCards.map((u) => u.id))
  counts.cardTextsWithNewCard = writes.userCards.filter(
    (u) => addedCards.has(u.id) && !textsHere.has(u.id),
  ).length
  return { writes, counts, replayedCards }
}

function mergeTable<T extends RowTable>(
  table: T,
  local: MergeTables,
  file: MergeTables,
  writes: MergeTables,
  counts: MergeCounts,
): void {
  type Row = MergeTables[T][number]
  const rule = rowRules[table] as RowRule<Row>
  let fileRows = file[table] as Row[]
  if (table === 'exerciseAttempts') fileRows = (fileRows as ExerciseAttemptRow[]).map(withoutId) as Row[]
  let adjust: ((row: Row) => Row) | undefined
  if (table === 'exerciseProgress') {
    // Progress counts an exercise's runs: at least as many as the merged runs (written before it).
    const runs = new Map<string, number>()
    for (const a of [...local.exerciseAttempts, ...writes.exerciseAttempts])
      runs.set(a.exerciseId, (runs.get(a.exerciseId) ?? 0) + 1)
    adjust = (row) => {
      const p = row as ExerciseProgressRow
      const n = runs.get(p.exerciseId) ?? 0
      return (n > p.attempts ? { ...p, attempts: n } : p) as Row
    }
  }
  const result = mergeRows(local[table] as Row[], fileRows, rule, adjust)
  writes[table] = result.writes as MergeTables[T]
  counts.added[table] = result.added
  counts.updated[table] = result.updated
}

// ---------------------------------------------------------------------------
// In words

const nouns: Record<RowTable, [one: string, many: string]> = {
  userCards: ['card’s text', 'cards’ texts'],
  decks: ['deck', 'decks'],
  notes: ['note', 'notes'],
  diagrams: ['diagram', 'diagrams'],
  mocks: ['mock', 'mocks'],
  mockAnswers: ['mock answer', 'mock answers'],
  exerciseDrafts: ['exercise draft', 'exercise drafts'],
  exerciseAttempts: ['exercise run', 'exercise runs'],
  exerciseProgress: ['exercise’s progress', 'exercises’ progress'],
  bookmarks: ['bookmark', 'bookmarks'],
  itemViews: ['opened item', 'opened items'],
}

function phrase(n: number, [one, many]: readonly [string, string], rest: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many} ${rest}`
}

/** Nothing to write: the file holds nothing this device lacks. */
export function isNothingNew(plan: MergePlan): boolean {
  return mergeTables.every((t) => plan.writes[t].length === 0)
}

export const nothingNewMessage = 'Nothing new: this device already has everything in the file.'

/**
 * The plan in words, only its non-zero parts: "312 reviews new to this
 * device, 14 cards rescheduled, 4 notes updated, 1 diagram added".
 */
export function describeMerge(plan: MergePlan): string {
  if (isNothingNew(plan)) return nothingNewMessage
  const c = plan.counts
  const parts: string[] = []
  if (c.reviewsAdded > 0) parts.push(phrase(c.reviewsAdded, ['review', 'reviews'], 'new to this device'))
  if (c.cardsRescheduled > 0) parts.push(phrase(c.cardsRescheduled, ['card', 'cards'], 'rescheduled'))
  if (c.cardsAdded > 0) parts.push(phrase(c.cardsAdded, ['card', 'cards'], 'added'))
  for (const table of rowTables) {
    const added = table === 'userCards' ? c.added[table] - c.cardTextsWithNewCard : c.added[table]
    if (added > 0) parts.push(phrase(added, nouns[table], 'added'))
    if (c.updated[table] > 0) parts.push(phrase(c.updated[table], nouns[table], 'updated'))
  }
  return parts.join(', ')
}
