/** Loads the rendered bodies of bank items, one topic chunk at a time, cached. */
import { topicLoaders } from 'virtual:bank/bodies'
import type { ItemBody } from '../domain/content/item'
import type { TopicId } from '../domain/content/topics'

const cache = new Map<TopicId, Promise<Record<string, ItemBody>>>()

export function loadTopicBodies(topic: TopicId): Promise<Record<string, ItemBody>> {
  let pending = cache.get(topic)
  if (!pending) {
    pending = topicLoaders[topic]().then((m) => m.default)
    pending.catch(() => cache.delete(topic))
    cache.set(topic, pending)
  }
  return pending
}

export async function loadItemBody(topic: TopicId, id: string): Promise<ItemBody | undefined> {
  return (await loadTopicBodies(topic))[id]
}
