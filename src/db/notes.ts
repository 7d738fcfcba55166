import { useLiveQuery } from 'dexie-react-hooks'
import { now } from '../lib/clock'
import { db } from './db'

/** Saves a personal note; an empty note is deleted. */
export async function saveNote(itemId: string, text: string): Promise<void> {
  if (text.trim() === '') await db.notes.delete(itemId)
  else await db.notes.put({ itemId, text, updatedAt: now() })
}

/** The note of an item: `undefined` while loading, `''` when there is none. */
export function useNote(itemId: string): string | undefined {
  return useLiveQuery(async () => (await db.notes.get(itemId))?.text ?? '', [itemId])
}
