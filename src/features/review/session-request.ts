import { isTopicId, topicLabel, type TopicId } from '../../domain/content/topics'
import type { SessionRequest } from './prepare-session'

/** The session a /review URL asks for: `?topics=http,caching` or `?deck=mine`. */
export function parseSessionRequest(search: string): SessionRequest {
  const params = new URLSearchParams(search)
  const topics = (params.get('topics') ?? '').split(',').filter(isTopicId) as TopicId[]
  const deck = params.get('deck') ?? undefined
  return { ...(topics.length > 0 ? { topics } : {}), ...(deck ? { deck } : {}) }
}

/** What the session covers, in words. */
export function sessionScopeLabel(request: SessionRequest): string {
  if (request.topics) return request.topics.map(topicLabel).join(', ')
  if (request.deck?.startsWith('topic:')) return topicLabel(request.deck.slice('topic:'.length))
  if (request.deck === 'mine') return 'My cards'
  if (request.deck?.startsWith('import:')) return 'Imported deck'
  return 'All decks'
}
