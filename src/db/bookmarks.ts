import { liveQuery, type Observable } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { now } from '../lib/clock'
import { db } from './db'

export async function setBookmarked(itemId: string, bookmarked: boolean): Promise<void> {
  if (bookmarked) await db.bookmarks.put({ itemId, createdAt: now() })
  else await db.bookmarks.delete(itemId)
}

export function useIsBookmarked(itemId: string): boolean | undefined {
  return useLiveQuery(async () => (await db.bookmarks.get(itemId)) !== undefined, [itemId])
}

/** The bookmarked ids as an observable, for screens that load the database after their first paint. */
export function observeBookmarkedIds(): Observable<Set<string>> {
  return liveQuery(async () => new Set((await db.bookmarks.toCollection().primaryKeys()) as string[]))
}
