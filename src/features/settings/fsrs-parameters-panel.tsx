import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { clearFittedParameters, getReviewLog, useFittedParameters } from '../../db/fsrs-parameters'
import { countTrainingReviews, minimumTrainingReviews } from '../../domain/scheduling/fsrs-training'
import { describeError } from '../../domain/validation/describe-error'
import { useFsrsOptimizer, type OptimizerState } from './use-fsrs-optimizer'

const formatDate = (t: number) =>
  new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
const metric = (x: number) => x.toFixed(4)
const count = (n: number) => n.toLocaleString('en-US')

/** Which FSRS parameters schedule the cards, and Optimize: fit them to the user's own reviews. */
export function FsrsParametersPanel() {
  const fitted = useFittedParameters()
  const usable = useLiveQuery(async () => countTrainingReviews(await getReviewLog()), [])
  const { state, optimize, cancel, reset } = useFsrsOptimizer()
  const [resetError, setResetError] = useState<string | null>(null)
  const running = state.kind === 'running'
  const enough = usable !== undefined && usable >= minimumTrainingReviews

  const restoreDefaults = async () => {
    try {
      await clearFittedParameters()
      setResetError(null)
      reset()
    } catch (error) {
      setResetError(`The defaults were not restored: ${describeError(error)}.`)
    }
  }

  return (
    <section className="panel fsrs-panel" aria-labelledby="fsrs-heading">
      <h2 id="fsrs-heading">FSRS parameters</h2>
      <p>
        {fitted === undefined
          ? 'Checking…'
          : fitted
            ? `In use: parameters fitted to your ${count(fitted.reviews)} reviews on ${formatDate(fitted.fittedAt)} (log loss ${metric(fitted.logLoss.fitted)}, ${metric(fitted.logLoss.default)} with the defaults).`
            : 'In use: the default parameters, fitted by FSRS to many learners’ reviews.'}
      </p>
      <p className="muted">
        {usable === undefined
          ? 'Counting your reviews…'
          : `Your review log has ${count(usable)} ${usable === 1 ? 'review' : 'reviews'} the optimizer can learn from (a review a day or more after the card’s previous one).`}
      </p>
      {usable !== undefined && !enough ? (
        <p>
          Optimizing needs at least {minimumTrainingReviews} of them, the FSRS project’s guidance: fewer fit
          your memory poorly. {count(minimumTrainingReviews - usable)} more to go.
        </p>
      ) : null}
      {running ? (
        <OptimizerProgressView state={state} onCancel={cancel} />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!enough}
            onClick={() => void optimize()}
          >
            Optimize
          </button>
          {fitted ? (
            <button type="button" className="button" onClick={() => void restoreDefaults()}>
              Use the default parameters
            </button>
          ) : null}
        </div>
      )}
      <OptimizerOutcome state={state} hadFitted={Boolean(fitted)} />
      <ErrorAlert message={resetError} />
    </section>
  )
}

function OptimizerProgressView({
  state,
  onCancel,
}: {
  state: Extract<OptimizerState, { kind: 'running' }>
  onCancel: () => void
}) {
  const p = state.progress
  return (
    <div className="fsrs-progress">
      <label htmlFor="fsrs-progress">
        {p ? `Fitting: ${count(p.done)} of ${count(p.total)} steps…` : 'Starting the optimizer…'}
      </label>
      <progress
        id="fsrs-progress"
        aria-label="Fitting FSRS parameters"
        {...(p ? { max: p.total, value: p.done } : {})}
      />
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}

function OptimizerOutcome({ state, hadFitted }: { state: OptimizerState; hadFitted: boolean }) {
  if (state.kind === 'cancelled') return <p role="status">Cancelled: nothing changed.</p>
  if (state.kind === 'failed') return <ErrorAlert message={state.message} />
  if (state.kind !== 'finished') return null
  return (
    <div className="fsrs-result">
      <table className="fsrs-table">
        <caption>
          How well each set of parameters predicts your {count(state.reviews)} reviews (lower is better)
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameters</th>
            <th scope="col" className="num">
              Log loss
            </th>
            <th scope="col" className="num">
              RMSE (bins)
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Default</th>
            <td className="num">{metric(state.defaults.logLoss)}</td>
            <td className="num">{metric(state.defaults.rmse)}</td>
          </tr>
          <tr>
            <th scope="row">Fitted</th>
            <td className="num">{metric(state.fitted.logLoss)}</td>
            <td className="num">{metric(state.fitted.rmse)}</td>
          </tr>
        </tbody>
      </table>
      <p role="status" className={state.applied ? 'fsrs-applied' : undefined}>
        {state.applied
          ? 'Applied: the fitted parameters predict your reviews better, and schedule your cards from now on.'
          : `The fitted parameters predict your reviews no better than the defaults, so ${hadFitted ? 'the parameters in use stay' : 'the defaults stay'}.`}
      </p>
    </div>
  )
}
