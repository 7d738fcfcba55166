/**
 * Studying to an interview date. Anki schedules for the long run; a person
 * preparing for an interview on a known day needs every card of the topics
 * it covers introduced a few days before it, every studied card to come up
 * once more before it, and an honest forecast of what they will recall on
 * the day. Pure: days are study days (see study-day.ts), counts and times
 * come in as parameters.
 */
import type { TopicId } from '../content/topics.ts'
import { CardState, type CardRecord } from './card.ts'

export interface InterviewPlanSetting {
  /** The interview's local date, `YYYY-MM-DD`. */
  date: string
  /** The topics it covers; empty means every topic. */
  topics: TopicId[]
}

const msPerDay = 86_400_000
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The study day a calendar date names (days since 1970-01-01 of that local
 * date, as `studyDayOf` counts them); null for a string that is not a real date.
 */
export function studyDayOfDate(iso: string): number | null {
  const m = isoDate.exec(iso)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return t / msPerDay
}

/** More new cards a day than this is not a plan a person keeps up for long (reviews grow with them). */
export const comfortableNewPerDay = 50

/**
 * Days kept for review only before the interview: none when it is close, up
 * to three when there is time, so the last days consolidate instead of
 * adding material.
 */
export function reviewOnlyDaysFor(daysLeft: number): number {
  if (daysLeft >= 14) return 3
  if (daysLeft >= 7) return 2
  if (daysLeft >= 3) return 1
  return 0
}

export type PlanPace =
  | { status: 'past'; daysAgo: number }
  | { status: 'today' }
  | {
      status: 'ahead'
      /** Study days from today to the interview (1: it is tomorrow). */
      daysLeft: number
      /** The last study day that introduces new cards. */
      lastNewDay: number
      /** Study days, today included, that introduce new cards. */
      newDays: number
      reviewOnlyDays: number
      /** Unseen cards the plan still has to introduce (today's already seen ones excluded). */
      unseen: number
      /** New cards a day, today included, to have every card introduced by `lastNewDay`. */
      newPerDay: number
      /** Whether that pace is one a person can keep (at most `comfortableNewPerDay`). */
      feasible: boolean
    }

/**
 * The pace to the interview. `unseen` counts the plan's cards not yet
 * introduced; `introducedToday` the new cards already seen today, which count
 * towards today's share. On review-only days the pace is 0 new cards.
 */
export function planPace(input: {
  today: number
  interviewDay: number
  unseen: number
  introducedToday: number
}): PlanPace {
  const daysLeft = input.interviewDay - input.today
  if (daysLeft < 0) return { status: 'past', daysAgo: -daysLeft }
  if (daysLeft === 0) return { status: 'today' }
  const reviewOnlyDays = reviewOnlyDaysFor(daysLeft)
  const lastNewDay = input.interviewDay - 1 - reviewOnlyDays
  const newDays = Math.max(0, lastNewDay - input.today + 1)
  const toIntroduce = Math.max(0, input.unseen) + Math.max(0, input.introducedToday)
  const newPerDay = newDays === 0 ? 0 : Math.ceil(toIntroduce / newDays)
  return {
    status: 'ahead',
    daysLeft,
    lastNewDay,
    newDays,
    reviewOnlyDays,
    unseen: Math.max(0, input.unseen),
    newPerDay,
    feasible: newPerDay <= comfortableNewPerDay,
  }
}

/** The new-card limit the plan sets for `today`: its pace, or 0 on the review-only days and after. */
export function plannedNewToday(pace: PlanPace, today: number): number | null {
  if (pace.status !== 'ahead') return pace.status === 'today' ? 0 : null
  return today <= pace.lastNewDay ? pace.newPerDay : 0
}

/**
 * Which topics to leave out so the rest fits a comfortable pace: the topics
 * with the most unseen cards go first (each frees the most days), until the
 * remaining unseen cards fit `newDays × comfortableNewPerDay`. Empty when the
 * plan already fits.
 */
export function topicsToDrop(
  unseenByTopic: readonly { topic: TopicId; unseen: number }[],
  newDays: number,
  perDay = comfortableNewPerDay,
): { topic: TopicId; unseen: number }[] {
  const capacity = Math.max(0, newDays) * perDay
  let remaining = unseenByTopic.reduce((n, t) => n + t.unseen, 0)
  const dropped: { topic: TopicId; unseen: number }[] = []
  for (const t of [...unseenByTopic].sort((a, b) => b.unseen - a.unseen || a.topic.localeCompare(b.topic))) {
    if (remaining <= capacity) break
    if (t.unseen === 0) continue
    dropped.push(t)
    remaining -= t.unseen
  }
  return dropped
}

/**
 * A due time capped by the interview: a card reviewed before the eve of the
 * interview whose next review would fall after that eve comes up on the eve
 * instead, so everything studied is seen once more before the interview. On
 * the eve and later, FSRS's own interval stands. `eveStart` is the first
 * instant of the study day before the interview.
 */
export function capDueBeforeInterview(due: number, reviewedAt: number, eveStart: number): number {
  return reviewedAt < eveStart && due > eveStart ? eveStart : due
}

/** Mean of per-card recall values, 0 when there are none. */
export function meanRecall(values: readonly number[]): number {
  if (values.length === 0) return 0
  return values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0) / values.length
}

export interface TopicForecast {
  topic: TopicId
  /** Flashcards of the topic in the bank. */
  cards: number
  /** Of those, introduced already. */
  studied: number
  unseen: number
  /** Mean chance of recalling a studied card now, and on the day with no more reviews. */
  recallNow: number
  recallOnDay: number
}

export interface PlanSummary {
  plan: InterviewPlanSetting
  /** The study day the summary was made on. */
  today: number
  interviewDay: number
  pace: PlanPace
  topics: TopicForecast[]
  /** Over every studied card of the plan's topics. */
  recallNow: number
  recallOnDay: number
  /** Cards of the plan's topics, and how many are studied. */
  cards: number
  studied: number
  /** When the pace is not one to keep: the topics to leave out (most unseen first). */
  drop: { topic: TopicId; unseen: number }[]
}

/**
 * Everything the plan says today: the pace, and per topic what is studied
 * and what would be recalled now and on the day (FSRS retrievability at the
 * start of the interview's study day, if nothing more were reviewed: the
 * floor the plan's remaining reviews raise).
 */
export function summarizePlan(input: {
  plan: InterviewPlanSetting
  today: number
  /** Flashcards in the bank per topic (cards not yet opened in review included). */
  bankCards: ReadonlyMap<TopicId, number>
  /** The stored bank cards of the plan's topics: state New ones count as unseen. */
  studiedCards: readonly { topic: TopicId; isNew: boolean; recallNow: number; recallOnDay: number }[]
  introducedToday: number
}): PlanSummary | null {
  const interviewDay = studyDayOfDate(input.plan.date)
  if (interviewDay === null) return null
  const topics: TopicId[] = input.plan.topics.length > 0 ? input.plan.topics : [...input.bankCards.keys()]
  const wanted = new Set(topics)
  const byTopic = new Map<TopicId, { studied: number; now: number[]; onDay: number[] }>()
  for (const t of topics) byTopic.set(t, { studied: 0, now: [], onDay: [] })
  for (const c of input.studiedCards) {
    if (!wanted.has(c.topic) || c.isNew) continue
    const sums = byTopic.get(c.topic)
    if (!sums) continue
    sums.studied++
    sums.now.push(c.recallNow)
    sums.onDay.push(c.recallOnDay)
  }
  const forecasts: TopicForecast[] = topics.map((topic) => {
    const sums = byTopic.get(topic) ?? { studied: 0, now: [], onDay: [] }
    const cards = input.bankCards.get(topic) ?? 0
    return {
      topic,
      cards,
      studied: sums.studied,
      unseen: Math.max(0, cards - sums.studied),
      recallNow: meanRecall(sums.now),
      recallOnDay: meanRecall(sums.onDay),
    }
  })
  const unseen = forecasts.reduce((n, t) => n + t.unseen, 0)
  const pace = planPace({ today: input.today, interviewDay, unseen, introducedToday: input.introducedToday })
  const all = [...byTopic.values()]
  return {
    plan: input.plan,
    today: input.today,
    interviewDay,
    pace,
    topics: forecasts,
    recallNow: meanRecall(all.flatMap((t) => t.now)),
    recallOnDay: meanRecall(all.flatMap((t) => t.onDay)),
    cards: forecasts.reduce((n, t) => n + t.cards, 0),
    studied: forecasts.reduce((n, t) => n + t.studied, 0),
    drop:
      pace.status === 'ahead' && !pace.feasible
        ? topicsToDrop(
            forecasts.map((t) => ({ topic: t.topic, unseen: t.unseen })),
            pace.newDays,
          )
        : [],
  }
}

/**
 * The plan's view of stored cards: each bank card's topic, whether it is
 * still new, and its recall now and at `onDay` (the start of the interview's
 * study day) with no more reviews, from `retrievability(card, at)`.
 */
export function planCards(
  cards: readonly CardRecord[],
  retrievability: (card: CardRecord, at: number) => number,
  at: number,
  onDay: number,
): { topic: TopicId; isNew: boolean; recallNow: number; recallOnDay: number }[] {
  return cards
    .filter((c) => c.source === 'bank' && c.topic !== null)
    .map((c) => ({
      topic: c.topic as TopicId,
      isNew: c.state === CardState.New,
      recallNow: retrievability(c, at),
      recallOnDay: retrievability(c, Math.max(at, onDay)),
    }))
}

/** The topics a plan covers: its own, or every topic of the bank when it names none. */
export function planTopics(
  plan: InterviewPlanSetting,
  flashcardsByTopic: Readonly<Record<TopicId, number>>,
): TopicId[] {
  return plan.topics.length > 0 ? plan.topics : (Object.keys(flashcardsByTopic) as TopicId[])
}
