/** Optimize: the review log to fsrs-rs in a worker, then the fit compared with the defaults and kept only if better. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { getReviewLog, saveFittedParameters } from '../../db/fsrs-parameters'
import {
  buildTrainingSet,
  defaultFsrsParameters,
  evaluateParameters,
  fittedParameters,
  flattenTrainingItems,
  minimumTrainingReviews,
  type ParameterEvaluation,
} from '../../domain/scheduling/fsrs-training'
import { describeError } from '../../domain/validation/describe-error'
import { now } from '../../lib/clock'
import {
  OptimizerCancelled,
  OptimizerFailed,
  startOptimizer,
  type OptimizerProgress,
  type OptimizerRun,
} from '../../lib/fsrs-optimizer'

export type OptimizerState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: OptimizerProgress | null }
  | {
      kind: 'finished'
      reviews: number
      defaults: ParameterEvaluation
      fitted: ParameterEvaluation
      /** The fitted parameters predict better than the defaults, so they are in use now. */
      applied: boolean
    }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }

export function useFsrsOptimizer() {
  const [state, setState] = useState<OptimizerState>({ kind: 'idle' })
  const run = useRef<OptimizerRun | null>(null)
  /** Cancel pressed before the worker started (while the log was read). */
  const cancelledEarly = useRef(false)
  const cancel = useCallback(() => {
    cancelledEarly.current = true
    run.current?.cancel()
  }, [])
  // Leaving Settings stops a fit in progress: nothing is applied.
  useEffect(() => cancel, [cancel])

  const optimize = useCallback(async () => {
    setState({ kind: 'running', progress: null })
    cancelledEarly.current = false
    try {
      const set = buildTrainingSet(await getReviewLog())
      if (cancelledEarly.current) throw new OptimizerCancelled()
      if (set.reviews < minimumTrainingReviews) {
        setState({
          kind: 'failed',
          message: `Optimizing needs at least ${minimumTrainingReviews} usable reviews; there are ${set.reviews}.`,
        })
        return
      }
      const current = startOptimizer(flattenTrainingItems(set.items), (progress) =>
        setState({ kind: 'running', progress }),
      )
      run.current = current
      const w = fittedParameters(await current.result)
      const defaults = evaluateParameters(defaultFsrsParameters, set.items)
      const fitted = evaluateParameters(w, set.items)
      const applied = fitted.logLoss < defaults.logLoss
      if (applied) {
        await saveFittedParameters({
          w,
          fittedAt: now(),
          reviews: set.reviews,
          logLoss: { default: defaults.logLoss, fitted: fitted.logLoss },
          rmse: { default: defaults.rmse, fitted: fitted.rmse },
        })
      }
      setState({ kind: 'finished', reviews: set.reviews, defaults, fitted, applied })
    } catch (error) {
      if (error instanceof OptimizerCancelled) setState({ kind: 'cancelled' })
      else if (error instanceof OptimizerFailed) setState({ kind: 'failed', message: error.message })
      else setState({ kind: 'failed', message: `The optimizer failed: ${describeError(error)}.` })
    } finally {
      run.current = null
    }
  }, [])

  const reset = useCallback(() => setState({ kind: 'idle' }), [])
  return { state, optimize, cancel, reset }
}
