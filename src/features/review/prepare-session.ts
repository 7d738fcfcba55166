/** Everything a review session needs at its start, read from the database once. */
import outline from 'virtual:bank/outline'
import { ensureBankCards, getReviewDay, loadStudyCandidates } from '../../db/cards'
import { getExtraNew, getSchedulingSettings } from '../../db/scheduling-settings'
import type { TopicId } from '../../domain/content/topics'
import type { CardRecord } from '../../domain/scheduling/card'
import { buildDailyQueue, type DailyQueue } from '../../domain/scheduling/daily-queue'
import { createScheduler } from '../../domain/scheduling/scheduler'
import {
  localTimeZone,
  remainingRoom,
  studyDayWindow,
  type DayBoundary,
} from '../../domain/scheduling/study-day'
import { now } from '../../lib/clock'
import { loadUserMarkdown } from '../../lib/user-markdown'
import type { SessionContext } from './review-store'

/** The bank items that are flashcards, in bank order. */
export const bankCardSources = outline
  .map(([id, topic, type], position) => ({ id, topic, type, position }))
  .filter((i) => i.type === 'card' || i.type === 'mcq')

export interface SessionRequest {
  /** Study only these topics (a custom session, e.g. the weakest topics). */
  topics?: readonly TopicId[]
  /** Study one deck: `topic:<id>`, `mine`, or `import:<id>`. */
  deck?: string
  /** Also take reviews due in the next days ("review ahead"). */
  reviewAheadDays?: number
}

export async function prepareSession(
  request: SessionRequest,
): Promise<{ context: SessionContext; queue: DailyQueue; boundary: DayBoundary }> {
  const at = now()
  // The Markdown renderer for user and imported cards loads while the queue is read.
  void loadUserMarkdown().catch(() => undefined)
  const [settings] = await Promise.all([getSchedulingSettings(), ensureBankCards(bankCardSources, at)])
  const boundary: DayBoundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
  const reviewAheadDays = request.reviewAheadDays ?? 0
  const window = studyDayWindow(at, boundary, reviewAheadDays)
  const { day, end: dayEnd } = window
  const [done, extraNew] = await Promise.all([getReviewDay(day), getExtraNew(day)])

  const topics = request.topics && request.topics.length > 0 ? new Set<string>(request.topics) : null
  const include = (c: CardRecord) =>
    (topics === null || (c.topic !== null && topics.has(c.topic))) &&
    (request.deck === undefined || c.deckId === request.deck)

  const limits = { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay }
  const room = remainingRoom(limits, { newCards: done.newCards, reviews: done.review }, extraNew)
  const candidates = await loadStudyCandidates({
    now: at,
    dayEnd,
    reviewCutoff: window.reviewCutoff,
    newLimit: room.newCards,
    reviewLimit: room.reviews,
    include,
  })
  const queue = buildDailyQueue(candidates, {
    now: at,
    dayEnd,
    limits,
    done: { newCards: done.newCards, reviews: done.review },
    extraNew,
    reviewAheadDays,
    include,
  })
  return {
    context: {
      scheduler: createScheduler(settings),
      day,
      dayEnd,
      tomorrowEnd: window.tomorrowEnd,
      learnAheadMs: settings.learnAheadMinutes * 60_000,
    },
    queue,
    boundary,
  }
}
