/**
 * The app's side of the SQL worker: starts PGlite in a worker on first use,
 * reports its loading progress, and stops a run that exceeds the time limit
 * by terminating the worker (PGlite has no signals, so PostgreSQL's own
 * statement_timeout cannot fire); the next run starts a fresh database.
 */
import type { SqlExerciseSpec, SqlRequest, SqlResponse } from '../domain/exercises/sql-protocol'
import type { SqlRunOutcome } from '../domain/exercises/sql-run'
import { isOffline, notYetOffline } from './offline-warm'
import { startTimer, stopTimer } from './timers'

export const sqlTimeLimitMs = 5000

export interface SqlProgress {
  phase: 'download' | 'start' | 'seed' | 'ready'
  loaded: number
  total: number
}

type Pending = { resolve: (r: SqlResponse) => void }
type RequestBody = SqlRequest extends infer R ? (R extends SqlRequest ? Omit<R, 'requestId'> : never) : never

let worker: Worker | null = null
let nextId = 1
let opened: SqlExerciseSpec | null = null
let openedInWorker: string | null = null
const pending = new Map<number, Pending>()
const progressListeners = new Set<(p: SqlProgress) => void>()
let lastProgress: SqlProgress | null = null

function emit(p: SqlProgress) {
  lastProgress = p
  for (const l of progressListeners) l(p)
}

function ensureWorker(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('../workers/sql.worker.ts', import.meta.url), { type: 'module', name: 'sql' })
  // The worker's own script did not load (offline before the background fill reached it):
  // every waiting request fails with a reason instead of waiting for ever.
  w.onerror = (event) => {
    event.preventDefault()
    const message = isOffline() ? notYetOffline() : 'the SQL worker could not start'
    for (const p of [...pending.values()]) p.resolve({ type: 'failed', requestId: -1, message })
    stopWorker()
  }
  w.onmessage = (event: MessageEvent<SqlResponse>) => {
    const data = event.data
    if (data.type === 'progress') emit(data)
    else pending.get(data.requestId)?.resolve(data)
  }
  worker = w
  return w
}

/**
 * Starts PostgreSQL in its worker ahead of the first request: on a cold load of an SQL
 * exercise, as soon as the path is known (app/screen-chunks), beside the screen's code.
 */
export function warmSqlEngine(): void {
  ensureWorker()
}

function stopWorker() {
  worker?.terminate()
  worker = null
  openedInWorker = null
  lastProgress = null
  for (const p of pending.values()) p.resolve({ type: 'failed', requestId: -1, message: 'stopped' })
  pending.clear()
}

function request(body: RequestBody, timeLimitMs: number | null): Promise<SqlResponse | 'timeout'> {
  const w = ensureWorker()
  const requestId = nextId++
  return new Promise((resolve) => {
    const timer =
      timeLimitMs === null
        ? undefined
        : startTimer(() => {
            pending.delete(requestId)
            stopWorker()
            resolve('timeout')
          }, timeLimitMs)
    pending.set(requestId, {
      resolve: (r) => {
        stopTimer(timer)
        pending.delete(requestId)
        resolve(r)
      },
    })
    w.postMessage({ ...body, requestId } as SqlRequest)
  })
}

/** Follows PGlite's loading (download, start, seeding); returns an unsubscribe function. */
export function onSqlProgress(listener: (p: SqlProgress) => void): () => void {
  progressListeners.add(listener)
  if (lastProgress) listener(lastProgress)
  return () => progressListeners.delete(listener)
}

async function ensureOpen(): Promise<void> {
  if (!opened) throw new Error('no SQL exercise is open')
  if (openedInWorker === opened.id) return
  const r = await request({ type: 'open', exercise: opened }, null)
  if (r !== 'timeout' && r.type === 'failed' && r.message === notYetOffline()) throw new Error(r.message)
  if (r === 'timeout' || r.type === 'failed') {
    throw new Error(
      `The exercise database could not be created: ${r === 'timeout' ? 'timed out' : r.message}`,
    )
  }
  openedInWorker = opened.id
  emit({ phase: 'ready', loaded: 0, total: 0 })
}

/** Starts PostgreSQL if needed and loads the exercise's schema into a fresh database. */
export async function openSqlExercise(spec: SqlExerciseSpec): Promise<void> {
  opened = spec
  await ensureOpen()
}

/** Restores the exercise's database to its seed. */
export async function resetSqlExercise(): Promise<void> {
  await ensureOpen()
  const r = await request({ type: 'reset' }, sqlTimeLimitMs)
  if (r === 'timeout' || r.type === 'failed') throw new Error('The database could not be reset')
}

export type SqlRun = { ok: true; outcome: SqlRunOutcome } | { ok: false; message: string; timedOut: boolean }

/** Runs the user's statements against the open exercise, within the time limit. */
export async function runSqlExercise(script: string, options: { explain?: boolean } = {}): Promise<SqlRun> {
  await ensureOpen()
  const r = await request({ type: 'run', script, explain: options.explain === true }, sqlTimeLimitMs)
  if (r === 'timeout') {
    return {
      ok: false,
      timedOut: true,
      message: `Stopped after ${sqlTimeLimitMs / 1000} s: the statement was still running. The database was restarted from the exercise's seed.`,
    }
  }
  if (r.type === 'outcome') return { ok: true, outcome: r.outcome }
  return {
    ok: false,
    timedOut: false,
    message: r.type === 'failed' ? r.message : 'unexpected answer from the SQL worker',
  }
}
