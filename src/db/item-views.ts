import { useLiveQuery } from 'dexie-react-hooks'
import { now } from '../lib/clock'
import { db, type ItemView } from './db'

/** Records that an item page was opened (for "continue" and progress on the home screen). */
export async function recordItemView(itemId: string, title: string, topic: string): Promise<void> {
  const at = now()
  await db.transaction('rw', db.itemViews, async () => {
    const existing = await db.itemViews.get(itemId)
    await db.itemViews.put({
      itemId,
      title,
      topic,
      firstViewedAt: existing?.firstViewedAt ?? at,
      lastViewedAt: at,
      count: (existing?.count ?? 0) + 1,
    })
  })
}

/** Every viewed item, most recent first. */
export function useItemViews(): ItemView[] | undefined {
  return useLiveQuery(() => db.itemViews.orderBy('lastViewedAt').reverse().toArray(), [])
}
