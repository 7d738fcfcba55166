/**
 * What a review card shows: a bank item's rendered body, or a user card's
 * sanitized Markdown. Cached and prefetched, so the next card can show
 * without waiting for a chunk or the Markdown renderer.
 */
import { db } from '../../db/db'
import type { ItemBody, ItemSummary } from '../../domain/content/item'
import type { CardRecord } from '../../domain/scheduling/card'
import { loadItem } from '../../lib/bank-content'
import { loadUserMarkdown } from '../../lib/user-markdown'

export type CardContent =
  | { kind: 'bank'; summary: ItemSummary; body: ItemBody }
  | { kind: 'user'; frontHtml: string; backHtml: string }
  | { kind: 'missing'; reason: string }

const cache = new Map<string, Promise<CardContent>>()

async function fetchContent(card: CardRecord): Promise<CardContent> {
  if (card.source === 'bank') {
    // One small chunk per item: its summary (for the badges) and its rendered body.
    const item = await loadItem(card.id)
    return item
      ? { kind: 'bank', summary: item.summary, body: item.body }
      : { kind: 'missing', reason: 'This question is no longer in the bank.' }
  }
  const [stored, render] = await Promise.all([db.userCards.get(card.id), loadUserMarkdown()])
  if (!stored) return { kind: 'missing', reason: 'This card’s content was deleted.' }
  return {
    kind: 'user',
    frontHtml: render(stored.front, stored.format),
    backHtml: render(stored.back, stored.format),
  }
}

export function loadCardContent(card: CardRecord): Promise<CardContent> {
  let pending = cache.get(card.id)
  if (!pending) {
    pending = fetchContent(card)
    pending.catch(() => cache.delete(card.id))
    cache.set(card.id, pending)
  }
  return pending
}

/**
 * Drops cached user and imported cards at the start of a session: they can
 * be edited in the card browser meanwhile. Bank content never changes.
 */
export function forgetUserCardContent(): void {
  for (const id of cache.keys()) if (id.startsWith('user:') || id.startsWith('import:')) cache.delete(id)
}
