/** Messages between the app (src/lib/fsrs-optimizer) and the FSRS optimizer's worker. */

/** What went wrong, for the message a person reads. */
export type OptimizerFailureStage = 'load' | 'threads' | 'input' | 'fit'

/** To the worker: fit FSRS parameters to these training items (flattened, see fsrs-training). */
export interface OptimizerRequest {
  type: 'fit'
  ratings: Uint32Array
  deltaTs: Uint32Array
  lengths: Uint32Array
  threads: number
}

/** From the worker. */
export type OptimizerResponse =
  /** Fitting has begun: `[items processed, items total]` are two u32 at `pointer` in `memory` (shared). */
  | { type: 'started'; memory: WebAssembly.Memory; pointer: number }
  | { type: 'done'; w: number[] }
  | { type: 'failed'; stage: OptimizerFailureStage; message: string }
