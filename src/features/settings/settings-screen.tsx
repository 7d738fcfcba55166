import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import { saveSchedulingSettings, useSchedulingSettings } from '../../db/scheduling-settings'
import { defaultSchedulingSettings } from '../../domain/scheduling/settings'
import { retentionChoices } from '../../domain/scheduling/workload'
import { useDocumentTitle } from '../../lib/use-document-title'
import { InterviewPlanPanel } from './interview-plan-panel'
import { FsrsParametersPanel } from './fsrs-parameters-panel'
import { ResetPanel } from './reset-panel'
import { RetentionChoice } from './retention-choice'
import { StoragePanel } from './storage-panel'
import { fromForm, toForm, type FormErrors, type SettingsForm } from './settings-form'
import { useRetentionWorkloads } from './use-retention-workloads'
import './settings.css'
import { describeError } from '../../domain/validation/describe-error'

export function SettingsScreen() {
  useDocumentTitle('Settings')
  const stored = useSchedulingSettings()
  // The retentions offered: the usual choices, and the stored one if it is another.
  const retentions = useMemo(
    () =>
      stored && !retentionChoices.includes(stored.desiredRetention)
        ? [...retentionChoices, stored.desiredRetention].sort((a, b) => a - b)
        : retentionChoices,
    [stored],
  )
  const workloads = useRetentionWorkloads(stored, retentions)
  return (
    <div className="settings">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="muted">How flashcards are scheduled. Changes apply from the next card you review.</p>
        <p>
          <Link href="/data">Back up, restore or import your data →</Link>
        </p>
      </header>
      <InterviewPlanPanel />
      {stored ? (
        <SchedulingForm
          key={JSON.stringify(toForm(stored))}
          initial={toForm(stored)}
          retentions={retentions}
          workloads={workloads}
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
      <FsrsParametersPanel />
      <StoragePanel />
      <ResetPanel />
    </div>
  )
}

type TextKey = Exclude<keyof SettingsForm, 'leechAction' | 'fuzz' | 'desiredRetention'>

const fields: { key: TextKey; label: string; hint: string; inputMode?: 'numeric' | 'decimal' }[] = [
  {
    key: 'newPerDay',
    label: 'New cards per day',
    hint: 'Cards seen for the first time each day.',
    inputMode: 'numeric',
  },
  {
    key: 'reviewsPerDay',
    label: 'Maximum reviews per day',
    hint: 'Reviews beyond this wait for the next day.',
    inputMode: 'numeric',
  },
  {
    key: 'learningSteps',
    label: 'Learning steps',
    hint: 'Short intervals for a new card before it graduates, e.g. "1m 10m".',
  },
  {
    key: 'relearningSteps',
    label: 'Relearning steps',
    hint: 'Short intervals after you forget a card, e.g. "10m".',
  },
  {
    key: 'maximumIntervalDays',
    label: 'Maximum interval (days)',
    hint: 'No card waits longer than this.',
    inputMode: 'numeric',
  },
  {
    key: 'rolloverHour',
    label: 'Next day starts at (hour, 0–23)',
    hint: 'Reviews before this hour count for the previous day, as in Anki.',
    inputMode: 'numeric',
  },
  {
    key: 'leechThreshold',
    label: 'Leech threshold (lapses)',
    hint: 'A card forgotten this many times is a leech.',
    inputMode: 'numeric',
  },
  {
    key: 'learnAheadMinutes',
    label: 'Learn ahead limit (minutes)',
    hint: 'When nothing else is left, learning cards due within this time are shown early.',
    inputMode: 'numeric',
  },
]

function SchedulingForm({
  initial,
  retentions,
  workloads,
}: {
  initial: SettingsForm
  retentions: readonly number[]
  workloads: Map<number, number> | undefined
}) {
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<FormErrors>({})
  const [status, setStatus] = useState('')
  const set = (patch: Partial<SettingsForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setStatus('')
  }

  const submit = async () => {
    const result = fromForm(form)
    if ('errors' in result) {
      setErrors(result.errors)
      setStatus('Not saved: fix the fields marked below.')
      return
    }
    setErrors({})
    try {
      await saveSchedulingSettings(result.settings)
      setStatus('Saved.')
    } catch (error) {
      setStatus(`Not saved: ${describeError(error)}`)
    }
  }

  return (
    <form
      className="panel settings-form"
      aria-label="Scheduling"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <RetentionChoice
        value={form.desiredRetention}
        options={retentions}
        workloads={workloads}
        onChange={(desiredRetention) => set({ desiredRetention })}
      />
      {errors.desiredRetention ? <p className="field-error">{errors.desiredRetention}</p> : null}
      {fields.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`setting-${f.key}`}>{f.label}</label>
          <input
            id={`setting-${f.key}`}
            value={form[f.key]}
            inputMode={f.inputMode}
            aria-invalid={errors[f.key] ? true : undefined}
            aria-describedby={`setting-${f.key}-hint${errors[f.key] ? ` setting-${f.key}-error` : ''}`}
            onChange={(e) => set({ [f.key]: e.target.value })}
          />
          <p id={`setting-${f.key}-hint`} className="field-hint">
            {f.hint}
          </p>
          {errors[f.key] ? (
            <p id={`setting-${f.key}-error`} className="field-error">
              {errors[f.key]}
            </p>
          ) : null}
        </div>
      ))}
      <div className="field">
        <label htmlFor="setting-leechAction">When a card becomes a leech</label>
        <select
          id="setting-leechAction"
          value={form.leechAction}
          onChange={(e) => set({ leechAction: e.target.value === 'tag' ? 'tag' : 'suspend' })}
        >
          <option value="suspend">Tag it and suspend it</option>
          <option value="tag">Only tag it</option>
        </select>
      </div>
      <label className="toggle">
        <input type="checkbox" checked={form.fuzz} onChange={(e) => set({ fuzz: e.target.checked })} />
        Spread due dates a little (fuzz), so cards learned together do not stay together
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save settings
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => set(toForm(defaultSchedulingSettings))}
        >
          Restore defaults
        </button>
        <span role="status" className={status.startsWith('Not saved') ? 'field-error' : 'muted'}>
          {status}
        </span>
      </div>
    </form>
  )
}
