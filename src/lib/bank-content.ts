/** Loads bank items one at a time: each item's summary and rendered body is a chunk of its own, cached. */
import { itemLoaders } from 'virtual:bank/bodies'
import type { ItemBody, ItemSummary } from '../domain/content/item'

export interface LoadedItem {
  summary: ItemSummary
  body: ItemBody
}

const cache = new Map<string, Promise<LoadedItem | undefined>>()

/** An item's summary and body; undefined for an id the bank does not have. A failed load is not cached. */
export function loadItem(id: string): Promise<LoadedItem | undefined> {
  let pending = cache.get(id)
  if (!pending) {
    const loader = Object.hasOwn(itemLoaders, id) ? itemLoaders[id] : undefined
    pending = loader ? loader().then((m) => m.default) : Promise.resolve(undefined)
    pending.catch(() => cache.delete(id))
    cache.set(id, pending)
  }
  return pending
}

export async function loadItemBody(id: string): Promise<ItemBody | undefined> {
  return (await loadItem(id))?.body
}
