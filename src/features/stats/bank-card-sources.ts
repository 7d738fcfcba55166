import outline from 'virtual:bank/outline'
import type { BankCardSource } from '../../db/cards'

/** The bank's flashcards (cards and multiple-choice items), in bank order, as card rows need them. */
export const bankCardSources: readonly BankCardSource[] = outline.flatMap(([id, topic, type], position) =>
  type === 'card' || type === 'mcq' ? [{ id, topic, position }] : [],
)
