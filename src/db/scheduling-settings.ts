import { useLiveQuery } from 'dexie-react-hooks'
import type { FsrsWeights, SchedulingSettings } from '../domain/scheduling/settings'
import {
  readExtraNew,
  readFsrsParameters,
  readSchedulingSettings,
  type ExtraNewToday,
} from '../domain/settings/stored-settings'
import { db } from './db'

const key = 'scheduling'
export const fsrsParametersKey = 'fsrsParameters'
/** The settings row of the day's extra new cards ("study more"). */
export const extraNewKey = 'extraNew'

/** The settings a scheduler needs: the user's scheduling settings and the FSRS parameters in use. */
export type SchedulerSettings = SchedulingSettings & FsrsWeights

/**
 * The settings as stored, read through their schemas: a bad or missing field
 * takes its default, and fitted FSRS parameters that are missing or bad give
 * way to the defaults (`w: null`).
 */
export async function getSchedulingSettings(): Promise<SchedulerSettings> {
  const [scheduling, fitted] = await db.settings.bulkGet([key, fsrsParametersKey])
  return schedulerSettingsFrom(scheduling?.value, fitted?.value)
}

/** The scheduler's settings from the stored values of the two settings rows. */
export function schedulerSettingsFrom(scheduling: unknown, fitted: unknown): SchedulerSettings {
  return { ...readSchedulingSettings(scheduling), w: readFsrsParameters(fitted)?.w ?? null }
}

/** The same, from a snapshot's settings (db/early-reads). */
export const schedulerSettingsOf = (setting: (key: string) => unknown): SchedulerSettings =>
  schedulerSettingsFrom(setting(key), setting(fsrsParametersKey))

/** Stores the scheduling settings (the FSRS parameters are stored on their own, see db/fsrs-parameters). */
export async function saveSchedulingSettings(
  settings: SchedulingSettings & Partial<FsrsWeights>,
): Promise<void> {
  const value: Partial<SchedulingSettings & FsrsWeights> = { ...settings }
  delete value.w
  await db.settings.put({ key, value })
}

export function useSchedulingSettings(): SchedulerSettings | undefined {
  return useLiveQuery(getSchedulingSettings, [])
}

export async function getExtraNew(day: number): Promise<number> {
  return readExtraNew((await db.settings.get(extraNewKey))?.value, day)
}

/** The extra new cards, read now and answered for whichever study day it turns out to be. */
export async function getExtraNewByDay(): Promise<(day: number) => number> {
  const stored = (await db.settings.get(extraNewKey))?.value
  return (day) => readExtraNew(stored, day)
}

export async function addExtraNew(day: number, more: number): Promise<void> {
  const current = await getExtraNew(day)
  await db.settings.put({ key: extraNewKey, value: { day, extra: current + more } satisfies ExtraNewToday })
}
