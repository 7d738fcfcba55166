/**
 * The card browser's rows: each card with the title, deck name and search
 * text it is listed and found by. Built once per read of the database, so
 * filtering and searching 10,000 cards is plain array work.
 */
import type { Deck, UserCard } from '../../db/db'
import { topicLabel } from '../../domain/content/topics'
import { myDeckId, type CardRecord } from '../../domain/scheduling/card'

export interface BrowserRow {
  card: CardRecord
  title: string
  deckName: string
  /** Lower-case title, plus the front and back of a user card: what a search matches. */
  text: string
}

/**
 * A plain-text title from Markdown: its first non-empty line without heading,
 * quote and list markers, emphasis, code ticks or link syntax.
 */
export function markdownTitle(markdown: string, maxLength = 120): string {
  const line = markdown.split('\n').find((l) => l.trim() !== '') ?? ''
  const text = line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)/, '')
    .replace(/(\*\*|__|~~|`|\*)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

/** The name of a deck: a topic's label, "My cards", or an imported deck's stored name. */
export function deckName(deckId: string, decks: ReadonlyMap<string, Deck>): string {
  const stored = decks.get(deckId)
  if (stored) return stored.name
  if (deckId === myDeckId) return 'My cards'
  if (deckId.startsWith('topic:')) return topicLabel(deckId.slice('topic:'.length))
  return deckId
}

/**
 * One row per card. Bank cards take their title from the bank's summaries,
 * user cards from the first line of their front; a card whose content is
 * missing is still listed, under its id.
 */
export function buildBrowserRows(
  cards: readonly CardRecord[],
  bankTitles: ReadonlyMap<string, string>,
  userCards: ReadonlyMap<string, UserCard>,
  decks: readonly Deck[],
): BrowserRow[] {
  const deckById = new Map(decks.map((d) => [d.id, d]))
  const names = new Map<string, string>()
  return cards.map((card) => {
    let name = names.get(card.deckId)
    if (name === undefined) {
      name = deckName(card.deckId, deckById)
      names.set(card.deckId, name)
    }
    const own = userCards.get(card.id)
    const title = own ? markdownTitle(own.front) || card.id : (bankTitles.get(card.id) ?? card.id)
    const text = own ? `${title}\n${own.front}\n${own.back}\n${own.tags.join(' ')}` : title
    return { card, title, deckName: name, text: text.toLowerCase() }
  })
}
