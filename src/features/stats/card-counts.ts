import { CardState, type CardRecord } from '../../domain/scheduling/card'

export interface CardCounts {
  total: number
  new: number
  learning: number
  review: number
  relearning: number
  /** The flags below overlap the states above and each other. */
  suspended: number
  buried: number
  leech: number
  flagged: number
}

/**
 * How many cards are in each FSRS state (these add up to the total), and how
 * many carry each queue flag. A card is buried while `buriedUntil` is after `now`.
 */
export function countCards(
  cards: readonly Pick<CardRecord, 'state' | 'suspended' | 'buriedUntil' | 'leech' | 'flagged'>[],
  now: number,
): CardCounts {
  const counts: CardCounts = {
    total: cards.length,
    new: 0,
    learning: 0,
    review: 0,
    relearning: 0,
    suspended: 0,
    buried: 0,
    leech: 0,
    flagged: 0,
  }
  for (const c of cards) {
    if (c.state === CardState.New) counts.new++
    else if (c.state === CardState.Learning) counts.learning++
    else if (c.state === CardState.Review) counts.review++
    else counts.relearning++
    if (c.suspended) counts.suspended++
    if (c.buriedUntil > now) counts.buried++
    if (c.leech) counts.leech++
    if (c.flagged) counts.flagged++
  }
  return counts
}
