/** The interview plan: stored as a setting, and what it says today given the cards studied so far. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { TopicId } from '../domain/content/topics'
import {
  capDueBeforeInterview,
  planCards,
  planTopics,
  studyDayOfDate,
  summarizePlan,
  type InterviewPlanSetting,
  type PlanSummary,
} from '../domain/scheduling/interview-plan'
import { createScheduler } from '../domain/scheduling/scheduler'
import type { SchedulingSettings } from '../domain/scheduling/settings'
import { localTimeZone, startOfStudyDay, studyDayOf, type DayBoundary } from '../domain/scheduling/study-day'
import { readInterviewPlan } from '../domain/settings/stored-settings'
import { getReviewDay } from './cards'
import { db } from './db'
import { getSchedulingSettings } from './scheduling-settings'

/** The settings row of the interview plan. */
export const interviewPlanKey = 'interviewPlan'

export async function getInterviewPlan(): Promise<InterviewPlanSetting | null> {
  return readInterviewPlan((await db.settings.get(interviewPlanKey))?.value)
}

/** Stores the plan; a date that is not a real date is refused with a message. */
export async function saveInterviewPlan(plan: InterviewPlanSetting): Promise<void> {
  if (studyDayOfDate(plan.date) === null) throw new Error(`'${plan.date}' is not a date`)
  await db.settings.put({ key: interviewPlanKey, value: { date: plan.date, topics: [...plan.topics] } })
}

/** Back to studying for the long run: no date, normal FSRS schedules and limits. */
export async function removeInterviewPlan(): Promise<void> {
  await db.settings.delete(interviewPlanKey)
}

export function useInterviewPlan(): InterviewPlanSetting | null | undefined {
  return useLiveQuery(getInterviewPlan, [])
}

/** What the plan says at `at`: null without a plan. */
export async function getPlanSummary(
  flashcardsByTopic: Readonly<Record<TopicId, number>>,
  at: number,
  known?: { settings: SchedulingSettings; plan: InterviewPlanSetting | null },
): Promise<PlanSummary | null> {
  const [settings, plan] = known
    ? [known.settings, known.plan]
    : await Promise.all([getSchedulingSettings(), getInterviewPlan()])
  if (!plan) return null
  const interviewDay = studyDayOfDate(plan.date)
  if (interviewDay === null) return null
  const boundary: DayBoundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
  const today = studyDayOf(at, boundary)
  const onDay = startOfStudyDay(interviewDay, boundary)
  const topics = planTopics(plan, flashcardsByTopic)
  const scheduler = createScheduler(settings)
  const [cards, done] = await Promise.all([
    db.cards.where('topic').anyOf(topics).toArray(),
    getReviewDay(today),
  ])
  return summarizePlan({
    plan,
    today,
    bankCards: new Map(topics.map((t) => [t, flashcardsByTopic[t] ?? 0])),
    studiedCards: planCards(cards, (c, t) => scheduler.retrievability(c, t), at, onDay),
    introducedToday: done.newCards,
  })
}

export function usePlanSummary(
  flashcardsByTopic: Readonly<Record<TopicId, number>>,
  at: number,
): PlanSummary | null | undefined {
  return useLiveQuery(() => getPlanSummary(flashcardsByTopic, at), [flashcardsByTopic, at])
}

/** The due cap a scheduler applies while a plan is ahead: reviews after the interview's eve come up on the eve. */
export function interviewDueCap(
  summary: PlanSummary | null,
  boundary: DayBoundary,
): ((due: number, reviewedAt: number) => number) | undefined {
  if (!summary || summary.pace.status !== 'ahead') return undefined
  const eve = startOfStudyDay(summary.interviewDay - 1, boundary)
  return (due, reviewedAt) => capDueBeforeInterview(due, reviewedAt, eve)
}
