import { describe, expect, it } from 'vitest'
import { buildBankSearch, highlightText, makeSnippet } from '../../../src/domain/content/bank-search'
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
  const ids = (q: string) => engine.search(q).map((h) => h.id)

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

  it('returns nothing for an empty query', () => {
    expect(engine.search('   ')).toEqual([])
  })

  it('reports the matched terms for highlighting', () => {
    expect(engine.search('idempotnt')[0]?.terms).toContain('idempotent')
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
