import { useLiveQuery } from 'dexie-react-hooks'
import { now } from '../lib/clock'
import { db } from './db'

/**
 * Saves a personal note as it was at `at` (the time of the change); an empty
 * note is deleted. A note saved from a later change (another tab) is kept.
 */
export async function saveNote(itemId: string, text: string, at: number = now()): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(itemId)
    if (stored && stored.updatedAt > at) return
    if (text.trim() === '') await db.notes.delete(itemId)
    else await db.notes.put({ itemId, text, updatedAt: at })
  })
}

/** The note of an item: `undefined` while loading, `''` when there is none. */
export function useNote(itemId: string): string | undefined {
  return useLiveQuery(async () => (await db.notes.get(itemId))?.text ?? '', [itemId])
}
