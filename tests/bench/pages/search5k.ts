// search5kP95Ms: the app's own search module (src/domain/content/bank-search)
// over a generated bank of 5,000 items of realistic length, timed per
// keystroke in the browser. Deterministic: a fixed seed and fixed queries.
import { buildBankSearch } from '../../../src/domain/content/bank-search'
import type { SearchDoc } from '../../../src/domain/content/item'

const vocabulary = (
  'cache stampede ttl jitter redis memcached eviction lru lfu consistency invalidation write through back aside ' +
  'database index btree hash lsm compaction replication lag replica leader follower quorum shard partition key ' +
  'hotspot transaction isolation serializable snapshot phantom read committed lock deadlock optimistic pessimistic ' +
  'http tcp udp quic tls handshake latency bandwidth dns resolver ttl cdn edge origin header status idempotent ' +
  'retry backoff circuit breaker bulkhead timeout deadline load shedding backpressure queue stream kafka rabbitmq ' +
  'consumer producer offset partition outbox saga compensation event sourcing projection snapshot cqrs command ' +
  'oauth pkce token jwt session cookie csrf xss injection ssrf password argon2 bcrypt secret rotation kubernetes ' +
  'pod deployment service ingress probe readiness liveness container image layer canary rollout feature flag ' +
  'metrics tracing span sampling slo error budget percentile cardinality logging serverless cold start concurrency ' +
  'thread goroutine event loop async await epoll scheduler throughput capacity estimation sharding gateway'
).split(' ')

function mulberry32(seed: number) {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = mulberry32(20261121)

// A vocabulary of the technical words above plus 3,000 synthetic ones, drawn
// with a Zipf distribution (frequency ∝ 1/rank), as words are in real text:
// a few terms are in most items, most terms in a few.
const syllables = [
  'ka',
  'to',
  'ri',
  'men',
  'sa',
  'lo',
  'ver',
  'du',
  'pex',
  'ni',
  'gor',
  'tal',
  'be',
  'sun',
  'qua',
]
const syllable = () => syllables[Math.floor(random() * syllables.length)] ?? 'ka'
const lexicon = [...vocabulary]
while (lexicon.length < vocabulary.length + 3000) lexicon.push(syllable() + syllable() + syllable())
const cumulative: number[] = []
lexicon.reduce((sum, _, rank) => {
  cumulative.push(sum + 1 / (rank + 1))
  return sum + 1 / (rank + 1)
}, 0)
const total = cumulative[cumulative.length - 1] ?? 1
const word = () => {
  const x = random() * total
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cumulative[mid] ?? 0) < x) lo = mid + 1
    else hi = mid
  }
  return lexicon[lo] ?? 'cache'
}
const words = (n: number) => Array.from({ length: n }, word).join(' ')

const docs: SearchDoc[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `generated-${i}`,
  title: `How does ${words(8)}?`,
  tags: [word(), word()],
  body: words(220),
}))

const queries = [
  'cache stampede',
  'idempotnt retry',
  'kafka partition offset',
  'jwt session cookie',
  'serializable isolation',
  'circuit breaker timeout',
  'consistent hashing',
  'readiness probe',
  'event sourcing snapshot',
  'cold start',
]

const engine = buildBankSearch(docs)
// Warm up once, as the app's index is warm by the time a user types.
engine.search('warm up')
const timings: number[] = []
for (let round = 0; round < 3; round++) {
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const start = performance.now()
      engine.search(q.slice(0, i))
      timings.push(performance.now() - start)
    }
  }
}
Object.assign(window, { __searchTimings: timings, __searchDocs: docs })
document.getElementById('status')!.textContent = 'done'
