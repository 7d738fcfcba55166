/**
 * What the home screen reads, without Dexie: a few counts and one row or two,
 * read in one read-only IndexedDB transaction with the platform's API, so the
 * first screen does not load the database library (about 29 KB gzipped). The
 * database's own code (db.ts) stays the only writer and the only place the
 * schema is declared; this reads whatever version is there, and a missing
 * store or a database not created yet reads as empty. Reading never creates
 * the database (a first visit leaves it to Dexie to make at its version).
 */
import { useCallback, useEffect, useState } from 'react'
import type { TopicId } from '../domain/content/topics'
import { describeError } from '../domain/validation/describe-error'
import { now } from '../lib/clock'
import type { BackupStatus } from './backup-status'
import type { ItemView } from './db'
import { CardState, type CardRecord } from '../domain/scheduling/card'
import {
  planCards,
  planPace,
  planTopics,
  plannedNewToday,
  studyDayOfDate,
  summarizePlan,
  type PlanSummary,
} from '../domain/scheduling/interview-plan'
import { emptyReviewDay, type ReviewDay } from '../domain/scheduling/review-days'
import { localTimeZone, remainingRoom, startOfStudyDay, studyDayWindow } from '../domain/scheduling/study-day'
import { readExtraNew, readInterviewPlan, readSchedulingSettings } from '../domain/settings/stored-settings'

export interface DueSummary {
  learning: number
  review: number
  new: number
}

export interface HomeData {
  /** The most recently opened item, and how many have been opened. */
  lastView: ItemView | null
  viewCount: number
  bookmarkCount: number
  due: DueSummary
  plan: PlanSummary | null
  backup: BackupStatus
}

const databaseName = 'backprep'

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'))
  })

/** The existing database, or null when there is none yet (the open is undone, so none is created). */
function openExisting(): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = globalThis.indexedDB.open(databaseName)
    let created = false
    request.onupgradeneeded = () => {
      created = true
      request.transaction?.abort()
    }
    request.onsuccess = () => {
      // Another tab upgrading the schema must not wait for this reader.
      request.result.onversionchange = () => request.result.close()
      resolve(request.result)
    }
    request.onerror = () => (created ? resolve(null) : reject(request.error ?? new Error('cannot open')))
    request.onblocked = () => resolve(null)
  })
}

type Store = (name: string) => IDBObjectStore | null

async function settingValue(store: Store, key: string): Promise<unknown> {
  const settings = store('settings')
  if (!settings) return undefined
  const row = (await done(settings.get(key))) as { value?: unknown } | undefined
  return row?.value
}

/** Cards of one state through an index up to `until`, kept by `keep`, at most `wanted`: read in pages, as db/cards.ts does. */
async function activeCards(
  cards: IDBObjectStore,
  index: '[state+due]' | '[state+position]',
  state: number,
  until: number,
  wanted: number,
  keep: (card: CardRecord) => boolean,
): Promise<CardRecord[]> {
  if (wanted <= 0) return []
  const range = IDBKeyRange.bound([state, -Infinity], [state, until])
  let size = Math.max(64, Number.isFinite(wanted) ? wanted * 2 : 64)
  for (;;) {
    const page = (await done(cards.index(index).getAll(range, size))) as CardRecord[]
    const kept = page.filter(keep)
    if (kept.length >= wanted || page.length < size) return kept.slice(0, wanted)
    size *= 4
  }
}

/** Everything the home screen shows, as of `at`. */
export async function readHomeData(
  bank: { flashcards: number; flashcardsByTopic: Readonly<Record<TopicId, number>> },
  at: number,
): Promise<HomeData> {
  const empty: HomeData = {
    lastView: null,
    viewCount: 0,
    bookmarkCount: 0,
    due: { learning: 0, review: 0, new: 0 },
    plan: null,
    backup: { lastBackupAt: null, dismissedAt: null, firstUseAt: null },
  }
  const database = await openExisting()
  if (!database) return empty
  try {
    const names = [...database.objectStoreNames]
    if (names.length === 0) return empty
    const tx = database.transaction(names, 'readonly')
    const store: Store = (name) => (names.includes(name) ? tx.objectStore(name) : null)

    const [scheduling, extraNew, planSetting, lastBackup, dismissed] = await Promise.all(
      ['scheduling', 'extraNew', 'interviewPlan', 'lastBackupAt', 'backupReminderDismissedAt'].map((k) =>
        settingValue(store, k),
      ),
    )
    const settings = readSchedulingSettings(scheduling)
    const boundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
    const { day, end: dayEnd } = studyDayWindow(at, boundary)
    const days = store('reviewDays')
    const today: ReviewDay =
      (days && ((await done(days.get(day))) as ReviewDay | undefined)) ?? emptyReviewDay(day)

    const views = store('itemViews')
    const bookmarks = store('bookmarks')
    const logs = store('reviewLogs')
    const diagrams = store('diagrams')
    const [lastViewCursor, viewCount, bookmarkCount, firstLog, firstDiagram] = await Promise.all([
      views ? done(views.index('lastViewedAt').openCursor(null, 'prev')) : null,
      views ? done(views.count()) : 0,
      bookmarks ? done(bookmarks.count()) : 0,
      logs ? done(logs.index('review').openCursor()) : null,
      diagrams ? done(diagrams.index('updatedAt').openCursor()) : null,
    ])
    const firstReview = (firstLog?.value as { review?: number } | undefined)?.review
    const firstDrawn = (firstDiagram?.value as { createdAt?: number } | undefined)?.createdAt
    const starts = [firstReview, firstDrawn].filter((x): x is number => typeof x === 'number')
    const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)

    // The interview plan sets the day's new cards. Its rows are read here, in the transaction;
    // its recall needs FSRS, loaded after the reads and only when there is a plan.
    const cards = store('cards')
    const plan = readInterviewPlan(planSetting)
    const interviewDay = plan ? studyDayOfDate(plan.date) : null
    const topics = plan && interviewDay !== null ? planTopics(plan, bank.flashcardsByTopic) : []
    const planRows = cards
      ? ((await Promise.all(topics.map((t) => done(cards.index('topic').getAll(t))))).flat() as CardRecord[])
      : []
    const studied = new Map<string, number>()
    for (const c of planRows)
      if (c.source === 'bank' && c.state !== CardState.New)
        studied.set(c.topic ?? '', (studied.get(c.topic ?? '') ?? 0) + 1)
    const unseen = topics.reduce(
      (n, t) => n + Math.max(0, (bank.flashcardsByTopic[t] ?? 0) - (studied.get(t) ?? 0)),
      0,
    )
    const pace =
      interviewDay === null
        ? null
        : planPace({ today: day, interviewDay, unseen, introducedToday: today.newCards })

    let due = empty.due
    if (cards) {
      const planned = pace ? plannedNewToday(pace, day) : null
      const limits = { newPerDay: planned ?? settings.newPerDay, reviewsPerDay: settings.reviewsPerDay }
      const room = remainingRoom(
        limits,
        { newCards: today.newCards, reviews: today.review },
        readExtraNew(extraNew, day),
      )
      const active = (c: CardRecord) => !c.suspended && c.buriedUntil <= at
      const all = Number.POSITIVE_INFINITY
      const [learning, relearning, review, newInTable, bankInTable] = await Promise.all([
        activeCards(cards, '[state+due]', CardState.Learning, dayEnd, all, active),
        activeCards(cards, '[state+due]', CardState.Relearning, dayEnd, all, active),
        activeCards(cards, '[state+due]', CardState.Review, dayEnd, room.reviews, active),
        activeCards(
          cards,
          '[state+position]',
          CardState.New,
          Number.MAX_SAFE_INTEGER,
          limits.newPerDay + 50,
          active,
        ),
        done(cards.index('deckId').count(IDBKeyRange.bound('topic:', 'topic:\uffff'))),
      ])
      // Bank cards the review screen has not stored yet are new too.
      const newAvailable = newInTable.length + Math.max(0, bank.flashcards - bankInTable)
      due = {
        learning: learning.length + relearning.length,
        review: review.length,
        new: Math.min(newAvailable, room.newCards),
      }
    }

    let planSummary: PlanSummary | null = null
    if (plan && interviewDay !== null) {
      const { createScheduler } = await import('../domain/scheduling/scheduler')
      const scheduler = createScheduler(settings)
      planSummary = summarizePlan({
        plan,
        today: day,
        bankCards: new Map(topics.map((t) => [t, bank.flashcardsByTopic[t] ?? 0])),
        studiedCards: planCards(
          planRows,
          (c, t) => scheduler.retrievability(c, t),
          at,
          startOfStudyDay(interviewDay, boundary),
        ),
        introducedToday: today.newCards,
      })
    }

    return {
      lastView: (lastViewCursor?.value as ItemView | undefined) ?? null,
      viewCount,
      bookmarkCount,
      due,
      plan: planSummary,
      backup: {
        lastBackupAt: time(lastBackup),
        dismissedAt: time(dismissed),
        firstUseAt: starts.length > 0 ? Math.min(...starts) : null,
      },
    }
  } finally {
    database.close()
  }
}

/**
 * The home screen's data, read when it opens and again whenever the page
 * comes back into view (a review in another tab, a return to this one).
 * `undefined` while the first read runs; a failed read is an error message.
 */
export function useHomeData(
  bank: { flashcards: number; flashcardsByTopic: Readonly<Record<TopicId, number>> },
  at: number,
): { data: HomeData | undefined; error: string | null; refresh: () => void } {
  const [state, setState] = useState<{ data: HomeData | undefined; error: string | null }>({
    data: undefined,
    error: null,
  })
  const [round, setRound] = useState(0)
  const refresh = useCallback(() => setRound((r) => r + 1), [])
  useEffect(() => {
    let live = true
    readHomeData(bank, round === 0 ? at : now()).then(
      (data) => live && setState({ data, error: null }),
      (error: unknown) => live && setState((s) => ({ data: s.data, error: describeError(error) })),
    )
    return () => {
      live = false
    }
  }, [bank, at, round])
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [refresh])
  return { ...state, refresh }
}
