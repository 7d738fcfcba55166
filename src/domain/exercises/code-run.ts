/** Reports the sandbox's test runtime sends, one per test, then `done` (or one `error`). */
export interface TestReport {
  kind: 'test'
  name: string
  passed: boolean
  /** Why it failed: an assertion's message or the error thrown. */
  message: string | null
  expected: string | null
  actual: string | null
  /** Line of the user's code the error came from, when it came from there. */
  line: number | null
  logs: string[]
  ms: number
}

export interface ErrorReport {
  kind: 'error'
  /** Where it broke: loading the user's code, or loading the tests. */
  phase: 'solution' | 'tests'
  message: string
  line: number | null
}

export interface DoneReport {
  kind: 'done'
  /** How many tests the hidden suite registered: a run passes only when that many passed reports arrived. */
  total: number
  /** Console output outside any test (e.g. at the top level of the user's code). */
  logs: string[]
}

/** Why a run counts as passed: the harness reported every test it registered, and each one passed. */
export function everyTestPassed(tests: readonly TestReport[], done: DoneReport): boolean {
  return done.total > 0 && tests.length === done.total && tests.every((t) => t.passed)
}

export type RuntimeReport = TestReport | ErrorReport | DoneReport

/** The outcome of one run of a code exercise, as the screen shows it. */
export interface CodeRunOutcome {
  status: 'passed' | 'failed' | 'error' | 'timeout'
  tests: TestReport[]
  /** A compile or load error, or the time-out message. */
  error: { message: string; line: number | null } | null
  /** Console output outside the tests. */
  logs: string[]
  ms: number
}
