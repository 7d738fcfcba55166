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
import { SqlExerciseEngine } from './sql-engine'
import { describeError } from '../domain/validation/describe-error.ts'
import { isOffline, notYetOffline } from '../lib/offline-warm'

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SqlRequest>) => void) | null
  postMessage: (message: SqlResponse) => void
}

let engine: Promise<SqlExerciseEngine> | null = null

async function fetchWithProgress(urls: string[], onProgress: (loaded: number, total: number) => void) {
  const responses = await Promise.all(urls.map((u) => fetch(u))).catch((error: unknown) => {
    throw isOffline() ? new Error(notYetOffline()) : error
  })
  for (const r of responses) if (!r.ok) throw new Error(`could not load ${r.url} (${r.status})`)
  const total = responses.reduce((n, r) => n + Number(r.headers.get('content-length') ?? 0), 0)
  let loaded = 0
  return Promise.all(
    responses.map(async (response) => {
      const reader = response.body?.getReader()
      if (!reader) return new Uint8Array(await response.arrayBuffer())
      const chunks: Uint8Array[] = []
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        loaded += value.byteLength
        onProgress(loaded, total)
      }
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
      let at = 0
      for (const c of chunks) {
        out.set(c, at)
        at += c.byteLength
      }
      return out
    }),
  )
}

async function start(): Promise<SqlExerciseEngine> {
  const [wasm, data, dataDir] = await fetchWithProgress(
    [pgliteWasmUrl, pgliteDataUrl, dataDirUrl],
    (loaded, total) => scope.postMessage({ type: 'progress', phase: 'download', loaded, total }),
  )
  scope.postMessage({ type: 'progress', phase: 'start', loaded: 0, total: 0 })
  const pgliteWasmModule = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>)
  const db = await PGlite.create({
    pgliteWasmModule,
    fsBundle: new Blob([data as Uint8Array<ArrayBuffer>]),
    loadDataDir: new Blob([dataDir as Uint8Array<ArrayBuffer>], { type: 'application/x-gzip' }),
  })
  return new SqlExerciseEngine(db)
}

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
