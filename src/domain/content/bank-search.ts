/**
 * Full-text search over the bank with MiniSearch: prefix matching for the
 * word being typed, typo tolerance for longer words, every word required.
 * Also the pure helpers that mark matched words in a title or a snippet.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { SearchDoc } from './item.ts'

export interface BankSearchHit {
  id: string
  score: number
  /** Indexed terms this document matched (after prefix and fuzzy expansion). */
  terms: string[]
}

export interface BankSearch {
  /** Hits for a query being typed, or `null` when it is too short to search yet. */
  search(query: string): BankSearchHit[] | null
  /** The plain text indexed for an item, for result snippets. */
  bodyOf(id: string): string | undefined
  size: number
}

/** The same tokenizer MiniSearch uses by default: split on spaces and punctuation. */
const separator = /[\n\r\p{Z}\p{P}]+/u

const searchOptions = {
  boost: { title: 3, tags: 2, body: 1 },
  prefix: (term: string) => term.length >= 3,
  fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND' as const,
}

/**
 * How a query being typed is searched, keystroke by keystroke. A word still
 * being typed that is under 3 letters long is left out until it grows, so
 * "cache s" shows the results for "cache" instead of flashing empty, and a
 * one-letter prefix never expands to half the vocabulary. A lone two-letter
 * query ("db", "k8") searches titles and tags only; a lone letter does not
 * search at all.
 */
export function planQuery(query: string): { text: string; fields?: string[] } | null {
  const words = query.split(separator).filter((w) => w !== '')
  const typing = query !== '' && !separator.test(query.slice(-1))
  const last = words[words.length - 1]
  if (typing && last !== undefined && last.length < 3) {
    if (words.length === 1) return last.length === 2 ? { text: last, fields: ['title', 'tags'] } : null
    words.pop()
  }
  return words.length === 0 ? null : { text: words.join(' ') }
}

function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'tags', 'body'],
    extractField: (doc, field) => {
      if (field === 'tags') return doc.tags.join(' ')
      const value = doc[field as keyof SearchDoc]
      return typeof value === 'string' ? value : ''
    },
    searchOptions,
  })
}

/** Builds the search over `docs` in one go (tests, small banks). */
export function buildBankSearch(docs: SearchDoc[]): BankSearch {
  const index = createIndex()
  index.addAll(docs)
  return wrap(index, docs)
}

/**
 * Builds the search in small chunks that yield to the browser between them,
 * so indexing a large bank never blocks a frame for long.
 */
export async function buildBankSearchAsync(docs: SearchDoc[], chunkSize = 25): Promise<BankSearch> {
  const index = createIndex()
  await index.addAllAsync(docs, { chunkSize })
  return wrap(index, docs)
}

function wrap(index: MiniSearch<SearchDoc>, docs: SearchDoc[]): BankSearch {
  const bodies = new Map(docs.map((d) => [d.id, d.body]))
  return {
    size: docs.length,
    bodyOf: (id) => bodies.get(id),
    search(query: string): BankSearchHit[] | null {
      const plan = planQuery(query)
      if (!plan) return null
      const options = plan.fields ? { fields: plan.fields, prefix: true } : {}
      return index
        .search(plan.text, options)
        .map((r: SearchResult) => ({ id: String(r.id), score: r.score, terms: r.terms }))
    },
  }
}

export interface TextSegment {
  text: string
  match: boolean
}

/** Splits `text` into segments, marking every word that is one of `terms` (case-insensitive). */
export function highlightText(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }]
  const wanted = new Set(terms.map((t) => t.toLowerCase()))
  const segments: TextSegment[] = []
  const push = (part: string, match: boolean) => {
    if (part === '') return
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += part
    else segments.push({ text: part, match })
  }
  const splitter = new RegExp(separator.source, 'gu')
  let at = 0
  for (const m of text.matchAll(splitter)) {
    const word = text.slice(at, m.index)
    push(word, wanted.has(word.toLowerCase()))
    push(m[0], false)
    at = m.index + m[0].length
  }
  const tail = text.slice(at)
  push(tail, wanted.has(tail.toLowerCase()))
  return segments
}

/**
 * A window of about `length` characters of `body` around the first matched
 * word, cut at word boundaries, with ellipses where it was cut.
 */
export function makeSnippet(body: string, terms: readonly string[], length = 180): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const lower = flat.toLowerCase()
  let first = -1
  for (const term of terms) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term.toLowerCase())}(?=$|[^\\p{L}\\p{N}])`, 'u')
    const m = re.exec(lower)
    if (m && (first === -1 || m.index < first)) first = m.index + (m[1]?.length ?? 0)
  }
  const start = first <= length / 3 ? 0 : first - Math.floor(length / 3)
  let from = start === 0 ? 0 : flat.indexOf(' ', start) + 1
  if (from <= 0) from = start
  let to = Math.min(flat.length, from + length)
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to)
    if (space > from) to = space
  }
  return `${from > 0 ? '… ' : ''}${flat.slice(from, to)}${to < flat.length ? ' …' : ''}`
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
