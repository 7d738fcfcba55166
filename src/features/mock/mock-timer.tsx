import { useEffect } from 'react'
import { formatClock, isExpired, remainingMs, timeWarning, type MockSession } from '../../domain/mock/session'
import { useNow } from '../../lib/use-now'

/**
 * The countdown, always in view (amber at five minutes, red at one, each
 * with an alert), and the call to submit at zero. The only part of a running
 * mock that re-renders as the clock ticks.
 */
export function MockTimer({ mock, onExpire }: { mock: MockSession; onExpire: () => void }) {
  const time = useNow(250, mock.status === 'running')
  const expired = isExpired(mock, time)
  useEffect(() => {
    if (expired) onExpire()
  }, [expired, onExpire])
  const paused = mock.status === 'paused'
  const warning = timeWarning(mock, time)
  return (
    <>
      <div className={`mock-timer mock-timer-${warning}${paused ? ' mock-timer-paused' : ''}`}>
        <span className="mock-timer-label">{paused ? 'Paused' : 'Time left'}</span>
        <span role="timer" aria-label="Time left" className="mock-timer-clock">
          {formatClock(remainingMs(mock, time))}
        </span>
      </div>
      {warning !== 'none' && !paused ? (
        <p className="mock-warning" role="alert">
          {warning === 'one-minute'
            ? 'Under a minute left. The mock submits itself at 0:00 with everything you have written.'
            : 'Under five minutes left.'}
        </p>
      ) : null}
    </>
  )
}
