/**
 * FSRS parameters fitted to the user's reviews: stored as the
 * `fsrsParameters` setting (so a backup carries them), read through its
 * schema, and removed to go back to the defaults.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import type { ReviewLogRecord } from '../domain/scheduling/card'
import { readFsrsParameters, type FittedFsrsParameters } from '../domain/settings/stored-settings'
import { db } from './db'
import { fsrsParametersKey } from './scheduling-settings'

export async function getFittedParameters(): Promise<FittedFsrsParameters | null> {
  return readFsrsParameters((await db.settings.get(fsrsParametersKey))?.value)
}

export function useFittedParameters(): FittedFsrsParameters | null | undefined {
  return useLiveQuery(getFittedParameters, [])
}

export async function saveFittedParameters(fitted: FittedFsrsParameters): Promise<void> {
  await db.settings.put({ key: fsrsParametersKey, value: fitted })
}

/** Back to ts-fsrs's default parameters. */
export async function clearFittedParameters(): Promise<void> {
  await db.settings.delete(fsrsParametersKey)
}

/** Every review ever logged (the optimizer's input). */
export function getReviewLog(): Promise<ReviewLogRecord[]> {
  return db.reviewLogs.toArray()
}
