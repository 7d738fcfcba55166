/**
 * A review log generated from known FSRS parameters: a learner whose memory
 * follows FSRS exactly, reviewing every card on the day FSRS schedules it.
 * Deterministic (a seeded generator), for tests with a known answer and for
 * the bench. Pure.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs'
import { seededRandom } from '../mock/seeded-random.ts'
import {
  CardState,
  type CardRecord,
  type CardStateValue,
  type GradeValue,
  type ReviewLogRecord,
} from './card.ts'
import { fsrsModel } from './fsrs-training.ts'
import { startOfStudyDay, type DayBoundary } from './study-day.ts'

export interface SimulationOptions {
  seed: string
  /** How many cards are learned (new cards are introduced `newPerDay` a day until there are this many). */
  cards: number
  /** How many study days are simulated. */
  days: number
  newPerDay?: number
  /** The retention FSRS schedules for. */
  desiredRetention?: number
  maximumIntervalDays?: number
  /** The study day the simulation starts on (days since 1970-01-01). */
  firstDay?: number
  boundary?: DayBoundary
  /** Probabilities of Again, Hard, Good and Easy on a card's first review. */
  firstRatings?: readonly [number, number, number, number]
  /** Given a recall: the probabilities of Hard, Good and Easy. */
  recallRatings?: readonly [number, number, number]
  /**
   * A learner is not always on time: this share of reviews (0 by default)
   * happens late, by up to `maxLateness` of the interval (0.5).
   */
  lateShare?: number
  maxLateness?: number
  cardId?: (index: number) => string
  deckId?: string
}

export interface SimulatedHistory {
  logs: ReviewLogRecord[]
  /** Every card as it stands after the last simulated day. */
  cards: CardRecord[]
}

interface SimCard {
  index: number
  id: string
  state: FSRSState | null
  /** The study day of the last review, and the day it is due next. */
  lastDay: number
  dueDay: number
  interval: number
  lastDelta: number
  reps: number
  lapses: number
  firstAt: number
  lastAt: number
}

function pick<T>(random: () => number, options: readonly T[], probabilities: readonly number[]): T {
  let x = random() * probabilities.reduce((a, b) => a + b, 0)
  for (let i = 0; i < options.length; i++) {
    x -= probabilities[i]!
    if (x < 0) return options[i]!
  }
  return options[options.length - 1]!
}

/**
 * A review log from parameters `w`. Each day the cards FSRS scheduled for it
 * are reviewed: recalled with probability R (FSRS's retrievability after the
 * days elapsed), then graded Hard, Good or Easy, else Again; new cards come
 * `newPerDay` a day with a first grade drawn from `firstRatings`. A first
 * Again or Hard, and every lapse, is followed by one Good on the same day (a
 * learning or relearning step). The next interval is FSRS's for the desired
 * retention, without fuzz; with `lateShare`, some reviews come late.
 */
export function simulateReviewLog(w: readonly number[], options: SimulationOptions): SimulatedHistory {
  const random = seededRandom(options.seed)
  const newPerDay = options.newPerDay ?? 20
  const firstDay = options.firstDay ?? 20_000
  const boundary = options.boundary ?? { rolloverHour: 4, timeZone: 'UTC' }
  const firstRatings = options.firstRatings ?? [0.2, 0.15, 0.55, 0.1]
  const recallRatings = options.recallRatings ?? [0.1, 0.8, 0.1]
  const cardId = options.cardId ?? ((i: number) => `import:sim-${i}`)
  const deckId = options.deckId ?? 'import:simulated'
  const model = fsrsModel(w)
  const scheduler = new FSRSAlgorithm(
    generatorParameters({
      w: [...w],
      request_retention: options.desiredRetention ?? 0.9,
      maximum_interval: options.maximumIntervalDays ?? 36500,
      enable_fuzz: false,
      enable_short_term: true,
    }),
  )

  const cards: SimCard[] = []
  const dueOn = new Map<number, number[]>()
  const logs: ReviewLogRecord[] = []
  let clock = 0

  const log = (card: SimCard, rating: GradeValue, state: CardStateValue, day: number, deltaT: number) => {
    const review = clock
    clock += 30_000
    logs.push({
      cardId: card.id,
      rating,
      state,
      due: review,
      stability: card.state?.stability ?? 0,
      difficulty: card.state?.difficulty ?? 0,
      elapsedDays: deltaT,
      lastElapsedDays: card.lastDelta,
      scheduledDays: card.interval,
      learningSteps: 0,
      review,
      day,
      lastIntervalDays: card.interval,
    })
    card.state = model.next_state(card.state, deltaT, rating)
    card.reps++
    card.lastDelta = deltaT
    card.lastDay = day - firstDay
    if (card.reps === 1) card.firstAt = review
    card.lastAt = review
  }

  const lateShare = options.lateShare ?? 0
  const maxLateness = options.maxLateness ?? 0.5
  const schedule = (card: SimCard, day: number) => {
    card.interval = scheduler.next_interval(card.state!.stability, 0)
    const late = random() < lateShare ? Math.round(random() * maxLateness * card.interval) : 0
    card.dueDay = day + card.interval + late
    const list = dueOn.get(card.dueDay) ?? []
    list.push(card.index)
    dueOn.set(card.dueDay, list)
  }

  for (let d = 0; d < options.days; d++) {
    const day = firstDay + d
    clock = startOfStudyDay(day, boundary) + 5 * 3_600_000
    for (const index of dueOn.get(d) ?? []) {
      const card = cards[index]!
      const deltaT = d - card.lastDay
      const recall = random() < model.forgetting_curve(deltaT, card.state!.stability)
      const rating: GradeValue = recall ? pick(random, [2, 3, 4] as const, recallRatings) : 1
      log(card, rating, CardState.Review, day, deltaT)
      if (rating === 1) {
        card.lapses++
        log(card, 3, CardState.Relearning, day, 0)
      }
      schedule(card, d)
    }
    dueOn.delete(d)
    for (let n = 0; n < newPerDay && cards.length < options.cards; n++) {
      const card: SimCard = {
        index: cards.length,
        id: cardId(cards.length),
        state: null,
        lastDay: d,
        dueDay: d,
        interval: 0,
        lastDelta: 0,
        reps: 0,
        lapses: 0,
        firstAt: 0,
        lastAt: 0,
      }
      cards.push(card)
      const rating = pick(random, [1, 2, 3, 4] as const, firstRatings)
      log(card, rating, CardState.New, day, 0)
      if (rating <= 2) log(card, 3, CardState.Learning, day, 0)
      schedule(card, d)
    }
  }
  return {
    logs,
    cards: cards.map((c, i) => ({
      id: c.id,
      deckId,
      topic: null,
      source: 'import',
      position: i,
      createdAt: c.firstAt,
      due: startOfStudyDay(firstDay + c.dueDay, boundary) + 5 * 3_600_000,
      stability: c.state?.stability ?? 0,
      difficulty: c.state?.difficulty ?? 0,
      elapsedDays: c.lastDelta,
      scheduledDays: c.interval,
      learningSteps: 0,
      reps: c.reps,
      lapses: c.lapses,
      state: CardState.Review,
      lastReview: c.lastAt,
      suspended: false,
      buriedUntil: 0,
      flagged: false,
      leech: false,
    })),
  }
}
