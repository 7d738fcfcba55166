/**
 * The FSRS optimizer's worker: fsrs-rs (fsrs-browser, WebAssembly with a
 * rayon thread pool) fits FSRS-6 parameters to the training items it is
 * sent. The fit blocks this thread until it ends, so progress is read by the
 * app from the wasm's shared memory, where fsrs-rs counts the items done.
 * Loaded only when the user presses Optimize.
 */
import init, { Fsrs, Progress, initThreadPool, type InitOutput } from 'fsrs-browser'
// The WebAssembly by URL, as Vite serves and bundles it (dev and build alike).
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url'
import type { OptimizerRequest, OptimizerResponse } from '../domain/scheduling/optimizer-protocol'
import { describeError } from '../domain/validation/describe-error.ts'

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<OptimizerRequest>) => void) | null
  postMessage: (message: OptimizerResponse) => void
  crossOriginIsolated?: boolean
}

let wasm: InitOutput | null = null
let threads = 0

/** The last panic fsrs-rs printed (its panic hook writes to console.error before it traps). */
let lastPanic = ''
const consoleError = console.error.bind(console)
console.error = (...args: unknown[]) => {
  lastPanic = args.map(String).join(' ')
  consoleError(...args)
}

const fail = (stage: 'load' | 'threads' | 'input' | 'fit', message: string) =>
  scope.postMessage({ type: 'failed', stage, message })

/** Why the items cannot be fitted, or null; fsrs-rs traps on some bad input instead of returning an error. */
function inputProblem({ ratings, deltaTs, lengths }: OptimizerRequest): string | null {
  if (ratings.length !== deltaTs.length) return 'ratings and intervals differ in length'
  let at = 0
  for (const length of lengths) {
    if (length < 2) return 'an item has fewer than two reviews'
    if (deltaTs[at] !== 0) return "an item's first review has an interval"
    if (deltaTs[at + length - 1] === 0) return 'an item ends on the same day as the review before it'
    at += length
  }
  if (at !== ratings.length) return 'the item lengths do not add up to the reviews sent'
  for (const r of ratings) if (r < 1 || r > 4) return `a rating is ${r}, not 1 to 4`
  return null
}

/** fsrs-rs's errors in words. */
function fitMessage(error: unknown): string {
  const panic = lastPanic
  if (/NotEnoughData/.test(panic))
    return 'fsrs-rs found too few usable reviews to fit (after it set aside outliers, such as a second review more than 100 days after the first).'
  if (/InvalidInput/.test(panic)) return 'fsrs-rs refused the review log as invalid input.'
  const detail = panic.split('\n')[0] || describeError(error)
  return `fsrs-rs stopped with an error: ${detail}`
}

scope.onmessage = async (event) => {
  const request = event.data
  if (request.type !== 'fit') return
  if (!scope.crossOriginIsolated || typeof SharedArrayBuffer === 'undefined') {
    fail(
      'threads',
      'This page is not cross-origin isolated, so the optimizer cannot share memory between its threads. The app must be served with the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers.',
    )
    return
  }
  try {
    wasm ??= await init({ module_or_path: wasmUrl })
  } catch (error) {
    fail('load', `The optimizer could not be loaded: ${describeError(error)}`)
    return
  }
  try {
    if (threads === 0) {
      await initThreadPool(Math.max(1, request.threads))
      threads = request.threads
    }
  } catch (error) {
    fail('threads', `The optimizer could not start its threads: ${describeError(error)}`)
    return
  }
  const problem = inputProblem(request)
  if (problem) {
    fail('input', `The review log cannot be fitted: ${problem}.`)
    return
  }
  const progress = Progress.new()
  scope.postMessage({ type: 'started', memory: wasm.memory, pointer: progress.pointer() })
  try {
    lastPanic = ''
    const fsrs = new Fsrs()
    // computeParameters takes ownership of `progress` and `fsrs` (it frees them).
    const w = fsrs.computeParameters(request.ratings, request.deltaTs, request.lengths, progress, true)
    scope.postMessage({ type: 'done', w: Array.from(w) })
  } catch (error) {
    fail('fit', fitMessage(error))
  }
}
