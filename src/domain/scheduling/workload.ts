/**
 * How many reviews a day a desired retention costs: the expected number of
 * reviews over the next days, from the user's cards as they stand, under
 * FSRS with the parameters in use. Deterministic (expected values over every
 * outcome, no sampling). Pure.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs'
import { CardState, type CardRecord } from './card.ts'
import { studyDayOf, type DayBoundary } from './study-day.ts'

/** The retentions Settings offers, each with its workload. */
export const retentionChoices: readonly number[] = [0.8, 0.85, 0.9, 0.95]

/** A studied card as the estimate needs it: its memory and, in study days from today, its last review and due day. */
export interface WorkloadCard {
  stability: number
  difficulty: number
  lastDay: number
  dueDay: number
}

export interface WorkloadOptions {
  /** The FSRS parameters in use. */
  w: readonly number[]
  /** Days ahead to count (30). */
  days?: number
  /** New cards waiting, and how many a day may start. */
  newCards: number
  newPerDay: number
  /** How many learning and relearning steps a card goes through on the day it is learned or forgotten. */
  learningSteps: number
  relearningSteps: number
  maximumIntervalDays: number
}

/** Outcome branches less likely than this (per card) are not followed. */
const minMass = 1e-3

/**
 * The studied cards (not new, not suspended) with their days counted from
 * today's study day: a card due before today is due today.
 */
export function toWorkloadCards(
  cards: readonly CardRecord[],
  now: number,
  boundary: DayBoundary,
): WorkloadCard[] {
  const today = studyDayOf(now, boundary)
  const out: WorkloadCard[] = []
  for (const c of cards) {
    if (c.suspended || c.state === CardState.New || c.stability <= 0 || c.difficulty < 1) continue
    const lastDay = c.lastReview === null ? 0 : Math.min(0, studyDayOf(c.lastReview, boundary) - today)
    out.push({
      stability: c.stability,
      difficulty: c.difficulty,
      lastDay,
      dueDay: Math.max(0, studyDayOf(c.due, boundary) - today),
    })
  }
  return out
}

interface Branch {
  state: FSRSState
  lastDay: number
  day: number
  mass: number
}

/**
 * Adds to `perDay` the expected reviews of a card from `start` on: at each
 * review it is recalled with FSRS's probability R (then graded Good) or
 * forgotten (Again, then its relearning steps the same day), and the next
 * review comes after FSRS's interval for the desired retention.
 */
function addExpectedReviews(engine: FSRSAlgorithm, start: Branch, relearningSteps: number, perDay: number[]) {
  const horizon = perDay.length
  const floor = start.mass * minMass
  const stack = [start]
  while (stack.length > 0) {
    const b = stack.pop()!
    if (b.day >= horizon || b.mass < floor) continue
    const t = b.day - b.lastDay
    const r = engine.forgetting_curve(t, b.state.stability)
    perDay[b.day]! += b.mass * (1 + (1 - r) * relearningSteps)
    const recalled = engine.next_state(b.state, t, 3)
    stack.push({
      state: recalled,
      lastDay: b.day,
      day: b.day + engine.next_interval(recalled.stability, t),
      mass: b.mass * r,
    })
    let forgotten = engine.next_state(b.state, t, 1)
    for (let i = 0; i < relearningSteps; i++) forgotten = engine.next_state(forgotten, 0, 3)
    stack.push({
      state: forgotten,
      lastDay: b.day,
      day: b.day + engine.next_interval(forgotten.stability, t),
      mass: b.mass * (1 - r),
    })
  }
}

/**
 * Expected reviews a day over the next `days` (30) at `retention`: the
 * studied cards' reviews, plus the new cards started at `newPerDay` a day
 * (each graded Good through its learning steps on its first day) and theirs.
 */
export function estimateDailyReviews(
  cards: readonly WorkloadCard[],
  retention: number,
  options: WorkloadOptions,
): number {
  const days = options.days ?? 30
  const engine = new FSRSAlgorithm(
    generatorParameters({
      w: [...options.w],
      request_retention: retention,
      maximum_interval: options.maximumIntervalDays,
      enable_fuzz: false,
      enable_short_term: true,
    }),
  )
  const perDay = new Array<number>(days).fill(0)
  for (const c of cards) {
    if (c.dueDay >= days) continue
    addExpectedReviews(
      engine,
      {
        state: { stability: c.stability, difficulty: c.difficulty },
        lastDay: c.lastDay,
        day: c.dueDay,
        mass: 1,
      },
      options.relearningSteps,
      perDay,
    )
  }
  let waiting = options.newCards
  const steps = Math.max(1, options.learningSteps)
  for (let day = 0; day < days && waiting > 0; day++) {
    const started = Math.min(options.newPerDay, waiting)
    waiting -= started
    if (started === 0) break
    let state = engine.next_state(null, 0, 3)
    for (let i = 1; i < steps; i++) state = engine.next_state(state, 0, 3)
    perDay[day]! += started * steps
    addExpectedReviews(
      engine,
      { state, lastDay: day, day: day + engine.next_interval(state.stability, 0), mass: started },
      options.relearningSteps,
      perDay,
    )
  }
  return perDay.reduce((a, b) => a + b, 0) / days
}
