import { useLiveQuery } from 'dexie-react-hooks'
import { defaultSchedulingSettings, type SchedulingSettings } from '../domain/scheduling/settings'
import { db } from './db'

const key = 'scheduling'

export async function getSchedulingSettings(): Promise<SchedulingSettings> {
  const stored = (await db.settings.get(key))?.value as Partial<SchedulingSettings> | undefined
  return { ...defaultSchedulingSettings, ...stored }
}

export async function saveSchedulingSettings(settings: SchedulingSettings): Promise<void> {
  await db.settings.put({ key, value: settings })
}

export function useSchedulingSettings(): SchedulingSettings | undefined {
  return useLiveQuery(getSchedulingSettings, [])
}

/** "Study more": extra new cards allowed on one study day. */
export interface ExtraNewToday {
  day: number
  extra: number
}

export async function getExtraNew(day: number): Promise<number> {
  const value = (await db.settings.get('extraNew'))?.value as ExtraNewToday | undefined
  return value?.day === day ? value.extra : 0
}

export async function addExtraNew(day: number, more: number): Promise<void> {
  const current = await getExtraNew(day)
  await db.settings.put({ key: 'extraNew', value: { day, extra: current + more } satisfies ExtraNewToday })
}
