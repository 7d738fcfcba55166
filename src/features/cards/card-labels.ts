/** How the card browser words a card's state, due date, interval and grades. */
import {
  CardState,
  type CardRecord,
  type CardStateValue,
  type GradeValue,
} from '../../domain/scheduling/card'
import { intervalLabel } from '../../domain/scheduling/interval-label'
import { studyDayOf } from '../../domain/scheduling/study-day'
import type { FilterClock } from './card-filter'
import type { DueFilter, SortKey, StateFilter } from './card-query'

const msPerDay = 86_400_000

export const cardStateLabels: Record<CardStateValue, string> = {
  [CardState.New]: 'New',
  [CardState.Learning]: 'Learning',
  [CardState.Review]: 'Review',
  [CardState.Relearning]: 'Relearning',
}

export const gradeLabels: Record<GradeValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' }

export const stateFilterLabels: Record<StateFilter, string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  relearning: 'Relearning',
  suspended: 'Suspended',
  buried: 'Buried',
  leech: 'Leech',
}

export const dueFilterLabels: Record<DueFilter, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due in the next 7 days',
}

export const sortLabels: Record<SortKey, string> = {
  position: 'Deck order',
  due: 'Due date',
  created: 'Newest first',
  interval: 'Longest interval',
  lapses: 'Most lapses',
  reps: 'Most reviews',
}

/**
 * A due date relative to now, counted in study days: "overdue 2d", "today",
 * "in 10m" (later today), "in 3d". New cards are "new".
 */
export function relativeDue(card: CardRecord, clock: FilterClock): string {
  if (card.state === CardState.New) return 'new'
  const days = studyDayOf(card.due, clock.boundary) - clock.today
  if (days < 0) return `overdue ${-days}d`
  if (days > 0) return `in ${days}d`
  return card.due > clock.now ? `in ${intervalLabel(card.due - clock.now)}` : 'today'
}

/** The interval the card was last given, e.g. "4d" or "1.2mo"; "—" for one still in its first steps. */
export function intervalText(scheduledDays: number): string {
  return scheduledDays > 0 ? intervalLabel(scheduledDays * msPerDay) : '—'
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function formatDateTime(t: number): string {
  return dateTime.format(t)
}
