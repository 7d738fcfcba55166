/**
 * The card browser's search, filters and order as they live in the URL
 * (`/cards?deck=mine&state=review,leech&q=tcp`), so a view can be bookmarked
 * and the back button walks through it.
 */
import { isTopicId, type TopicId } from '../../domain/content/topics'

export const stateFilters = [
  'new',
  'learning',
  'review',
  'relearning',
  'suspended',
  'buried',
  'leech',
] as const
export type StateFilter = (typeof stateFilters)[number]

export const dueFilters = ['overdue', 'today', 'week'] as const
export type DueFilter = (typeof dueFilters)[number]

export const sortKeys = ['position', 'due', 'created', 'interval', 'lapses', 'reps'] as const
export type SortKey = (typeof sortKeys)[number]

export interface CardQuery {
  q: string
  /** Deck ids: `topic:<id>`, `mine`, `import:<id>`. */
  decks: string[]
  topics: TopicId[]
  states: StateFilter[]
  due: DueFilter[]
  flagged: boolean
  sort: SortKey
}

export const emptyCardQuery: CardQuery = {
  q: '',
  decks: [],
  topics: [],
  states: [],
  due: [],
  flagged: false,
  sort: 'position',
}

const list = (params: URLSearchParams, key: string) =>
  (params.get(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value)

const unique = <T>(values: T[]) => [...new Set(values)]

/** Reads a query from a URL search string; unknown values are dropped, not errors. */
export function parseCardQuery(search: string): CardQuery {
  const params = new URLSearchParams(search)
  const sort = params.get('sort') ?? ''
  return {
    q: params.get('q') ?? '',
    decks: unique(list(params, 'deck')),
    topics: unique(list(params, 'topic').filter(isTopicId)),
    states: unique(list(params, 'state').filter(oneOf(stateFilters))),
    due: unique(list(params, 'due').filter(oneOf(dueFilters))),
    flagged: params.get('flagged') === '1',
    sort: oneOf(sortKeys)(sort) ? sort : 'position',
  }
}

/** The URL search string of a query: `''` for none, else `?…` in a stable order. */
export function serializeCardQuery(query: CardQuery): string {
  const parts: string[] = []
  const add = (key: string, value: string) =>
    parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
  if (query.q.trim() !== '') add('q', query.q)
  if (query.decks.length > 0) add('deck', query.decks.join(','))
  if (query.topics.length > 0) add('topic', query.topics.join(','))
  if (query.states.length > 0) add('state', query.states.join(','))
  if (query.due.length > 0) add('due', query.due.join(','))
  if (query.flagged) add('flagged', '1')
  if (query.sort !== 'position') add('sort', query.sort)
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}

/** Whether any filter (not the search or the order) is on. */
export function hasCardFilters(query: CardQuery): boolean {
  return serializeCardQuery({ ...query, q: '', sort: 'position' }) !== ''
}

/** Adds `value` if absent, removes it if present. */
export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}
