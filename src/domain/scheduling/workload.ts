/**
 * How many reviews a day a desired retention costs: the expected number of
 * reviews over the next days, from the user's cards as they stand, under
 * FSRS with the parameters in use. Deterministic (expected values over every
 * outcome, no sampling). Pure.
 */
import { S_MIN, clipParameters, type FSRSState } from 'ts-fsrs'
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

/**
 * Outcome branches less likely than this (per card) are not split further:
 * they follow their most likely path (each review recalled) with all their
 * probability, so their reviews still count.
 */
const splitMass = 1e-2

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

/** The FSRS steps the estimate takes, many thousand times for a collection. */
export interface MemoryModel {
  recall(t: number, stability: number): number
  next(state: FSRSState | null, t: number, grade: 1 | 2 | 3 | 4): FSRSState
  interval(stability: number): number
}

const roundTo8 = (x: number) => Math.round(x * 1e8) / 1e8
const clamp = (x: number, min: number, max: number) => Math.min(Math.max(x, min), max)

/**
 * ts-fsrs's FSRS-6 (short-term memory on, no fuzz) as plain functions: the
 * same formulas and rounding as its FSRSAlgorithm (a test keeps them equal),
 * without its parameter proxy, which makes each step several times slower.
 */
export function memoryModel(
  w: readonly number[],
  retention: number,
  maximumIntervalDays: number,
): MemoryModel {
  const p = clipParameters([...w], 0, true)
  const at = (i: number) => p[i] ?? 0
  const decay = -at(20)
  const factor = roundTo8(Math.exp(Math.log(0.9) / decay) - 1)
  const intervalModifier = roundTo8((retention ** (1 / decay) - 1) / factor)
  const recall = (t: number, s: number) => roundTo8((1 + (factor * t) / s) ** decay)
  const initDifficulty = (g: number) => roundTo8(at(4) - Math.exp((g - 1) * at(5)) + 1)
  const easyDifficulty = initDifficulty(4)
  return {
    recall,
    interval: (s) => Math.min(Math.max(1, Math.round(s * intervalModifier)), maximumIntervalDays),
    next(state, t, g) {
      if (!state || (state.stability === 0 && state.difficulty === 0))
        return { difficulty: clamp(initDifficulty(g), 1, 10), stability: Math.max(at(g - 1), 0.1) }
      const { difficulty: d, stability: s } = state
      const r = recall(t, s)
      let stability: number
      if (t === 0) {
        const sinc = s ** -at(19) * Math.exp(at(17) * (g - 3 + at(18)))
        stability = roundTo8(clamp(s * (g >= 2 ? Math.max(sinc, 1) : sinc), S_MIN, 36500))
      } else if (g === 1) {
        const afterFail = roundTo8(
          clamp(at(11) * d ** -at(12) * ((s + 1) ** at(13) - 1) * Math.exp((1 - r) * at(14)), S_MIN, 36500),
        )
        stability = clamp(roundTo8(s / Math.exp(at(17) * at(18))), S_MIN, afterFail)
      } else {
        const bonus = (g === 2 ? at(15) : 1) * (g === 4 ? at(16) : 1)
        stability = roundTo8(
          clamp(
            s * (1 + Math.exp(at(8)) * (11 - d) * s ** -at(9) * (Math.exp((1 - r) * at(10)) - 1) * bonus),
            S_MIN,
            36500,
          ),
        )
      }
      const damped = d + roundTo8((-at(6) * (g - 3) * (10 - d)) / 9)
      const difficulty = clamp(roundTo8(at(7) * easyDifficulty + (1 - at(7)) * damped), 1, 10)
      return { difficulty, stability }
    },
  }
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
function addExpectedReviews(engine: MemoryModel, start: Branch, relearningSteps: number, perDay: number[]) {
  const horizon = perDay.length
  const floor = start.mass * splitMass
  const stack = [start]
  while (stack.length > 0) {
    const b = stack.pop()!
    if (b.day >= horizon) continue
    const t = b.day - b.lastDay
    const r = engine.recall(t, b.state.stability)
    perDay[b.day]! += b.mass * (1 + (1 - r) * relearningSteps)
    const recalled = engine.next(b.state, t, 3)
    const split = b.mass >= floor
    stack.push({
      state: recalled,
      lastDay: b.day,
      day: b.day + engine.interval(recalled.stability),
      mass: split ? b.mass * r : b.mass,
    })
    if (!split) continue
    let forgotten = engine.next(b.state, t, 1)
    for (let i = 0; i < relearningSteps; i++) forgotten = engine.next(forgotten, 0, 3)
    stack.push({
      state: forgotten,
      lastDay: b.day,
      day: b.day + engine.interval(forgotten.stability),
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
  const engine = memoryModel(options.w, retention, options.maximumIntervalDays)
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
    let state = engine.next(null, 0, 3)
    for (let i = 1; i < steps; i++) state = engine.next(state, 0, 3)
    perDay[day]! += started * steps
    addExpectedReviews(
      engine,
      { state, lastDay: day, day: day + engine.interval(state.stability), mass: started },
      options.relearningSteps,
      perDay,
    )
  }
  return perDay.reduce((a, b) => a + b, 0) / days
}
