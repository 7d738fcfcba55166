import { useId, useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { removeInterviewPlan, saveInterviewPlan, useInterviewPlan } from '../../db/interview-plan'
import { topics, type TopicId } from '../../domain/content/topics'
import type { InterviewPlanSetting } from '../../domain/scheduling/interview-plan'
import { now } from '../../lib/clock'
import { describeWriteError } from '../../lib/write-error'

/** Today's local date as `YYYY-MM-DD`, for the date field's minimum. */
function localIsoDate(at: number): string {
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The interview date and the topics it covers. With a date, new cards are
 * paced to it, intervals are capped at its eve, and Home and Statistics show
 * the plan; without one, scheduling is Anki's long-run FSRS.
 */
export function InterviewPlanPanel() {
  const stored = useInterviewPlan()
  // What the last save or removal did: kept here, as the form starts over from what is stored.
  const [status, setStatus] = useState('')
  if (stored === undefined) return <section className="panel" aria-busy="true" aria-label="Interview date" />
  return <PlanForm key={stored ? 'set' : 'unset'} stored={stored} status={status} setStatus={setStatus} />
}

function PlanForm({
  stored,
  status,
  setStatus,
}: {
  stored: InterviewPlanSetting | null
  status: string
  setStatus: (status: string) => void
}) {
  const headingId = useId()
  const [date, setDate] = useState(stored?.date ?? '')
  const [chosen, setChosen] = useState<Set<TopicId>>(new Set(stored?.topics ?? []))
  const [error, setError] = useState<string | null>(null)
  const today = localIsoDate(now())

  const save = async () => {
    setError(null)
    if (date === '') {
      setError('Choose the date of your interview.')
      return
    }
    try {
      await saveInterviewPlan({ date, topics: topics.map((t) => t.id).filter((t) => chosen.has(t)) })
      setStatus('Saved: Home and Statistics show the plan.')
    } catch (e) {
      setError(`The plan was not saved: ${describeWriteError(e)}`)
    }
  }
  const remove = async () => {
    setError(null)
    try {
      await removeInterviewPlan()
      setStatus('Removed: scheduling is back to normal FSRS.')
    } catch (e) {
      setError(`The plan was not removed: ${describeWriteError(e)}`)
    }
  }
  const toggle = (id: TopicId) =>
    setChosen((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <form
      id="interview-plan"
      className="panel interview-plan-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h2 id={headingId}>Interview date</h2>
      <p className="muted">
        Backprep paces new cards so every card of the interview’s topics is introduced a few days before it,
        keeps the last days for review, and brings every studied card up once more before the day.
      </p>
      <div className="field">
        <label htmlFor={`${headingId}-date`}>Date of the interview</label>
        <input
          id={`${headingId}-date`}
          type="date"
          min={today}
          value={date}
          onChange={(e) => {
            setDate(e.target.value)
            setStatus('')
          }}
        />
      </div>
      <fieldset className="plan-topics">
        <legend>Topics it covers (none ticked: all of them)</legend>
        <div className="plan-topic-grid">
          {topics.map((t) => (
            <label key={t.id} className="toggle">
              <input type="checkbox" checked={chosen.has(t.id)} onChange={() => toggle(t.id)} /> {t.label}
            </label>
          ))}
        </div>
      </fieldset>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save the plan
        </button>
        {stored ? (
          <button type="button" className="button button-quiet" onClick={() => void remove()}>
            Remove the date
          </button>
        ) : null}
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </form>
  )
}
