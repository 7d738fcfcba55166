/**
 * What a review card shows: a bank item's rendered body, or a user card's
 * sanitized Markdown. Cached and prefetched, so the next card can show
 * without waiting for a chunk or the Markdown renderer.
 */
import { db, type UserCard } from '../../db/db'
import type { ItemBody, ItemSummary } from '../../domain/content/item'
import type { CardRecord } from '../../domain/scheduling/card'
import { loadItem } from '../../lib/bank-content'
import { now } from '../../lib/clock'
import { loadUserMarkdown } from '../../lib/user-markdown'

export type CardContent =
  | { kind: 'bank'; summary: ItemSummary; body: ItemBody }
  | { kind: 'user'; frontHtml: string; backHtml: string }
  | { kind: 'missing'; reason: string }

const cache = new Map<string, Promise<CardContent>>()

type StoredUserCard = Pick<UserCard, 'front' | 'back' | 'format'>

/**
 * User cards' rows read by the page's head script (db/early-reads), each taken once, and only
 * while as fresh as the queue they were read with: later, a card may have been edited.
 */
const early = new Map<string, StoredUserCard>()
let primedAt = 0
const primedMaxAgeMs = 5_000

/**
 * Hands over the user-card rows the page's head script read with the queue, so that a cold load's
 * first card shows without waiting for Dexie to open. Rows that do not have a card's shape are
 * left out (read as usual).
 */
export function primeUserCardContent(rows: readonly unknown[], at: number = now()): void {
  early.clear()
  primedAt = at
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue
    const { id, front, back, format } = row as Record<string, unknown>
    if (typeof id !== 'string' || typeof front !== 'string' || typeof back !== 'string') continue
    if (format !== undefined && format !== 'markdown' && format !== 'html') continue
    early.set(id, { front, back, format })
  }
}

async function storedUserCard(id: string): Promise<StoredUserCard | undefined> {
  if (now() - primedAt > primedMaxAgeMs) early.clear()
  const primed = early.get(id)
  if (primed) {
    early.delete(id)
    return primed
  }
  return db.userCards.get(id)
}

async function fetchContent(card: CardRecord): Promise<CardContent> {
  if (card.source === 'bank') {
    // One small chunk per item: its summary (for the badges) and its rendered body.
    const item = await loadItem(card.id)
    return item
      ? { kind: 'bank', summary: item.summary, body: item.body }
      : { kind: 'missing', reason: 'This question is no longer in the bank.' }
  }
  const [stored, render] = await Promise.all([storedUserCard(card.id), loadUserMarkdown()])
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
 * be edited in the card browser meanwhile. Bank content never changes. The
 * rows primed for this session (read with its queue) stay.
 */
export function forgetUserCardContent(): void {
  for (const id of cache.keys()) if (id.startsWith('user:') || id.startsWith('import:')) cache.delete(id)
}
