/**
 * Filtering, ordering and facet counts of the card browser, in memory. Due
 * dates are judged by study day (the rollover hour, the local time zone),
 * as the review queue judges them. Pure: the clock comes in as a parameter.
 */
import { CardState, type CardRecord } from '../../domain/scheduling/card'
import { startOfStudyDay, studyDayOf, type DayBoundary } from '../../domain/scheduling/study-day'
import type { BrowserRow } from './browser-rows'
import type { CardQuery, DueFilter, SortKey, StateFilter } from './card-query'

export interface FilterClock {
  now: number
  boundary: DayBoundary
  /** The study day `now` falls in. */
  today: number
  startOfToday: number
  startOfTomorrow: number
  /** The end of the seventh study day after today. */
  endOfWeek: number
}

/** The instants the due filters compare against, computed once per filtering. */
export function filterClock(now: number, boundary: DayBoundary): FilterClock {
  const today = studyDayOf(now, boundary)
  return {
    now,
    boundary,
    today,
    startOfToday: startOfStudyDay(today, boundary),
    startOfTomorrow: startOfStudyDay(today + 1, boundary),
    endOfWeek: startOfStudyDay(today + 8, boundary),
  }
}

/**
 * When a studied card is due: before today's study day (`overdue`), during it
 * (`today`), or in the seven study days after it (`week`). New cards have no
 * due date to speak of: `null`.
 */
export function dueBucket(card: CardRecord, clock: FilterClock): DueFilter | null {
  if (card.state === CardState.New) return null
  if (card.due < clock.startOfToday) return 'overdue'
  if (card.due < clock.startOfTomorrow) return 'today'
  if (card.due < clock.endOfWeek) return 'week'
  return null
}

const stateNames = ['new', 'learning', 'review', 'relearning'] as const

/** The state filters a card matches: its FSRS state plus suspended, buried and leech. */
export function cardStates(card: CardRecord, now: number): StateFilter[] {
  const states: StateFilter[] = [stateNames[card.state]]
  if (card.suspended) states.push('suspended')
  if (card.buriedUntil > now) states.push('buried')
  if (card.leech) states.push('leech')
  return states
}

/** Whether a card matches one state filter. */
function hasState(card: CardRecord, state: StateFilter, now: number): boolean {
  switch (state) {
    case 'suspended':
      return card.suspended
    case 'buried':
      return card.buriedUntil > now
    case 'leech':
      return card.leech
    default:
      return stateNames[card.state] === state
  }
}

const searchTerms = (q: string) =>
  q
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '')

function matcher(query: CardQuery, clock: FilterClock): (row: BrowserRow) => boolean {
  const terms = searchTerms(query.q)
  return ({ card, text }) =>
    (query.decks.length === 0 || query.decks.includes(card.deckId)) &&
    (query.topics.length === 0 || (card.topic !== null && query.topics.includes(card.topic))) &&
    (query.states.length === 0 || query.states.some((s) => hasState(card, s, clock.now))) &&
    (query.due.length === 0 || query.due.includes(dueBucket(card, clock) as DueFilter)) &&
    (!query.flagged || card.flagged) &&
    terms.every((t) => text.includes(t))
}

const byId = (a: CardRecord, b: CardRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const byPosition = (a: CardRecord, b: CardRecord) => a.position - b.position || byId(a, b)
const isNew = (c: CardRecord) => c.state === CardState.New

const comparators: Record<SortKey, (a: CardRecord, b: CardRecord) => number> = {
  position: byPosition,
  // Studied cards soonest first; new cards after them, in the order they will be introduced.
  due: (a, b) => Number(isNew(a)) - Number(isNew(b)) || (isNew(a) ? 0 : a.due - b.due) || byPosition(a, b),
  created: (a, b) => b.createdAt - a.createdAt || byPosition(a, b),
  interval: (a, b) => b.scheduledDays - a.scheduledDays || byPosition(a, b),
  lapses: (a, b) => b.lapses - a.lapses || byPosition(a, b),
  reps: (a, b) => b.reps - a.reps || byPosition(a, b),
}

/**
 * The rows a query shows, in its order. Values within one filter are
 * alternatives (review OR leech); filters combine (review AND My cards); every
 * word of the search must appear in the card's text.
 */
export function filterCards(rows: readonly BrowserRow[], query: CardQuery, clock: FilterClock): BrowserRow[] {
  const compare = comparators[query.sort]
  return rows.filter(matcher(query, clock)).sort((a, b) => compare(a.card, b.card))
}

export type CardFacet = 'decks' | 'topics' | 'states' | 'due'

/**
 * How many rows each value of a filter would show if it were chosen, given
 * the other filters and the search: the numbers beside the filter chips.
 */
export function cardFacetCounts(
  rows: readonly BrowserRow[],
  query: CardQuery,
  facet: CardFacet,
  clock: FilterClock,
): Map<string, number> {
  const counts = new Map<string, number>()
  const bump = (v: string) => counts.set(v, (counts.get(v) ?? 0) + 1)
  const keep = matcher({ ...query, [facet]: [] }, clock)
  for (const row of rows) {
    if (!keep(row)) continue
    const { card } = row
    if (facet === 'decks') bump(card.deckId)
    else if (facet === 'topics') {
      if (card.topic !== null) bump(card.topic)
    } else if (facet === 'states') cardStates(card, clock.now).forEach(bump)
    else {
      const bucket = dueBucket(card, clock)
      if (bucket) bump(bucket)
    }
  }
  return counts
}
