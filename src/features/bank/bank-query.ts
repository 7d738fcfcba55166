/**
 * The bank's filters as they live in the URL (`/bank?topic=http,caching&q=etag`),
 * so a filtered view can be bookmarked and the back button walks through them.
 */
import type { BankSearchHit } from '../../domain/content/bank-search'
import {
  difficulties,
  itemTypes,
  type Difficulty,
  type ItemSummary,
  type ItemType,
} from '../../domain/content/item'
import { isTopicId, type TopicId } from '../../domain/content/topics'

export interface BankQuery {
  q: string
  topics: TopicId[]
  difficulties: Difficulty[]
  types: ItemType[]
  tags: string[]
  bookmarked: boolean
}

export const emptyBankQuery: BankQuery = {
  q: '',
  topics: [],
  difficulties: [],
  types: [],
  tags: [],
  bookmarked: false,
}

const list = (params: URLSearchParams, key: string) =>
  (params.get(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')

const unique = <T>(values: T[]) => [...new Set(values)]

/** Reads a query from a URL search string; unknown values are dropped, not errors. */
export function parseBankQuery(search: string): BankQuery {
  const params = new URLSearchParams(search)
  return {
    q: params.get('q') ?? '',
    topics: unique(list(params, 'topic').filter(isTopicId)),
    difficulties: unique(
      list(params, 'difficulty').filter((d): d is Difficulty =>
        (difficulties as readonly string[]).includes(d),
      ),
    ),
    types: unique(
      list(params, 'type').filter((t): t is ItemType => (itemTypes as readonly string[]).includes(t)),
    ),
    tags: unique(list(params, 'tag')),
    bookmarked: params.get('bookmarked') === '1',
  }
}

/** The URL search string of a query: `''` for no filters, else `?…` in a stable order. */
export function serializeBankQuery(query: BankQuery): string {
  const parts: string[] = []
  const add = (key: string, value: string) =>
    parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
  if (query.q.trim() !== '') add('q', query.q)
  if (query.topics.length > 0) add('topic', query.topics.join(','))
  if (query.difficulties.length > 0) add('difficulty', query.difficulties.join(','))
  if (query.types.length > 0) add('type', query.types.join(','))
  if (query.tags.length > 0) add('tag', query.tags.join(','))
  if (query.bookmarked) add('bookmarked', '1')
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}

export function hasFilters(query: BankQuery): boolean {
  return serializeBankQuery({ ...query, q: '' }) !== ''
}

/** Adds `value` to a facet if absent, removes it if present. */
export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}

export interface BankRow {
  item: ItemSummary
  hit?: BankSearchHit
}

/**
 * The rows a query shows. Values within one facet are alternatives (http OR
 * caching); facets combine (http AND senior). With a search, rows follow the
 * search's relevance; without, the bank's order.
 */
export function filterBank(
  summaries: readonly ItemSummary[],
  query: BankQuery,
  hits: readonly BankSearchHit[] | null,
  bookmarkedIds?: ReadonlySet<string>,
): BankRow[] {
  const keep = (item: ItemSummary) =>
    (query.topics.length === 0 || query.topics.includes(item.topic)) &&
    (query.difficulties.length === 0 || query.difficulties.includes(item.difficulty)) &&
    (query.types.length === 0 || query.types.includes(item.type)) &&
    (query.tags.length === 0 || query.tags.some((t) => item.tags.includes(t))) &&
    (!query.bookmarked || (bookmarkedIds?.has(item.id) ?? false))

  if (hits === null) return summaries.filter(keep).map((item) => ({ item }))
  const byId = new Map(summaries.map((s) => [s.id, s]))
  const rows: BankRow[] = []
  for (const hit of hits) {
    const item = byId.get(hit.id)
    if (item && keep(item)) rows.push({ item, hit })
  }
  return rows
}

export type Facet = 'topics' | 'difficulties' | 'types' | 'tags'

/**
 * How many rows each value of a facet would show if it were chosen, given the
 * other facets and the search: the numbers beside the filter chips.
 */
export function facetCounts(
  summaries: readonly ItemSummary[],
  query: BankQuery,
  facet: Facet,
  hits: readonly BankSearchHit[] | null,
  bookmarkedIds?: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { item } of filterBank(summaries, { ...query, [facet]: [] }, hits, bookmarkedIds)) {
    const values: readonly string[] =
      facet === 'topics'
        ? [item.topic]
        : facet === 'difficulties'
          ? [item.difficulty]
          : facet === 'types'
            ? [item.type]
            : item.tags
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return counts
}
