import { newCardRecord, type CardRecord } from '../../../src/domain/scheduling/card'

export const t0 = Date.parse('2026-04-12T08:00:00Z')
export const minute = 60_000
export const day = 86_400_000

/** A card in a given state; defaults to a new bank card at position 0. */
export function card(id: string, over: Partial<CardRecord> = {}): CardRecord {
  return {
    ...newCardRecord({ id, deckId: 'topic:http', topic: 'http', source: 'bank', position: 0 }, t0 - 30 * day),
    ...over,
  }
}
