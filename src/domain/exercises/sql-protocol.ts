import type { SqlCheck } from './exercise.ts'
import type { SqlRunOutcome } from './sql-run.ts'

/** An exercise as the SQL worker needs it. */
export interface SqlExerciseSpec {
  id: string
  schema: string
  solution: string
  check: SqlCheck
}

/** Messages to the SQL worker. */
export type SqlRequest =
  | { type: 'open'; requestId: number; exercise: SqlExerciseSpec }
  | { type: 'reset'; requestId: number }
  | { type: 'run'; requestId: number; script: string; explain: boolean }

/** Messages from the SQL worker. */
export type SqlResponse =
  | { type: 'progress'; phase: 'download' | 'start' | 'seed'; loaded: number; total: number }
  | { type: 'opened'; requestId: number }
  | { type: 'outcome'; requestId: number; outcome: SqlRunOutcome }
  | { type: 'failed'; requestId: number; message: string }
