import { describe, expect, it } from 'vitest'
import {
  buildBankSearch,
  highlightText,
  makeSnippet,
  planQuery,
} from '../../../src/domain/content/bank-search'
import type { SearchDoc } from '../../../src/domain/content/item'

const docs: SearchDoc[] = [
  {
    id: 'http-idempotency',
    title: 'Which HTTP methods are idempotent?',
    tags: ['http-methods'],
    body: 'PUT and DELETE are idempotent; POST is not. Retries are safe only for idempotent requests.',
  },
  {
    id: 'caching-stampede',
    title: 'How do you protect a cache from a stampede?',
    tags: ['redis'],
    body: 'Request coalescing, locks and probabilistic early expiration keep a hot key from overloading the database.',
  },
  {
    id: 'db-postgres',
    title: 'What isolation level does PostgreSQL use by default?',
    tags: ['postgres'],
    body: 'Read committed.',
  },
]

describe('buildBankSearch', () => {
  const engine = buildBankSearch(docs)
  const ids = (q: string) => (engine.search(q) ?? []).map((h) => h.id)

  it('matches a word prefix while it is being typed', () => {
    expect(ids('stamp')).toEqual(['caching-stampede'])
  })

  it('tolerates a typo in a longer word', () => {
    expect(ids('idempotnt')).toEqual(['http-idempotency'])
    expect(ids('postgress')).toEqual(['db-postgres'])
  })

  it('requires every word of the query', () => {
    expect(ids('cache redis')).toEqual(['caching-stampede'])
    expect(ids('cache postgres')).toEqual([])
  })

  it('searches answers and tags, not only titles', () => {
    expect(ids('coalescing')).toEqual(['caching-stampede'])
    expect(ids('redis')).toEqual(['caching-stampede'])
  })

  it('does not search an empty query or a lone letter', () => {
    expect(engine.search('   ')).toBeNull()
    expect(engine.search('c')).toBeNull()
  })

  it('keeps the results of the finished words while the next word is short', () => {
    expect(ids('cache r')).toEqual(['caching-stampede'])
    expect(ids('cache re')).toEqual(['caching-stampede'])
    expect(ids('cache red')).toEqual(['caching-stampede'])
  })

  it('reports the matched terms for highlighting', () => {
    expect(engine.search('idempotnt')?.[0]?.terms).toContain('idempotent')
  })
})

describe('planQuery', () => {
  it('drops a word being typed while it is under 3 letters', () => {
    expect(planQuery('cache s')).toEqual({ text: 'cache' })
    expect(planQuery('cache st')).toEqual({ text: 'cache' })
    expect(planQuery('cache sta')).toEqual({ text: 'cache sta' })
  })

  it('keeps a short word once it is finished', () => {
    expect(planQuery('db ')).toEqual({ text: 'db' })
    expect(planQuery('db replica')).toEqual({ text: 'db replica' })
  })

  it('searches a lone two-letter query in titles and tags only', () => {
    expect(planQuery('db')).toEqual({ text: 'db', fields: ['title', 'tags'] })
  })

  it('does not search nothing or a lone letter', () => {
    expect(planQuery('')).toBeNull()
    expect(planQuery('  ')).toBeNull()
    expect(planQuery('k')).toBeNull()
  })
})

describe('highlightText', () => {
  it('marks whole words that match, case-insensitively', () => {
    expect(highlightText('Cache-aside: the cache is filled on a miss', ['cache'])).toEqual([
      { text: 'Cache', match: true },
      { text: '-aside: the ', match: false },
      { text: 'cache', match: true },
      { text: ' is filled on a miss', match: false },
    ])
  })

  it('returns the text untouched with no terms', () => {
    expect(highlightText('abc', [])).toEqual([{ text: 'abc', match: false }])
  })
})

describe('makeSnippet', () => {
  const long = `${'filler '.repeat(60)}the stampede happens when a hot key expires ${'tail '.repeat(60)}`

  it('shows the text around the first match, with ellipses', () => {
    const snippet = makeSnippet(long, ['stampede'], 80)
    expect(snippet).toMatch(/^… /)
    expect(snippet).toMatch(/ …$/)
    expect(snippet).toContain('stampede')
    expect(snippet.length).toBeLessThanOrEqual(80 + 4)
  })

  it('returns short text whole', () => {
    expect(makeSnippet('short   text', ['x'])).toBe('short text')
  })
})
