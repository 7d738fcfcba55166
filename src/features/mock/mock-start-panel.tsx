import { useMemo, useState } from 'react'
import { useLocation } from 'wouter'
import { ErrorAlert } from '../../components/error-alert'
import { topics, type TopicId } from '../../domain/content/topics'
import {
  customKinds,
  customLimits,
  customPlan,
  mockItemKindLabels,
  mockPresets,
  presetPlan,
  type MockItemKind,
  type MockPlan,
} from '../../domain/mock/formats'
import type { MockMode } from '../../domain/mock/session'
import { beginMock, newSeed, poolSize } from './start-mock'
import { describeError } from '../../domain/validation/describe-error'

const presetFormats = ['quiz', 'coding', 'sql', 'design'] as const

/** The formats to start, with the options every mock shares (mode, review, seed) and a custom form. */
export function MockStartPanel({ blocked }: { blocked: boolean }) {
  const [, navigate] = useLocation()
  const [mode, setMode] = useState<MockMode>('exam')
  const [missedToReview, setMissedToReview] = useState(true)
  const [seed, setSeed] = useState(newSeed)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const start = (plan: MockPlan) => {
    if (busy || blocked) return
    setBusy(true)
    setError(null)
    beginMock({ plan, mode, seed: seed.trim() || newSeed(), missedToReview }).then(
      (id) => navigate(`/mock/${id}`),
      (e: unknown) => {
        setBusy(false)
        setError(describeError(e))
      },
    )
  }

  return (
    <section className="mock-start" aria-labelledby="start-heading">
      <h2 id="start-heading">Start a mock</h2>
      {blocked ? (
        <p className="muted">Finish or submit the mock in progress before you start another.</p>
      ) : null}
      <div className="mock-options panel">
        <fieldset className="mock-mode">
          <legend>Mode</legend>
          <label>
            <input type="radio" name="mock-mode" checked={mode === 'exam'} onChange={() => setMode('exam')} />{' '}
            Exam: the clock never stops
          </label>
          <label>
            <input
              type="radio"
              name="mock-mode"
              checked={mode === 'practice'}
              onChange={() => setMode('practice')}
            />{' '}
            Practice: you may pause
          </label>
        </fieldset>
        <label className="mock-check">
          <input
            type="checkbox"
            checked={missedToReview}
            onChange={(e) => setMissedToReview(e.target.checked)}
          />{' '}
          Send what I miss to review, due today
        </label>
        <div className="field mock-seed">
          <label htmlFor="mock-seed">Seed</label>
          <input id="mock-seed" value={seed} onChange={(e) => setSeed(e.target.value)} spellCheck={false} />
          <p className="field-hint">
            The same seed draws the same questions while your progress is unchanged.
          </p>
        </div>
      </div>
      <ul className="mock-formats">
        {presetFormats.map((format) => {
          const p = mockPresets[format]
          return (
            <li key={format} className="panel mock-format">
              <h3>{p.label}</h3>
              <p className="muted">{p.description}</p>
              <p className="mock-format-size">
                {p.minutes} minutes · {p.items} {p.items === 1 ? 'prompt' : 'items'}
              </p>
              <button
                type="button"
                className="button button-primary"
                disabled={busy || blocked}
                onClick={() => start(presetPlan(format))}
                aria-label={`Start a ${p.label.toLowerCase()}`}
              >
                Start
              </button>
            </li>
          )
        })}
      </ul>
      <CustomForm disabled={busy || blocked} onStart={start} />
      <ErrorAlert message={error} />
    </section>
  )
}

function CustomForm({ disabled, onStart }: { disabled: boolean; onStart: (plan: MockPlan) => void }) {
  const [chosenTopics, setChosenTopics] = useState<TopicId[]>([])
  const [kinds, setKinds] = useState<MockItemKind[]>(['mcq', 'card'])
  const [items, setItems] = useState('10')
  const [minutes, setMinutes] = useState('15')
  const [problem, setProblem] = useState<string | null>(null)
  const pool = useMemo(() => poolSize({ kinds, topics: chosenTopics }), [kinds, chosenTopics])
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value]

  return (
    <form
      className="panel mock-custom"
      aria-labelledby="custom-heading"
      onSubmit={(e) => {
        e.preventDefault()
        const plan = customPlan({
          minutes: Number(minutes),
          items: Number(items),
          kinds,
          topics: chosenTopics,
        })
        if ('error' in plan) return setProblem(plan.error)
        if (pool === 0) return setProblem('The bank has no items of those kinds in those topics.')
        setProblem(null)
        onStart(plan)
      }}
    >
      <h3 id="custom-heading">Custom mock</h3>
      <fieldset className="filter-group">
        <legend>Topics (none chosen: all)</legend>
        <div className="chips">
          {topics.map((t) => (
            <label key={t.id} className={`chip${chosenTopics.includes(t.id) ? ' chip-on' : ''}`}>
              <input
                type="checkbox"
                checked={chosenTopics.includes(t.id)}
                onChange={() => setChosenTopics((l) => toggle(l, t.id))}
              />
              <span>{t.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Kinds of question</legend>
        <div className="chips">
          {customKinds.map((k) => (
            <label key={k} className={`chip${kinds.includes(k) ? ' chip-on' : ''}`}>
              <input
                type="checkbox"
                checked={kinds.includes(k)}
                onChange={() => setKinds((l) => toggle(l, k))}
              />
              <span>{mockItemKindLabels[k]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mock-custom-numbers">
        <NumberField
          id="custom-items"
          label="Number of items"
          min={customLimits.minItems}
          max={customLimits.maxItems}
          value={items}
          onChange={setItems}
        />
        <NumberField
          id="custom-minutes"
          label="Duration in minutes"
          min={customLimits.minMinutes}
          max={customLimits.maxMinutes}
          value={minutes}
          onChange={setMinutes}
        />
      </div>
      <p className="muted" aria-live="polite">
        {pool} {pool === 1 ? 'item' : 'items'} to draw from
        {Number(items) > pool && pool > 0 ? `: the mock will have ${pool}` : ''}.
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={disabled}>
          Start the custom mock
        </button>
      </div>
    </form>
  )
}

function NumberField(props: {
  id: string
  label: string
  min: number
  max: number
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}
