/** The structured parts of code and SQL exercises, shared by the build, the runner and the screens. */

export const codeLanguages = ['typescript', 'javascript'] as const
export type CodeLanguage = (typeof codeLanguages)[number]

export type ExerciseLanguage = CodeLanguage | 'sql'

export const exerciseLanguageLabels: Record<ExerciseLanguage, string> = {
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  sql: 'SQL',
}

/** A code exercise: the user edits `starter`; `tests` import it as `./solution`. */
export interface CodeExercise {
  kind: 'code'
  language: CodeLanguage
  starter: string
  tests: string
  solution: string
}

/**
 * What a plan must show, checked on `EXPLAIN (FORMAT JSON)` of the checked query:
 * `usesIndexOn` — the relation is read through an index (Index Scan, Index Only Scan or Bitmap Heap Scan);
 * `noSeqScanOn` — the relation is never read by a sequential scan.
 */
export interface PlanRequirement {
  usesIndexOn: string | null
  noSeqScanOn: string | null
}

export interface SqlCheck {
  /** `exact` when the task asks for an order; `any` compares rows as a multiset. */
  order: 'any' | 'exact'
  /** Run after the user's statements and compared instead of their last result (for DML and DDL tasks). */
  query: string | null
  plan: PlanRequirement | null
}

/** A SQL exercise: each run starts from `schema` (DDL and seed data) on a fresh database. */
export interface SqlExercise {
  kind: 'sql'
  language: 'sql'
  schema: string
  starter: string
  solution: string
  check: SqlCheck
}

export type Exercise = CodeExercise | SqlExercise

export type ExerciseStatus = 'new' | 'attempted' | 'solved'

export const exerciseStatusLabels: Record<ExerciseStatus, string> = {
  new: 'Not tried',
  attempted: 'Attempted',
  solved: 'Solved',
}
