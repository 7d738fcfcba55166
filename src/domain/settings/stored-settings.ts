/**
 * The settings table's rows, one schema per key: the one place that says what
 * a stored setting may hold. A backup whose setting breaks its schema is
 * refused, naming the key and the reason; a bad or missing value read from the
 * database falls back to its default, field by field, so no screen ever meets
 * a value it cannot use. The read path is on every screen that schedules cards,
 * the first one included, so the checks are the app's own small ones
 * (validation/checks), not a validation library.
 */
import { array, boolean, int, number, object, oneOf, string, type Check } from '../validation/checks.ts'
import { describeValue, formatPath } from '../validation/plain-errors.ts'
import {
  defaultSchedulingSettings,
  fsrsParameterCount,
  fsrsParameterRanges,
  stepPattern,
  type SchedulingSettings,
} from '../scheduling/settings.ts'
import { studyDayOfDate, type InterviewPlanSetting } from '../scheduling/interview-plan.ts'
import { topicIds } from '../content/topics.ts'

/** Inclusive ranges of the numeric scheduling settings: the form and storage use the same. */
export const schedulingLimits = {
  desiredRetention: [0.7, 0.99],
  maximumIntervalDays: [1, 36500],
  newPerDay: [0, 9999],
  reviewsPerDay: [0, 99999],
  rolloverHour: [0, 23],
  leechThreshold: [1, 99],
  learnAheadMinutes: [0, 240],
} as const satisfies Partial<Record<keyof SchedulingSettings, readonly [number, number]>>

const between = ([min, max]: readonly [number, number]) => number(min, max)
const intBetween = ([min, max]: readonly [number, number]) => int(min, max)
const steps = array(
  string(
    (s) => stepPattern.test(s),
    (s) => `must be a step like '1m', '10m' or '1d', not ${describeValue(s)}`,
  ),
)

const schedulingFields = {
  desiredRetention: between(schedulingLimits.desiredRetention),
  maximumIntervalDays: intBetween(schedulingLimits.maximumIntervalDays),
  learningSteps: steps,
  relearningSteps: steps,
  newPerDay: intBetween(schedulingLimits.newPerDay),
  reviewsPerDay: intBetween(schedulingLimits.reviewsPerDay),
  rolloverHour: intBetween(schedulingLimits.rolloverHour),
  leechThreshold: intBetween(schedulingLimits.leechThreshold),
  leechAction: oneOf(['suspend', 'tag'] as const),
  fuzz: boolean,
  learnAheadMinutes: intBetween(schedulingLimits.learnAheadMinutes),
} satisfies Record<keyof SchedulingSettings, Check<unknown>>

/** "Study more": extra new cards allowed on one study day. */
export interface ExtraNewToday {
  day: number
  extra: number
}

const interviewPlan = object({
  date: string(
    (v) => studyDayOfDate(v) !== null,
    (v) => `must be a date written as 'YYYY-MM-DD', not ${describeValue(v)}`,
  ),
  topics: array(oneOf(topicIds)),
})

/** FSRS parameters fitted to the user's reviews, and how they compared with the defaults on those reviews. */
export interface FittedFsrsParameters {
  /** The 21 FSRS-6 parameters, within the ranges ts-fsrs accepts. */
  w: number[]
  fittedAt: number
  /** Reviews they were fitted on. */
  reviews: number
  logLoss: { default: number; fitted: number }
  rmse: { default: number; fitted: number }
}

const withinRanges = (w: readonly number[]) =>
  w.every((x, i) => {
    const [min = Number.NaN, max = Number.NaN] = fsrsParameterRanges[i] ?? []
    return x >= min && x <= max
  })

const metric = object({ default: number(0), fitted: number(0) })

const fsrsParametersSchema = object({
  w: array(number(), (w) =>
    w.length !== fsrsParameterCount
      ? `must be a list of ${fsrsParameterCount} numbers (FSRS-6)`
      : withinRanges(w)
        ? null
        : "has a parameter outside FSRS-6's range",
  ),
  fittedAt: number(),
  reviews: int(0),
  logLoss: metric,
  rmse: metric,
})

/**
 * Every setting key and what its value may be. A key that is missing here is
 * not a setting this version knows. (Scheduling may lack fields a later version
 * added, or an earlier one did not have: they take their defaults.)
 */
export const settingSchemas = {
  scheduling: object(schedulingFields, { partial: true }),
  extraNew: object({ day: int(), extra: int(0) }),
  lastBackupAt: number(),
  backupReminderDismissedAt: number(),
  interviewPlan,
  fsrsParameters: fsrsParametersSchema,
  /** Not a preference: which bank card ids last had rows on this device (db/cards.ts). */
  bankCardsPresent: string(),
} satisfies Record<string, Check<unknown>>

export type SettingKey = keyof typeof settingSchemas

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingSchemas, key)

/** Why a stored value is not a valid `key` setting, in words (`learningSteps: must be a list, not '1m 10m'`); null when it is. */
export function settingProblem(key: string, value: unknown): string | null {
  if (!isSettingKey(key)) return `not a setting this version of Backprep knows`
  const checked = settingSchemas[key](value)
  return checked.ok ? null : `${formatPath(checked.path, 'value')}: ${checked.message}`
}

/** The scheduling settings from a stored value: each field that is missing or bad takes its default. */
export function readSchedulingSettings(stored: unknown): SchedulingSettings {
  const out: Record<string, unknown> = { ...defaultSchedulingSettings }
  if (typeof stored !== 'object' || stored === null) return defaultSchedulingSettings
  for (const [field, check] of Object.entries(schedulingFields)) {
    const checked = (check as Check<unknown>)((stored as Record<string, unknown>)[field])
    if (checked.ok) out[field] = checked.value
  }
  return out as unknown as SchedulingSettings
}

/** The interview plan from a stored value; none when it is missing or unusable. */
export function readInterviewPlan(stored: unknown): InterviewPlanSetting | null {
  const checked = interviewPlan(stored)
  return checked.ok ? checked.value : null
}

/** The extra new cards for `day` from a stored value; anything unusable counts as none. */
export function readExtraNew(stored: unknown, day: number): number {
  const checked = settingSchemas.extraNew(stored)
  return checked.ok && checked.value.day === day ? checked.value.extra : 0
}

/** Fitted FSRS parameters from a stored value; null (use the defaults) when it is missing or not valid. */
export function readFsrsParameters(stored: unknown): FittedFsrsParameters | null {
  const checked = fsrsParametersSchema(stored)
  return checked.ok ? checked.value : null
}
