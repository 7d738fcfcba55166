import type { PlanCheck } from './sql-plan.ts'
import type { ResultComparison, ResultTable } from './sql-result.ts'

/** What one run of a SQL exercise gives back to the screen. */
export interface SqlRunOutcome {
  /** The check passed: the result matches and the plan requirement (if any) holds. */
  passed: boolean
  /** A database error in the user's statements, with its line in the editor. */
  error: { message: string; line: number | null } | null
  /** The rows the user's statements returned last (or the check query's, for DML tasks). */
  result: ResultTable | null
  /** One line per statement that returned no rows ("UPDATE 3"). */
  statements: string[]
  expected: ResultTable | null
  comparison: ResultComparison | null
  plan: { text: string; check: PlanCheck | null } | null
  ms: number
}
