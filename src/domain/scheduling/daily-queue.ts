/**
 * The day's review queue, as Anki builds it: learning cards when they are
 * due, then reviews and new cards mixed, within the daily limits. Pure: the
 * cards, the clock and what was already done today come in as parameters.
 */
import { CardState, type CardRecord } from './card.ts'

export interface QueueLimits {
  newPerDay: number
  reviewsPerDay: number
}

export interface DoneToday {
  /** New cards seen for the first time today. */
  newCards: number
  /** Review-state cards reviewed today. */
  reviews: number
}

export interface QueueOptions {
  now: number
  /** Start of the next study day: reviews due before it count as due today. */
  dayEnd: number
  limits: QueueLimits
  done: DoneToday
  /** Extra new cards allowed today ("study more"). */
  extraNew?: number
  /** Reviews due before this are taken: the day's end, or later to review ahead (see studyDayWindow). */
  reviewCutoff?: number
  /** Which cards belong to the session (decks, topics); all by default. */
  include?: (card: CardRecord) => boolean
}

export interface DailyQueue {
  /** Learning and relearning cards due before the day ends, soonest first. */
  learning: CardRecord[]
  /** Reviews and new cards, mixed, in the order they are shown. */
  main: CardRecord[]
}

export interface QueueCounts {
  new: number
  learning: number
  review: number
}

/** Whether a card can be studied at `now` at all (not suspended, not buried). */
export function isActive(card: CardRecord, now: number): boolean {
  return !card.suspended && card.buriedUntil <= now
}

/** Builds the queue from the candidate cards. Cards may come in any order. */
export function buildDailyQueue(cards: readonly CardRecord[], options: QueueOptions): DailyQueue {
  const { now, dayEnd, limits, done } = options
  const include = options.include ?? (() => true)
  const reviewCutoff = options.reviewCutoff ?? dayEnd

  const learning: CardRecord[] = []
  const reviews: CardRecord[] = []
  const news: CardRecord[] = []
  for (const card of cards) {
    if (!isActive(card, now) || !include(card)) continue
    if (card.state === CardState.New) news.push(card)
    else if (card.state === CardState.Review) {
      if (card.due < reviewCutoff) reviews.push(card)
    } else if (card.due < dayEnd) learning.push(card)
  }

  learning.sort((a, b) => a.due - b.due || cmp(a.id, b.id))
  // Most overdue first; ties in a stable order.
  reviews.sort((a, b) => a.due - b.due || cmp(a.id, b.id))
  news.sort((a, b) => a.position - b.position || cmp(a.id, b.id))

  const reviewRoom = Math.max(0, limits.reviewsPerDay - done.reviews)
  const newRoom = Math.max(0, limits.newPerDay + (options.extraNew ?? 0) - done.newCards)
  return {
    learning,
    main: mixNewWithReviews(reviews.slice(0, reviewRoom), news.slice(0, newRoom)),
  }
}

/**
 * Spreads new cards evenly through the reviews (one new card after every
 * `reviews / news` reviews), so a session neither starts nor ends with a
 * block of unfamiliar cards.
 */
export function mixNewWithReviews(reviews: CardRecord[], news: CardRecord[]): CardRecord[] {
  if (news.length === 0) return reviews
  if (reviews.length === 0) return news
  const out: CardRecord[] = []
  const every = (reviews.length + 1) / news.length
  let r = 0
  for (let n = 0; n < news.length; n++) {
    const until = Math.min(reviews.length, Math.floor((n + 1) * every))
    while (r < until) out.push(reviews[r++]!)
    out.push(news[n]!)
  }
  while (r < reviews.length) out.push(reviews[r++]!)
  return out
}

export type NextCard =
  | { kind: 'card'; card: CardRecord }
  /** Only learning cards are left, none due yet: come back at `at`. */
  | { kind: 'wait'; at: number }
  | { kind: 'done' }

/**
 * What to show at `now`: a learning card that is due, else the next review or
 * new card, else a learning card due within the learn-ahead window.
 */
export function pickNext(queue: DailyQueue, now: number, learnAheadMs: number): NextCard {
  const firstLearning = queue.learning[0]
  if (firstLearning && firstLearning.due <= now) return { kind: 'card', card: firstLearning }
  const main = queue.main[0]
  if (main) return { kind: 'card', card: main }
  if (firstLearning) {
    return firstLearning.due <= now + learnAheadMs
      ? { kind: 'card', card: firstLearning }
      : { kind: 'wait', at: firstLearning.due }
  }
  return { kind: 'done' }
}

/**
 * The queue after `card` was answered (graded, buried or suspended): it
 * leaves where it was and, if it is now learning and due before the day
 * ends, joins the learning cards at its new due time.
 */
export function applyAnswer(
  queue: DailyQueue,
  card: CardRecord,
  options: { now: number; dayEnd: number },
): DailyQueue {
  const learning = queue.learning.filter((c) => c.id !== card.id)
  const main = queue.main.filter((c) => c.id !== card.id)
  const stillToday =
    isActive(card, options.now) &&
    (card.state === CardState.Learning || card.state === CardState.Relearning) &&
    card.due < options.dayEnd
  if (stillToday) {
    const at = learning.findIndex((c) => c.due > card.due)
    learning.splice(at === -1 ? learning.length : at, 0, card)
  }
  return { learning, main }
}

/** Puts a card back where it was before it was answered (undo). */
export function restoreCard(queue: DailyQueue, card: CardRecord): DailyQueue {
  const learning = queue.learning.filter((c) => c.id !== card.id)
  const main = queue.main.filter((c) => c.id !== card.id)
  if (card.state === CardState.Learning || card.state === CardState.Relearning) {
    return { learning: [card, ...learning], main }
  }
  return { learning, main: [card, ...main] }
}

/** New / learning / review counts left, as the review screen shows them. */
export function countQueue(queue: DailyQueue): QueueCounts {
  let fresh = 0
  let review = 0
  for (const c of queue.main) {
    if (c.state === CardState.New) fresh++
    else review++
  }
  return { new: fresh, learning: queue.learning.length, review }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
