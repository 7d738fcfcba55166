/**
 * Grading a mock: multiple choice at once, short answers by the user's own
 * grade against the model answer, code and SQL by their hidden tests, design
 * by its rubric (points checked on the diagram plus points the user ticks).
 */
import type { ItemBody } from '../content/item.ts'
import type { MockItemKind } from './formats.ts'
import type { MockItemRef } from './session.ts'

export type SelfGrade = 'full' | 'partial' | 'none'

export const selfGradeScore: Record<SelfGrade, number> = { full: 1, partial: 0.5, none: 0 }

export const selfGradeLabels: Record<SelfGrade, string> = {
  full: 'Got it',
  partial: 'Partly',
  none: 'Missed it',
}

/**
 * The grade a short answer's key-point checklist suggests: every point
 * covered, Got it; at least half, Partly; fewer, Missed it. No key points to
 * check against: no suggestion.
 */
export function suggestedSelfGrade(covered: number, total: number): SelfGrade | null {
  if (total <= 0) return null
  if (covered >= total) return 'full'
  return covered * 2 >= total ? 'partial' : 'none'
}

/** A result computed by the app: hidden tests passed, or rubric points shown on the diagram. */
export interface AutoGrade {
  passed: number
  total: number
  summary: string
  /** Design rounds: per rubric point, whether the diagram shows it (null: ticked by the user). */
  rubric?: (boolean | null)[]
}

/** What the user gave for one item, saved as it changes. */
export interface MockAnswer {
  mockId: string
  itemId: string
  kind: MockItemKind
  /** mcq: indexes of the picked choices. */
  choices?: number[]
  /** Short answer text, or the design round's notes. */
  text?: string
  /** Code or SQL as last written. */
  code?: string
  /** The design round's diagram. */
  diagramId?: string
  /** Short answer: the key points (their indexes) the user says the answer covered. */
  keyPointsCovered?: number[]
  /** Short answer: the user's grade against the key points (suggested by the checklist, theirs to change). */
  selfGrade?: SelfGrade
  /** Design: rubric points the user ticked (indexes), and whether they are done ticking. */
  rubricTicks?: number[]
  rubricConfirmed?: boolean
  /** Set when the app graded the item (code, SQL, design's diagram checks). */
  grade?: AutoGrade
  updatedAt: number
}

export type ItemVerdict = 'correct' | 'partial' | 'wrong' | 'unanswered' | 'pending'

export interface ItemScore {
  /** 0–1, or null while the grade is pending (a self-grade or a grading run). */
  score: number | null
  verdict: ItemVerdict
  /** Goes to review: known once graded; null while pending. */
  missed: boolean | null
}

/** A design round passes from this share of its rubric. */
export const designPassShare = 0.7

/** What the grader needs of an item's key. */
export interface ItemKey {
  /** mcq: indexes of the correct choices. */
  correct?: readonly number[]
  /** Design: the rubric's length. */
  rubricSize?: number
}

/** What grading needs of a bank item's body: the right choices, the rubric's size. */
export function itemKey(body: ItemBody | undefined): ItemKey {
  if (body?.type === 'mcq') return { correct: body.choices.flatMap((c, i) => (c.correct ? [i] : [])) }
  if (body?.type === 'design') return { rubricSize: body.rubric.length }
  return {}
}

function verdictOf(score: number): ItemVerdict {
  return score >= 1 ? 'correct' : score > 0 ? 'partial' : 'wrong'
}

const pending: ItemScore = { score: null, verdict: 'pending', missed: null }
const unanswered: ItemScore = { score: 0, verdict: 'unanswered', missed: true }

/**
 * Whether the user gave anything for the item: a pick, text, code, or (for a
 * design round) notes. The navigator's "answered" and "not answered" in the
 * results both come from here.
 */
export function hasAnswer(kind: MockItemKind, answer: MockAnswer | undefined): boolean {
  if (!answer) return false
  switch (kind) {
    case 'mcq':
      return (answer.choices?.length ?? 0) > 0
    case 'card':
    case 'design':
      return (answer.text?.trim() ?? '') !== ''
    case 'code':
    case 'sql':
      return (answer.code?.trim() ?? '') !== ''
  }
}

/** Scores one item from its answer (undefined if the user never touched it). */
export function scoreItem(item: MockItemRef, answer: MockAnswer | undefined, key: ItemKey): ItemScore {
  switch (item.kind) {
    case 'mcq': {
      if (!hasAnswer('mcq', answer)) return unanswered
      const picked = answer?.choices ?? []
      const correct = new Set(key.correct ?? [])
      const right = picked.length === correct.size && picked.every((i) => correct.has(i))
      return { score: right ? 1 : 0, verdict: right ? 'correct' : 'wrong', missed: !right }
    }
    case 'card': {
      if (!hasAnswer('card', answer) || !answer) return unanswered
      if (!answer.selfGrade) return pending
      const score = selfGradeScore[answer.selfGrade]
      return { score, verdict: verdictOf(score), missed: score < 1 }
    }
    case 'code':
    case 'sql': {
      if (!hasAnswer(item.kind, answer) || !answer) return unanswered
      if (!answer.grade) return pending
      const score = answer.grade.total > 0 ? answer.grade.passed / answer.grade.total : 0
      return { score, verdict: verdictOf(score), missed: score < 1 }
    }
    case 'design': {
      const size = key.rubricSize ?? answer?.grade?.rubric?.length ?? 0
      if (!answer?.grade?.rubric || !answer.rubricConfirmed) return pending
      const ticks = new Set(answer.rubricTicks ?? [])
      const covered = answer.grade.rubric.filter(
        (auto, i) => auto === true || (auto === null && ticks.has(i)),
      ).length
      const score = size > 0 ? covered / size : 0
      return { score, verdict: verdictOf(score), missed: score < designPassShare }
    }
  }
}

export interface MockTotal {
  /** Sum of the item scores graded so far. */
  earned: number
  /** Items in the mock. */
  possible: number
  /** Items still waiting for a grade. */
  pending: number
  /** earned / possible as a whole percentage (pending items count 0 until graded). */
  percent: number
  missed: number
}

export function totalScore(scores: readonly ItemScore[]): MockTotal {
  const earned = scores.reduce((sum, s) => sum + (s.score ?? 0), 0)
  const possible = scores.length
  return {
    earned,
    possible,
    pending: scores.filter((s) => s.score === null).length,
    percent: possible > 0 ? Math.round((earned / possible) * 100) : 0,
    missed: scores.filter((s) => s.missed === true).length,
  }
}

/**
 * The items to send to review now: missed, not sent before, and only if the
 * mock sends missed items to review.
 */
export function itemsToSendToReview(
  session: { items: readonly MockItemRef[]; missedToReview: boolean; sentToReview: readonly string[] },
  scores: readonly ItemScore[],
): MockItemRef[] {
  if (!session.missedToReview) return []
  const sent = new Set(session.sentToReview)
  return session.items.filter((item, i) => scores[i]?.missed === true && !sent.has(item.id))
}

/** A mock's result as graded so far, kept with it for the history and the trend. */
export interface MockResult extends MockTotal {
  /** Per item, in item order: its score (null while pending) and whether it was missed. */
  items: { score: number | null; missed: boolean | null }[]
}

/**
 * Everything grading says about a mock now: each item's score, the result to
 * store, and the missed items not yet sent to review.
 */
export function mockOutcome(
  session: { items: readonly MockItemRef[]; missedToReview: boolean; sentToReview: readonly string[] },
  answers: ReadonlyMap<string, MockAnswer>,
  bodies: ReadonlyMap<string, ItemBody>,
): { scores: ItemScore[]; result: MockResult; toReview: MockItemRef[] } {
  const scores = session.items.map((item) =>
    scoreItem(item, answers.get(item.id), itemKey(bodies.get(item.id))),
  )
  return {
    scores,
    result: { ...totalScore(scores), items: scores.map((s) => ({ score: s.score, missed: s.missed })) },
    toReview: itemsToSendToReview(session, scores),
  }
}
