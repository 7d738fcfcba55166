/**
 * The rows of every table, as schemas: the one description of what is
 * stored. The database's row types for its own tables (notes, diagrams,
 * exercise drafts …) are inferred from these (src/db/db.ts imports the
 * types only, so zod stays off the screens that read them); the rows whose
 * types live with their domain logic (cards, review logs, mocks) are checked
 * against those types at compile time, so a field added on one side and not
 * the other does not build. A backup is read through these schemas, row by
 * row; fields a later version adds are kept.
 */
import { z } from 'zod'
import type { CardRecord, ReviewLogRecord } from '../scheduling/card.ts'
import type { ReviewDay } from '../scheduling/review-days.ts'
import type { MockAnswer, MockResult } from '../mock/scoring.ts'
import type { MockSession } from '../mock/session.ts'
import { mockFormats, mockItemKinds } from '../mock/formats.ts'
import { topicIds } from '../content/topics.ts'
import { parseDiagramDoc } from '../diagram/diagram-file.ts'
import type { DiagramDoc } from '../diagram/model.ts'

const id = z.string().min(1)
const time = z.number()
const int = z.int()
const nonNegative = z.int().nonnegative()
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
const cardState = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])

// Tables the database layer owns: their row types are inferred from here.

export const noteRow = z.object({ itemId: id, text: z.string(), updatedAt: time })
export const bookmarkRow = z.object({ itemId: id, createdAt: time })
export const itemViewRow = z.object({
  itemId: id,
  /** The item's title when it was last opened, for "continue" without loading the bank. */
  title: z.string(),
  /** The item's topic (absent in views recorded before it was kept). */
  topic: z.string().optional(),
  firstViewedAt: time,
  lastViewedAt: time,
  count: nonNegative,
})
/** One setting; what each key's value may be is in domain/settings/stored-settings. */
export const settingRow = z.object({ key: id, value: z.unknown() })
export const userCardRow = z.object({
  id,
  /** Markdown, or HTML for cards imported with HTML (see `format`). */
  front: z.string(),
  back: z.string(),
  /** How the sides are written; absent means Markdown. */
  format: z.enum(['markdown', 'html']).optional(),
  tags: z.array(z.string()),
  createdAt: time,
  updatedAt: time,
})
export const deckRow = z.object({ id, name: z.string(), kind: z.enum(['user', 'import']), createdAt: time })

/** A diagram document, checked as a diagram file's is (ids unique, edges and groups resolved). */
const diagramDoc = z.custom<DiagramDoc>((value) => parseDiagramDoc(value).ok, {
  error: 'is not a valid diagram (see the diagram file format)',
})
export const diagramRow = z.object({
  id,
  name: z.string(),
  /** The design prompt it answers, if any (a bank item id). */
  promptId: z.string().nullable(),
  doc: diagramDoc,
  /** Rubric points the user ticked by hand (their indexes). */
  manualTicks: z.array(nonNegative),
  createdAt: time,
  updatedAt: time,
  /** Set when deleted (kept briefly so the deletion can be undone); 0 otherwise. */
  deletedAt: time,
})
export const exerciseDraftRow = z.object({ exerciseId: id, code: z.string(), updatedAt: time })
export const exerciseAttemptRow = z.object({
  id: int.optional(),
  exerciseId: id,
  at: time,
  code: z.string(),
  passed: z.boolean(),
  /** Tests (code) or checks (SQL) passed, of `total`. */
  passedCount: nonNegative,
  total: nonNegative,
  /** A one-line summary: "5 of 7 tests pass", "Timed out after 3 s". */
  summary: z.string(),
})
export const exerciseProgressRow = z.object({
  exerciseId: id,
  status: z.enum(['attempted', 'solved']),
  attempts: nonNegative,
  lastAt: time,
  solvedAt: time,
})

// Tables whose row types live with their domain logic: checked against them.

export const cardRow = z.object({
  id,
  deckId: id,
  topic: z.enum(topicIds).nullable(),
  source: z.enum(['bank', 'user', 'import']),
  position: z.number(),
  createdAt: time,
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: nonNegative,
  reps: nonNegative,
  lapses: nonNegative,
  state: cardState,
  lastReview: time.nullable(),
  suspended: z.boolean(),
  buriedUntil: time,
  flagged: z.boolean(),
  leech: z.boolean(),
}) satisfies z.ZodType<CardRecord>

export const reviewLogRow = z.object({
  id: int.optional(),
  cardId: id,
  rating: grade,
  state: cardState,
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  // Logs written before these were kept read as 0.
  lastElapsedDays: z.number().default(0),
  scheduledDays: z.number(),
  learningSteps: nonNegative,
  review: time,
  day: int,
  lastIntervalDays: z.number().default(0),
  origin: z.enum(['mock', 'import']).optional(),
}) satisfies z.ZodType<ReviewLogRecord>

export const reviewDayRow = z.object({
  day: int,
  reviews: nonNegative,
  newCards: nonNegative,
  learning: nonNegative,
  review: nonNegative,
  relearning: nonNegative,
  youngPass: nonNegative,
  youngFail: nonNegative,
  maturePass: nonNegative,
  matureFail: nonNegative,
}) satisfies z.ZodType<ReviewDay>

const itemRef = z.object({ id, kind: z.enum(mockItemKinds), topic: z.enum(topicIds) })
const visit = z.object({ index: nonNegative, at: time })
const mockResult = z.object({
  earned: z.number(),
  possible: nonNegative,
  pending: nonNegative,
  percent: z.number(),
  missed: nonNegative,
  items: z.array(z.object({ score: z.number().nullable(), missed: z.boolean().nullable() })),
}) satisfies z.ZodType<MockResult>

export const mockRow = z.object({
  id,
  format: z.enum(mockFormats),
  mode: z.enum(['exam', 'practice']),
  seed: z.string(),
  items: z.array(itemRef),
  durationMs: z.number().positive(),
  startedAt: time,
  deadline: time,
  status: z.enum(['running', 'paused', 'submitted']),
  pausedAt: time.nullable(),
  pauses: z.array(z.object({ from: time, to: time })),
  visits: z.array(visit),
  phases: z.array(visit),
  submittedAt: time.nullable(),
  submitReason: z.enum(['user', 'time']).nullable(),
  missedToReview: z.boolean(),
  sentToReview: z.array(id),
  result: mockResult.nullable(),
}) satisfies z.ZodType<MockSession & { result: MockResult | null }>

export const mockAnswerRow = z.object({
  mockId: id,
  itemId: id,
  kind: z.enum(mockItemKinds),
  choices: z.array(nonNegative).optional(),
  text: z.string().optional(),
  code: z.string().optional(),
  diagramId: z.string().optional(),
  keyPointsCovered: z.array(nonNegative).optional(),
  selfGrade: z.enum(['full', 'partial', 'none']).optional(),
  rubricTicks: z.array(nonNegative).optional(),
  rubricConfirmed: z.boolean().optional(),
  grade: z
    .object({
      passed: nonNegative,
      total: nonNegative,
      summary: z.string(),
      rubric: z.array(z.boolean().nullable()).optional(),
    })
    .optional(),
  updatedAt: time,
}) satisfies z.ZodType<MockAnswer>
