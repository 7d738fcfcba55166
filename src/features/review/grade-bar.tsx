import { useMemo } from 'react'
import { grades, type CardRecord, type GradeValue } from '../../domain/scheduling/card'
import { intervalLabel } from '../../domain/scheduling/interval-label'
import type { Scheduler } from '../../domain/scheduling/scheduler'
import { now } from '../../lib/clock'

const names: Record<GradeValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' }

interface Props {
  card: CardRecord
  scheduler: Scheduler
  onGrade: (grade: GradeValue) => void
  disabled: boolean
  /** A grade to point the user to (Again after a wrong mcq pick). */
  suggested: GradeValue | null
}

/** The four grade buttons, each with the interval it would give ("<10m", "3d", "1.2mo"). */
export function GradeBar({ card, scheduler, onGrade, disabled, suggested }: Props) {
  const labels = useMemo(() => {
    const at = now()
    const due = scheduler.preview(card, at)
    return Object.fromEntries(grades.map((g) => [g, intervalLabel(due[g] - at)])) as Record<
      GradeValue,
      string
    >
  }, [card, scheduler])
  return (
    <div className="grade-bar" role="group" aria-label="Grade your answer">
      {grades.map((g) => (
        <button
          key={g}
          type="button"
          className={`grade grade-${names[g].toLowerCase()}${suggested === g ? ' grade-suggested' : ''}`}
          disabled={disabled}
          onClick={() => onGrade(g)}
          aria-label={`${names[g]}, next in ${labels[g]}`}
          aria-keyshortcuts={String(g)}
        >
          <span className="grade-interval">{labels[g]}</span>
          <span className="grade-name">{names[g]}</span>
          <kbd aria-hidden="true">{g}</kbd>
        </button>
      ))}
    </div>
  )
}
