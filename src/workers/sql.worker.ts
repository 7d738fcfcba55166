/**
 * The SQL worker: PostgreSQL (PGlite) off the main thread. It downloads the
 * engine with progress, then opens exercises and runs the user's statements
 * through SqlExerciseEngine.
 */
import { PGlite } from '@electric-sql/pglite'
import pgliteWasmUrl from 'pglite-dist/pglite.wasm?url'
import pgliteDataUrl from 'pglite-dist/pglite.data?url'
// A data directory initialised at build time (build/pglite-datadir-plugin.ts): no initdb at start.
import dataDirUrl from 'virtual:pglite-datadir'
import type { SqlRequest, SqlResponse } from '../domain/exercises/sql-protocol'
import { pgliteStartParams, SqlExerciseEngine } from './sql-engine'
import { describeError } from '../domain/validation/describe-error.ts'
import { isOffline, notYetOffline } from '../lib/offline-warm'

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SqlRequest>) => void) | null
  postMessage: (message: SqlResponse) => void
}

let engine: Promise<SqlExerciseEngine> | null = null

/**
 * Downloads the engine's three files with progress, compiling PostgreSQL's WebAssembly as its
 * bytes arrive (compileStreaming) instead of after the last one: from the offline copy the
 * download and the compile used to take about 230 and 550 ms one after the other.
 */
async function start(): Promise<SqlExerciseEngine> {
  const responses = await Promise.all([pgliteWasmUrl, pgliteDataUrl, dataDirUrl].map((u) => fetch(u))).catch(
    (error: unknown) => {
      throw isOffline() ? new Error(notYetOffline()) : error
    },
  )
  for (const r of responses) if (!r.ok || !r.body) throw new Error(`could not load ${r.url} (${r.status})`)
  const total = responses.reduce((n, r) => n + Number(r.headers.get('content-length') ?? 0), 0)
  let loaded = 0
  let posted = 0
  let streaming = responses.length
  const counted = (response: Response) =>
    response.body!.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          loaded += chunk.byteLength
          // Every 2 %, not every chunk: a message per 64 KB chunk was ~250 re-renders of the bar.
          if (loaded - posted >= total / 50 || loaded === total) {
            posted = loaded
            scope.postMessage({ type: 'progress', phase: 'download', loaded, total })
          }
          controller.enqueue(chunk)
        },
        flush() {
          if (--streaming === 0) scope.postMessage({ type: 'progress', phase: 'start', loaded: 0, total: 0 })
        },
      }),
    )
  const [wasm, data, dataDir] = responses as [Response, Response, Response]
  const [pgliteWasmModule, fsBundle, loadDataDir] = await Promise.all([
    WebAssembly.compileStreaming(
      new Response(counted(wasm), { headers: { 'Content-Type': 'application/wasm' } }),
    ),
    new Response(counted(data)).blob(),
    new Response(counted(dataDir), { headers: { 'Content-Type': 'application/x-gzip' } }).blob(),
  ])
  const db = await PGlite.create({ pgliteWasmModule, fsBundle, loadDataDir, startParams: pgliteStartParams })
  return new SqlExerciseEngine(db)
}

// The worker exists to run SQL: PostgreSQL starts at once, not at the first request (the page
// may create the worker before it knows the exercise, see lib/sql-runner's warmSqlEngine).
engine = start()
engine.catch(() => undefined)

/** Requests run one at a time, in order: two opens at once would interleave their DROP and CREATE. */
let queue: Promise<void> = Promise.resolve()

scope.onmessage = (event) => {
  const request = event.data
  queue = queue.then(() => handle(request))
}

async function handle(request: SqlRequest): Promise<void> {
  try {
    engine ??= start()
    const e = await engine.catch((error: unknown) => {
      // A failed start (offline, say) is not remembered: the next request tries again.
      engine = null
      throw error
    })
    if (request.type === 'open') {
      scope.postMessage({ type: 'progress', phase: 'seed', loaded: 0, total: 0 })
      await e.open(request.exercise)
      scope.postMessage({ type: 'opened', requestId: request.requestId })
    } else if (request.type === 'reset') {
      await e.reset()
      scope.postMessage({ type: 'opened', requestId: request.requestId })
    } else {
      const outcome = await e.run(request.script, { explain: request.explain })
      scope.postMessage({ type: 'outcome', requestId: request.requestId, outcome })
    }
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      requestId: request.requestId,
      message: describeError(error),
    })
  }
}
