/** Everything a review session needs at its start, read from the database once. */
import outline from 'virtual:bank/outline'
import {
  bankCardsFingerprint,
  bankCardsPresentKey,
  ensureBankCards,
  getReviewDaysAround,
  hasUserCards,
  loadStudyCandidates,
  reviewDayLookup,
  studyCandidatesFrom,
  type CandidatePrefixes,
  type CandidateQuery,
} from '../../db/cards'
import { candidatePrefixesOf, takeEarlyReads, type EarlySnapshot } from '../../db/early-reads'
import { getInterviewPlan, getPlanSummary, interviewDueCap, interviewPlanKey } from '../../db/interview-plan'
import {
  extraNewKey,
  getExtraNewByDay,
  getSchedulingSettings,
  schedulerSettingsOf,
  type SchedulerSettings,
} from '../../db/scheduling-settings'
import type { ReviewDay } from '../../domain/scheduling/review-days'
import { readExtraNew, readInterviewPlan } from '../../domain/settings/stored-settings'
import { plannedNewToday, type InterviewPlanSetting } from '../../domain/scheduling/interview-plan'
import { CardState } from '../../domain/scheduling/card'
import stats from 'virtual:bank/stats'
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
import { primeUserCardContent } from './card-content'
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

/** What a session's start reads before its queue: settings, the plan, the day's totals. */
interface SessionStart {
  settings: SchedulerSettings
  plan: InterviewPlanSetting | null
  reviewDayOf: (day: number) => ReviewDay
  extraNewOn: (day: number) => number
  /** The queue's index ranges read early, when the page's head script read them (db/early-reads). */
  prefixes: CandidatePrefixes | null
}

async function readSessionStart(at: number): Promise<SessionStart> {
  // With user or imported cards, the Markdown renderer loads while the queue is read, not after.
  void hasUserCards()
    .then((has) => (has ? loadUserMarkdown() : null))
    .catch(() => undefined)
  // One round of reads: the day's totals and extra cards are read for both days the study day
  // can be, since which one it is depends on the settings being read beside them.
  const [settings, plan, , reviewDayOf, extraNewOn] = await Promise.all([
    getSchedulingSettings(),
    getInterviewPlan(),
    ensureBankCards(bankCardSources, at),
    getReviewDaysAround(at, localTimeZone()),
    getExtraNewByDay(),
  ])
  return { settings, plan, reviewDayOf, extraNewOn, prefixes: null }
}

/** The same from the rows read early; the bank's cards still get their rows when some lack one. */
async function sessionStartFrom(early: EarlySnapshot, at: number): Promise<SessionStart> {
  if (early.rows('userCards').length > 0) void loadUserMarkdown().catch(() => undefined)
  primeUserCardContent(early.rows('userCardContent'), early.at)
  const complete = early.setting(bankCardsPresentKey) === bankCardsFingerprint(bankCardSources)
  // Rows added now are not in the early ranges: the queue is then read afresh.
  if (!complete) await ensureBankCards(bankCardSources, at)
  const stored = early.setting(extraNewKey)
  return {
    settings: schedulerSettingsOf(early.setting),
    plan: readInterviewPlan(early.setting(interviewPlanKey)),
    reviewDayOf: reviewDayLookup(early.rows('reviewDays') as ReviewDay[]),
    extraNewOn: (day) => readExtraNew(stored, day),
    prefixes: complete ? candidatePrefixesOf(early) : null,
  }
}

export async function prepareSession(
  request: SessionRequest,
): Promise<{ context: SessionContext; queue: DailyQueue; boundary: DayBoundary }> {
  const at = now()
  // On a cold load of /review the page's head script has read most of this already.
  const early = await takeEarlyReads('/review')
  const { settings, plan, reviewDayOf, extraNewOn, prefixes } = early
    ? await sessionStartFrom(early, at)
    : await readSessionStart(at)
  const boundary: DayBoundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
  const reviewAheadDays = request.reviewAheadDays ?? 0
  const window = studyDayWindow(at, boundary, reviewAheadDays)
  const { day, end: dayEnd } = window
  const done = reviewDayOf(day)
  const extraNew = extraNewOn(day)

  // An interview plan sets the day's new cards (none on its review-only days), caps intervals at
  // the interview's eve, and in the everyday session draws new cards from its topics only.
  const planSummary = plan ? await getPlanSummary(stats.flashcardsByTopic, at, { settings, plan }) : null
  const plannedNew = planSummary ? plannedNewToday(planSummary.pace, day) : null
  const everyday = request.deck === undefined && !(request.topics && request.topics.length > 0)
  const planTopics =
    planSummary && plannedNew !== null && everyday && planSummary.plan.topics.length > 0
      ? new Set<string>(planSummary.plan.topics)
      : null

  const topics = request.topics && request.topics.length > 0 ? new Set<string>(request.topics) : null
  const include = (c: CardRecord) =>
    (topics === null || (c.topic !== null && topics.has(c.topic))) &&
    (request.deck === undefined || c.deckId === request.deck) &&
    (planTopics === null || c.state !== CardState.New || (c.topic !== null && planTopics.has(c.topic)))

  const limits = { newPerDay: plannedNew ?? settings.newPerDay, reviewsPerDay: settings.reviewsPerDay }
  const room = remainingRoom(limits, { newCards: done.newCards, reviews: done.review }, extraNew)
  const query: CandidateQuery = {
    now: at,
    dayEnd,
    reviewCutoff: window.reviewCutoff,
    newLimit: room.newCards,
    reviewLimit: room.reviews,
    include,
  }
  const candidates = (prefixes && studyCandidatesFrom(prefixes, query)) ?? (await loadStudyCandidates(query))
  const queue = buildDailyQueue(candidates, {
    now: at,
    dayEnd,
    reviewCutoff: window.reviewCutoff,
    limits,
    done: { newCards: done.newCards, reviews: done.review },
    extraNew,
    include,
  })
  return {
    context: {
      scheduler: createScheduler(settings, { capDue: interviewDueCap(planSummary, boundary) }),
      day,
      dayEnd,
      tomorrowEnd: window.tomorrowEnd,
      learnAheadMs: settings.learnAheadMinutes * 60_000,
    },
    queue,
    boundary,
  }
}
