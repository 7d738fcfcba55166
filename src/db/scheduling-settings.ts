import { useLiveQuery } from 'dexie-react-hooks'
import type { SchedulingSettings } from '../domain/scheduling/settings'
import { readExtraNew, readSchedulingSettings, type ExtraNewToday } from '../domain/settings/stored-settings'
import { db } from './db'

const key = 'scheduling'

/** The settings as stored, read through their schema: a bad or missing field takes its default. */
export async function getSchedulingSettings(): Promise<SchedulingSettings> {
  return readSchedulingSettings((await db.settings.get(key))?.value)
}

export async function saveSchedulingSettings(settings: SchedulingSettings): Promise<void> {
  await db.settings.put({ key, value: settings })
}

export function useSchedulingSettings(): SchedulingSettings | undefined {
  return useLiveQuery(getSchedulingSettings, [])
}

export async function getExtraNew(day: number): Promise<number> {
  return readExtraNew((await db.settings.get('extraNew'))?.value, day)
}

export async function addExtraNew(day: number, more: number): Promise<void> {
  const current = await getExtraNew(day)
  await db.settings.put({ key: 'extraNew', value: { day, extra: current + more } satisfies ExtraNewToday })
}
