import { formatClock, type TimeWarning } from '../../domain/mock/session'

/** The countdown, always in view; amber at five minutes, red at one. */
export function MockTimer({
  left,
  warning,
  paused,
}: {
  left: number
  warning: TimeWarning
  paused: boolean
}) {
  return (
    <div className={`mock-timer mock-timer-${warning}${paused ? ' mock-timer-paused' : ''}`}>
      <span className="mock-timer-label">{paused ? 'Paused' : 'Time left'}</span>
      <span role="timer" aria-label="Time left" className="mock-timer-clock">
        {formatClock(left)}
      </span>
    </div>
  )
}
