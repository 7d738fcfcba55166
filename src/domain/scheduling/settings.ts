/** The user's scheduling settings, with Anki's defaults. */
export type StepUnitString = `${number}${'m' | 'h' | 'd'}`

export interface SchedulingSettings {
  /** Probability of recall FSRS aims for at the due date (0.7–0.99). */
  desiredRetention: number
  maximumIntervalDays: number
  learningSteps: StepUnitString[]
  relearningSteps: StepUnitString[]
  newPerDay: number
  reviewsPerDay: number
  /** Local hour a new study day starts. */
  rolloverHour: number
  /** Lapses after which a card is a leech. */
  leechThreshold: number
  leechAction: 'suspend' | 'tag'
  fuzz: boolean
  /** Learning cards due within this many minutes may be shown early when nothing else is left. */
  learnAheadMinutes: number
}

/** FSRS-6 has 21 parameters (ts-fsrs 5, fsrs-rs 5). */
export const fsrsParameterCount = 21

/**
 * The widest range ts-fsrs clips each FSRS-6 parameter to (its
 * `CLAMP_PARAMETERS(2, true)`; a test keeps them equal). Written out so the
 * settings' read path, on every screen, does not load ts-fsrs.
 */
export const fsrsParameterRanges: readonly (readonly [number, number])[] = [
  [0.001, 100],
  [0.001, 100],
  [0.001, 100],
  [0.001, 100],
  [1, 10],
  [0.001, 4],
  [0.001, 4],
  [0.001, 0.75],
  [0, 4.5],
  [0, 0.8],
  [0.001, 3.5],
  [0.001, 5],
  [0.001, 0.25],
  [0.001, 0.9],
  [0, 4],
  [0, 1],
  [1, 6],
  [0, 2],
  [0, 2],
  [0.01, 0.8],
  [0.1, 0.8],
]

/**
 * The FSRS parameters a scheduler runs with: fitted to the user's reviews
 * (the `fsrsParameters` setting), or null for ts-fsrs's defaults.
 */
export interface FsrsWeights {
  w: readonly number[] | null
}

export const defaultSchedulingSettings: SchedulingSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  newPerDay: 20,
  reviewsPerDay: 200,
  rolloverHour: 4,
  leechThreshold: 8,
  leechAction: 'suspend',
  fuzz: true,
  learnAheadMinutes: 20,
}

/** One learning step: a number of minutes, hours or days (`1m`, `10m`, `1d`). */
export const stepPattern = /^\d+(\.\d+)?[mhd]$/

/** Reads a step list like "1m 10m 1d"; `null` if any step is malformed. */
export function parseSteps(text: string): StepUnitString[] | null {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '')
  return parts.every((p) => stepPattern.test(p)) ? (parts as StepUnitString[]) : null
}
