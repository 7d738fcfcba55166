import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ItemSummary } from '../../../src/domain/content/item'
import { topicIds } from '../../../src/domain/content/topics'
import {
  emptyBankQuery,
  facetCounts,
  filterBank,
  parseBankQuery,
  serializeBankQuery,
  type BankQuery,
} from '../../../src/features/bank/bank-query'

const item = (id: string, over: Partial<ItemSummary> = {}): ItemSummary => ({
  id,
  type: 'card',
  topic: 'http',
  difficulty: 'mid',
  tags: [],
  title: id,
  ...over,
})

const bank = [
  item('a', { topic: 'http', difficulty: 'junior', tags: ['tcp'] }),
  item('b', { topic: 'caching', difficulty: 'senior', type: 'mcq', tags: ['redis'] }),
  item('c', { topic: 'caching', difficulty: 'junior', tags: ['redis', 'ttl'] }),
  item('d', { topic: 'databases', difficulty: 'mid' }),
]

describe('bank query in the URL', () => {
  it('reads lists, drops unknown values and duplicates', () => {
    expect(
      parseBankQuery('?topic=http,nope,http&difficulty=senior,hard&type=mcq&tag=redis&q=etag&bookmarked=1'),
    ).toEqual({
      q: 'etag',
      topics: ['http'],
      difficulties: ['senior'],
      types: ['mcq'],
      tags: ['redis'],
      bookmarked: true,
    })
  })

  it('writes nothing for an empty query', () => {
    expect(serializeBankQuery(emptyBankQuery)).toBe('')
  })

  it('round-trips any query', () => {
    const tag = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const query = fc.record<BankQuery>({
      q: fc.string().filter((s) => s.trim() !== ''),
      topics: fc.uniqueArray(fc.constantFrom(...topicIds), { maxLength: 4 }),
      difficulties: fc.uniqueArray(fc.constantFrom('junior' as const, 'mid' as const, 'senior' as const)),
      types: fc.uniqueArray(fc.constantFrom('card' as const, 'mcq' as const, 'design' as const)),
      tags: fc.uniqueArray(tag, { maxLength: 3 }),
      bookmarked: fc.boolean(),
    })
    fc.assert(
      fc.property(query, (q) => {
        expect(parseBankQuery(serializeBankQuery(q))).toEqual(q)
      }),
      { seed: 20261121 },
    )
  })
})

describe('filterBank', () => {
  const ids = (q: Partial<BankQuery>, hits: { id: string }[] | null = null, saved?: Set<string>) =>
    filterBank(
      bank,
      { ...emptyBankQuery, ...q },
      hits && hits.map((h) => ({ ...h, score: 1, terms: [] })),
      saved,
    ).map((r) => r.item.id)

  it('ORs values within a facet and ANDs facets', () => {
    expect(ids({ topics: ['http', 'caching'] })).toEqual(['a', 'b', 'c'])
    expect(ids({ topics: ['http', 'caching'], difficulties: ['junior'] })).toEqual(['a', 'c'])
    expect(ids({ tags: ['ttl', 'tcp'] })).toEqual(['a', 'c'])
    expect(ids({ types: ['mcq'] })).toEqual(['b'])
  })

  it('keeps the order of search hits', () => {
    expect(ids({ topics: ['caching'] }, [{ id: 'c' }, { id: 'd' }, { id: 'b' }])).toEqual(['c', 'b'])
  })

  it('shows only bookmarked items when asked', () => {
    expect(ids({ bookmarked: true }, null, new Set(['d']))).toEqual(['d'])
    expect(ids({ bookmarked: true })).toEqual([])
  })
})

describe('facetCounts', () => {
  it('counts each value as if it were chosen, given the other facets', () => {
    const q = { ...emptyBankQuery, topics: ['caching' as const], difficulties: ['junior' as const] }
    expect(Object.fromEntries(facetCounts(bank, q, 'topics', null))).toEqual({ http: 1, caching: 1 })
    expect(Object.fromEntries(facetCounts(bank, q, 'difficulties', null))).toEqual({ senior: 1, junior: 1 })
    expect(Object.fromEntries(facetCounts(bank, q, 'tags', null))).toEqual({ redis: 1, ttl: 1 })
  })
})
