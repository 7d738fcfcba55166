/**
 * A flashcard as stored: its FSRS memory state (times as epoch ms) plus the
 * queue flags Anki has (suspended, buried, flagged, leech), and one review log.
 */
import type { TopicId } from '../content/topics.ts'

export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const
export type CardStateValue = (typeof CardState)[keyof typeof CardState]

export const Grade = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const
export type GradeValue = (typeof Grade)[keyof typeof Grade]
export const grades: readonly GradeValue[] = [1, 2, 3, 4]

export type CardSource = 'bank' | 'user' | 'import'

export interface CardRecord {
  /** The bank item id for bank cards; `user:…` or `import:…` otherwise. */
  id: string
  /** `topic:<id>` for bank cards, `mine` for the user's own, `import:<id>` for an imported deck. */
  deckId: string
  topic: TopicId | null
  source: CardSource
  /** Order among new cards (bank order for bank cards). */
  position: number
  createdAt: number
  // FSRS memory state
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: CardStateValue
  lastReview: number | null
  // Queue flags
  suspended: boolean
  /** Buried until this instant (the start of a later study day); 0 when not buried. */
  buriedUntil: number
  flagged: boolean
  leech: boolean
}

export interface ReviewLogRecord {
  id?: number
  cardId: string
  rating: GradeValue
  /** The card's state before this review. */
  state: CardStateValue
  /** When the card was due before this review. */
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  lastElapsedDays: number
  scheduledDays: number
  learningSteps: number
  /** When the review happened. */
  review: number
  /** The study day of the review. */
  day: number
  /** The interval the card had before this review, in days (for young/mature retention). */
  lastIntervalDays: number
  /**
   * Where the grade came from: absent for the review queue, `mock` for an
   * item missed in a timed mock, `import` for history brought in from Anki.
   */
  origin?: 'mock' | 'import'
}

export function newCardRecord(
  fields: Pick<CardRecord, 'id' | 'deckId' | 'topic' | 'source' | 'position'>,
  now: number,
): CardRecord {
  return {
    ...fields,
    createdAt: now,
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: CardState.New,
    lastReview: null,
    suspended: false,
    buriedUntil: 0,
    flagged: false,
    leech: false,
  }
}

export const topicDeckId = (topic: TopicId) => `topic:${topic}`
export const myDeckId = 'mine'
