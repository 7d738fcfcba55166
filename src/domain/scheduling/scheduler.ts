/**
 * FSRS through ts-fsrs: previews of each grade's interval, grading with
 * leech detection, retrievability. Pure: time comes in as a parameter.
 */
import { fsrs, generatorParameters, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs'
import {
  CardState,
  type CardRecord,
  type CardStateValue,
  type GradeValue,
  type ReviewLogRecord,
} from './card.ts'
import type { FsrsWeights, SchedulingSettings } from './settings.ts'

export interface GradeOutcome {
  card: CardRecord
  log: ReviewLogRecord
  /** The card became a leech with this review. */
  leeched: boolean
}

export interface Scheduler {
  /** When each grade would make the card due next. */
  preview(card: CardRecord, now: number): Record<GradeValue, number>
  grade(card: CardRecord, rating: GradeValue, now: number, day: number): GradeOutcome
  /** Probability of recalling the card now (0–1); 0 for a card never studied. */
  retrievability(card: Pick<CardRecord, 'state' | 'stability' | 'lastReview'>, now: number): number
}

function toFsrs(card: CardRecord): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  }
}

function fromFsrs(card: Card, base: CardRecord): CardRecord {
  return {
    ...base,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardStateValue,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  }
}

export interface SchedulerOptions {
  /**
   * Moves a due time earlier when a plan needs it (an interview date: see
   * interview-plan.ts `capDueBeforeInterview`); given the due FSRS chose and
   * the time of the review.
   */
  capDue?: (due: number, reviewedAt: number) => number
}

const msPerDay = 86_400_000

/** The card with its due time capped, and its scheduled interval to match. */
function capped(card: CardRecord, now: number, capDue: SchedulerOptions['capDue']): CardRecord {
  if (!capDue) return card
  const due = capDue(card.due, now)
  if (due >= card.due) return card
  return { ...card, due, scheduledDays: Math.max(0, Math.round((due - now) / msPerDay)) }
}

/** A scheduler for the settings; with `w`, FSRS runs with those parameters instead of its defaults. */
export function createScheduler(
  settings: SchedulingSettings & Partial<FsrsWeights>,
  options: SchedulerOptions = {},
): Scheduler {
  const { capDue } = options
  const engine: FSRS = fsrs(
    generatorParameters({
      ...(settings.w ? { w: [...settings.w] } : {}),
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      enable_fuzz: settings.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
    }),
  )

  return {
    preview(card, now) {
      const preview = engine.repeat(toFsrs(card), new Date(now))
      const due = (g: 1 | 2 | 3 | 4) => {
        const at = preview[g].card.due.getTime()
        return capDue ? Math.min(at, capDue(at, now)) : at
      }
      return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) }
    },

    grade(card, rating, now, day) {
      const { card: next, log } = engine.next(toFsrs(card), new Date(now), rating as FsrsGrade)
      let updated = capped(fromFsrs(next, card), now, capDue)
      // A lapse is a review card forgotten; at the threshold (and every half
      // threshold after it, as Anki does) the card is a leech.
      const lapsed = card.state === CardState.Review && rating === 1
      const threshold = settings.leechThreshold
      const leeched =
        lapsed &&
        threshold > 0 &&
        updated.lapses >= threshold &&
        (updated.lapses - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0
      if (leeched) {
        updated = {
          ...updated,
          leech: true,
          suspended: updated.suspended || settings.leechAction === 'suspend',
        }
      }
      return {
        card: updated,
        leeched,
        log: {
          cardId: card.id,
          rating,
          state: card.state,
          due: card.due,
          stability: log.stability,
          difficulty: log.difficulty,
          elapsedDays: log.elapsed_days,
          lastElapsedDays: log.last_elapsed_days,
          scheduledDays: log.scheduled_days,
          learningSteps: log.learning_steps,
          review: now,
          day,
          lastIntervalDays: card.scheduledDays,
        },
      }
    },

    retrievability(card, now) {
      if (card.state === CardState.New || card.lastReview === null) return 0
      // FSRS's forgetting curve reads only the state, the stability and the last review.
      const lastReview = new Date(card.lastReview)
      const memory: Card = {
        due: lastReview,
        stability: card.stability,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 0,
        reps: 0,
        lapses: 0,
        state: card.state,
        last_review: lastReview,
      }
      return engine.get_retrievability(memory, new Date(now), false)
    },
  }
}
