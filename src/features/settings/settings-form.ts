/** The scheduling settings as form text, and back with a message per bad field. */
import {
  defaultSchedulingSettings,
  parseSteps,
  type SchedulingSettings,
} from '../../domain/scheduling/settings'
import { schedulingLimits } from '../../domain/settings/stored-settings'

export type SettingsForm = Record<
  | 'desiredRetention'
  | 'maximumIntervalDays'
  | 'learningSteps'
  | 'relearningSteps'
  | 'newPerDay'
  | 'reviewsPerDay'
  | 'rolloverHour'
  | 'leechThreshold'
  | 'learnAheadMinutes',
  string
> & { leechAction: SchedulingSettings['leechAction']; fuzz: boolean }

export function toForm(s: SchedulingSettings): SettingsForm {
  return {
    desiredRetention: String(s.desiredRetention),
    maximumIntervalDays: String(s.maximumIntervalDays),
    learningSteps: s.learningSteps.join(' '),
    relearningSteps: s.relearningSteps.join(' '),
    newPerDay: String(s.newPerDay),
    reviewsPerDay: String(s.reviewsPerDay),
    rolloverHour: String(s.rolloverHour),
    leechThreshold: String(s.leechThreshold),
    learnAheadMinutes: String(s.learnAheadMinutes),
    leechAction: s.leechAction,
    fuzz: s.fuzz,
  }
}

export type FormErrors = Partial<Record<keyof SettingsForm, string>>

/** Reads the form; every field that is out of range gets its own message. */
export function fromForm(form: SettingsForm): { settings: SchedulingSettings } | { errors: FormErrors } {
  const errors: FormErrors = {}
  const int = (key: keyof typeof schedulingLimits): number => {
    const [min, max] = schedulingLimits[key]
    const text = String(form[key]).trim()
    const value = Number(text)
    if (text === '' || !Number.isInteger(value) || value < min || value > max) {
      errors[key] = `Enter a whole number from ${min} to ${max}.`
    }
    return value
  }
  const retention = Number(form.desiredRetention)
  const [minRetention, maxRetention] = schedulingLimits.desiredRetention
  if (!(retention >= minRetention && retention <= maxRetention))
    errors.desiredRetention = `Enter a retention from ${minRetention.toFixed(2)} to ${maxRetention.toFixed(2)}.`
  const learningSteps = parseSteps(form.learningSteps)
  if (!learningSteps) errors.learningSteps = 'Use steps like "1m 10m" (m, h or d after each number).'
  const relearningSteps = parseSteps(form.relearningSteps)
  if (!relearningSteps) errors.relearningSteps = 'Use steps like "10m" (m, h or d after each number).'
  const settings: SchedulingSettings = {
    desiredRetention: retention,
    maximumIntervalDays: int('maximumIntervalDays'),
    learningSteps: learningSteps ?? defaultSchedulingSettings.learningSteps,
    relearningSteps: relearningSteps ?? defaultSchedulingSettings.relearningSteps,
    newPerDay: int('newPerDay'),
    reviewsPerDay: int('reviewsPerDay'),
    rolloverHour: int('rolloverHour'),
    leechThreshold: int('leechThreshold'),
    leechAction: form.leechAction,
    fuzz: form.fuzz,
    learnAheadMinutes: int('learnAheadMinutes'),
  }
  return Object.keys(errors).length > 0 ? { errors } : { settings }
}
