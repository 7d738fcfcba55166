/**
 * The app's side of the FSRS optimizer: starts its worker (fsrs-browser,
 * loaded only now), follows its progress by reading the counters fsrs-rs
 * keeps in the wasm's shared memory, and stops it by terminating the worker
 * (fsrs-rs cannot be interrupted; its thread pool goes with the worker).
 */
import type {
  OptimizerFailureStage,
  OptimizerRequest,
  OptimizerResponse,
} from '../domain/scheduling/optimizer-protocol'
import { startTimer, stopTimer, type TimerId } from './timers'

export interface OptimizerInput {
  ratings: Uint32Array
  deltaTs: Uint32Array
  lengths: Uint32Array
}

export interface OptimizerProgress {
  /** Items fsrs-rs has processed, of `total` (0 until it has counted them). */
  done: number
  total: number
}

/** The run was cancelled: nothing was fitted. */
export class OptimizerCancelled extends Error {
  override name = 'OptimizerCancelled'
  constructor() {
    super('The optimizer was cancelled.')
  }
}

/** The optimizer could not run or failed; `message` is for a person. */
export class OptimizerFailed extends Error {
  override name = 'OptimizerFailed'
  constructor(
    readonly stage: OptimizerFailureStage,
    message: string,
  ) {
    super(message)
  }
}

export interface OptimizerRun {
  /** The fitted parameters; rejects with OptimizerCancelled or OptimizerFailed. */
  result: Promise<number[]>
  cancel(): void
}

const pollMs = 100

/** Fits FSRS parameters to the training items in a worker, reporting progress as it goes. */
export function startOptimizer(
  input: OptimizerInput,
  onProgress: (p: OptimizerProgress) => void,
): OptimizerRun {
  const worker = new Worker(new URL('../workers/fsrs-optimizer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fsrs-optimizer',
  })
  let timer: TimerId | undefined
  let settle: ((outcome: { w: number[] } | { error: Error }) => void) | null = null
  const result = new Promise<number[]>((resolve, reject) => {
    settle = (outcome) => {
      settle = null
      stopTimer(timer)
      worker.terminate()
      if ('w' in outcome) resolve(outcome.w)
      else reject(outcome.error)
    }
  })

  let last: OptimizerProgress = { done: 0, total: 0 }
  const report = (p: OptimizerProgress) => {
    if (p.done === last.done && p.total === last.total) return
    last = p
    onProgress(p)
  }
  const poll = (memory: WebAssembly.Memory, pointer: number) => {
    // Two u32 that fsrs-rs updates as it trains: items processed, items in total.
    const [done = 0, total = 0] = new Uint32Array(memory.buffer, pointer, 2)
    if (total > 0) report({ done: Math.min(done, total), total })
    timer = startTimer(() => poll(memory, pointer), pollMs)
  }

  worker.onmessage = (event: MessageEvent<OptimizerResponse>) => {
    const data = event.data
    if (data.type === 'started') poll(data.memory, data.pointer)
    else if (data.type === 'done') {
      if (last.total > 0) report({ done: last.total, total: last.total })
      settle?.({ w: data.w })
    } else settle?.({ error: new OptimizerFailed(data.stage, data.message) })
  }
  worker.onerror = (event) => {
    event.preventDefault()
    settle?.({
      error: new OptimizerFailed(
        'load',
        `The optimizer could not be loaded: ${event.message || 'its worker failed to start'}.`,
      ),
    })
  }
  const request: OptimizerRequest = {
    type: 'fit',
    ...input,
    threads: Math.max(1, navigator.hardwareConcurrency || 1),
  }
  worker.postMessage(request)
  return {
    result,
    cancel: () => settle?.({ error: new OptimizerCancelled() }),
  }
}
