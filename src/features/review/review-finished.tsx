import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { countDueBefore } from '../../db/cards'
import { addExtraNew } from '../../db/scheduling-settings'
import { ErrorAlert } from '../../components/error-alert'
import { now } from '../../lib/clock'
import { describeWriteError } from '../../lib/write-error'
import type { SessionContext } from './review-store'

interface Props {
  context: SessionContext
  /** Start again with the given study-more option. */
  onStudyMore: (option: { reviewAheadDays?: number }) => void
}

/** The end of the day's queue: what tomorrow holds, and ways to study more. */
export function ReviewFinished({ context, onStudyMore }: Props) {
  const [tomorrow, setTomorrow] = useState<number | 'failed' | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    countDueBefore(context.tomorrowEnd, now()).then(setTomorrow, () => setTomorrow('failed'))
  }, [context])

  return (
    <section className="panel review-finished" aria-labelledby="finished-heading">
      <h2 id="finished-heading">You are done for now</h2>
      <p role="status">
        {tomorrow === null
          ? 'Counting tomorrow’s cards…'
          : tomorrow === 'failed'
            ? 'Tomorrow’s cards could not be counted.'
            : tomorrow === 0
              ? 'No reviews are due tomorrow yet; new cards will be waiting.'
              : `${tomorrow} card${tomorrow === 1 ? '' : 's'} will be due tomorrow, plus new cards.`}
      </p>
      <ErrorAlert message={error} />
      <h3>Study more</h3>
      <div className="study-more">
        <button
          type="button"
          className="button"
          onClick={() => {
            addExtraNew(context.day, 10).then(
              () => onStudyMore({}),
              (e: unknown) => setError(`More new cards could not be added: ${describeWriteError(e)}`),
            )
          }}
        >
          10 more new cards today
        </button>
        <button type="button" className="button" onClick={() => onStudyMore({ reviewAheadDays: 3 })}>
          Review ahead: cards due in the next 3 days
        </button>
        <Link href="/stats" className="button button-quiet">
          Pick weak topics in statistics
        </Link>
      </div>
    </section>
  )
}
