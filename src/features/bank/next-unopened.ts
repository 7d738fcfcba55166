import type { TopicId } from '../../domain/content/topics'

/**
 * The next item the user has not opened, from the bank's outline (id, topic in
 * bank order): in the topic they studied last if it has any left, otherwise
 * the first unopened one.
 */
export function nextUnopened(
  outline: readonly (readonly [string, TopicId, ...unknown[]])[],
  opened: ReadonlySet<string>,
  lastTopic?: TopicId,
): { id: string; topic: TopicId } | undefined {
  let first: { id: string; topic: TopicId } | undefined
  for (const [id, topic] of outline) {
    if (opened.has(id)) continue
    if (topic === lastTopic) return { id, topic }
    first ??= { id, topic }
  }
  return first
}
