/**
 * The card digest: what the statistics screen needs of every card (state,
 * due, stability, last review, topic, flags), in 64 small rows of columns
 * instead of 10,000 card rows. A cold /stats reads it in the page's head
 * script (lib/early-reads): IndexedDB's cost is per row, so 64 rows read in
 * a few milliseconds where the cards take 150 ms and more.
 *
 * It is kept in the same transaction as every write to `cards` by a DBCore
 * middleware (installed in db/db), so it is never behind a card a user
 * graded, edited or deleted. Writes that bypass Dexie (a test seeding raw
 * IndexedDB) can leave it behind: a cold load uses it only when it holds as
 * many cards as `cards`, and the statistics' live read compares it with the
 * cards field by field and rebuilds it when they differ.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware, Table } from 'dexie'
import type { CardRecord } from '../domain/scheduling/card'
import type { BackprepDb } from './db'

/** What the statistics need of a card. */
export type StatsCard = Pick<
  CardRecord,
  | 'id'
  | 'topic'
  | 'source'
  | 'state'
  | 'due'
  | 'stability'
  | 'lastReview'
  | 'suspended'
  | 'buriedUntil'
  | 'flagged'
  | 'leech'
>

/** The fields of a card the digest keeps. */
export const statsCardFields = [
  'id',
  'topic',
  'source',
  'state',
  'due',
  'stability',
  'lastReview',
  'suspended',
  'buriedUntil',
  'flagged',
  'leech',
] as const satisfies readonly (keyof StatsCard)[]

type Field = (typeof statsCardFields)[number]
const fields = statsCardFields

type Columns = { [F in Field]: StatsCard[F][] }

/** One bucket of the digest: the cards whose id hashes to `bucket`, one array per field. */
export type CardDigestRow = { bucket: number } & Columns

export const cardDigestTable = 'cardDigest'
export const cardDigestBuckets = 64

/** The bucket of a card id: FNV-1a of its UTF-16 code units, modulo the bucket count. */
export function digestBucketOf(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % cardDigestBuckets
}

function emptyRow(bucket: number): CardDigestRow {
  const row = { bucket } as CardDigestRow
  for (const f of fields) (row as unknown as Record<string, unknown[]>)[f] = []
  return row
}

/** Puts `cards` into their rows and removes `deletedIds`, changing `rows` in place. */
function applyChanges(
  rows: Map<number, CardDigestRow>,
  cards: readonly StatsCard[],
  deletedIds: readonly string[],
): void {
  const columns = (row: CardDigestRow) => row as unknown as Record<string, unknown[]>
  for (const id of deletedIds) {
    const row = rows.get(digestBucketOf(id))
    const at = row ? row.id.indexOf(id) : -1
    if (row && at >= 0) for (const f of fields) columns(row)[f]!.splice(at, 1)
  }
  for (const card of cards) {
    const bucket = digestBucketOf(card.id)
    const row = rows.get(bucket) ?? emptyRow(bucket)
    rows.set(bucket, row)
    const found = row.id.indexOf(card.id)
    const at = found >= 0 ? found : row.id.length
    for (const f of fields) columns(row)[f]![at] = card[f]
  }
}

/** The digest of `cards`, every bucket (empty ones too). */
export function buildCardDigest(cards: readonly StatsCard[]): CardDigestRow[] {
  const rows = new Map<number, CardDigestRow>()
  for (let b = 0; b < cardDigestBuckets; b++) rows.set(b, emptyRow(b))
  applyChanges(rows, cards, [])
  return [...rows.values()]
}

const isBool = (v: unknown) => typeof v === 'boolean'
const isNumber = (v: unknown) => typeof v === 'number' && !Number.isNaN(v)
const checks: { [F in Field]: (v: unknown) => boolean } = {
  id: (v) => typeof v === 'string',
  topic: (v) => v === null || typeof v === 'string',
  source: (v) => v === 'bank' || v === 'user' || v === 'import',
  state: (v) => v === 0 || v === 1 || v === 2 || v === 3,
  due: isNumber,
  stability: isNumber,
  lastReview: (v) => v === null || isNumber(v),
  suspended: isBool,
  buriedUntil: isNumber,
  flagged: isBool,
  leech: isBool,
}

/**
 * The cards of digest rows as read back from IndexedDB (untrusted: every value is checked),
 * or `null` when a row is malformed or a card is in two rows.
 */
export function cardsOfDigest(rows: readonly unknown[]): StatsCard[] | null {
  const cards: StatsCard[] = []
  const seen = new Set<string>()
  for (const raw of rows) {
    if (typeof raw !== 'object' || raw === null) return null
    const row = raw as Record<string, unknown>
    const ids = row.id
    if (!Array.isArray(ids)) return null
    const columns: unknown[][] = []
    for (const f of fields) {
      const column = row[f]
      if (!Array.isArray(column) || column.length !== ids.length) return null
      columns.push(column)
    }
    for (let i = 0; i < ids.length; i++) {
      const card: Record<string, unknown> = {}
      for (let c = 0; c < fields.length; c++) {
        const f = fields[c]!
        const value = columns[c]![i]
        if (!checks[f](value)) return null
        card[f] = value
      }
      const id = card.id as string
      if (seen.has(id)) return null
      seen.add(id)
      cards.push(card as unknown as StatsCard)
    }
  }
  return cards
}

/**
 * Keeps the digest in step with `cards`: every read-write transaction that includes `cards`
 * also includes the digest, and each write to `cards` (put, add, delete, a range delete) is
 * applied to the digest's rows in the same transaction, after it succeeded.
 */
export const cardDigestMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cardDigest',
  create(down) {
    // A database opened at a version before the digest (migration tests) has nothing to keep.
    if (!down.schema.tables.some((t) => t.name === cardDigestTable)) return down
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('cards') && !stores.includes(cardDigestTable)
            ? [...stores, cardDigestTable]
            : stores
        return down.transaction(widened, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (name !== 'cards') return table
        const digest = down.table(cardDigestTable)
        return {
          ...table,
          mutate(req) {
            if (req.type === 'deleteRange') {
              // Which cards the range holds, before they go.
              return table
                .query({
                  trans: req.trans,
                  values: false,
                  query: { index: table.schema.primaryKey, range: req.range },
                })
                .then(({ result }) =>
                  table
                    .mutate(req)
                    .then((res) => updateDigest(digest, req.trans, [], result as string[]).then(() => res)),
                )
            }
            return table.mutate(req).then((res) => {
              const { cards, deleted } = changesOf(req, res.failures)
              return updateDigest(digest, req.trans, cards, deleted).then(() => res)
            })
          },
        }
      },
    }
  },
}

function changesOf(
  req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
  failures: Record<number, Error>,
): { cards: StatsCard[]; deleted: string[] } {
  if (req.type === 'delete') {
    return { cards: [], deleted: req.keys.filter((_, i) => !failures[i]) as string[] }
  }
  const cards = (req.values as StatsCard[]).filter((_, i) => !failures[i])
  return { cards, deleted: [] }
}

function updateDigest(
  digest: DBCoreTable,
  trans: DBCoreTransaction,
  cards: readonly StatsCard[],
  deleted: readonly string[],
): Promise<void> {
  if (cards.length === 0 && deleted.length === 0) return Promise.resolve()
  const buckets = [...new Set([...cards.map((c) => c.id), ...deleted].map(digestBucketOf))]
  return digest.getMany({ trans, keys: buckets }).then((found) => {
    const rows = new Map<number, CardDigestRow>()
    found.forEach((row: CardDigestRow | undefined, i) => {
      const bucket = buckets[i]!
      // A row that is not the digest's shape (written by something else) starts over empty; the
      // statistics' live read then finds the digest short and rebuilds it.
      rows.set(bucket, row && Array.isArray(row.id) ? row : emptyRow(bucket))
    })
    applyChanges(rows, cards, deleted)
    return digest.mutate({ type: 'put', trans, values: [...rows.values()] }).then((res) => {
      if (res.numFailures > 0) throw Object.values(res.failures)[0]
    })
  })
}

/** Whether digest rows as read hold exactly `cards`' fields (same cards, same values). */
export function digestMatches(rows: readonly unknown[], cards: readonly StatsCard[]): boolean {
  const digested = cardsOfDigest(rows)
  if (!digested || digested.length !== cards.length) return false
  const byId = new Map(digested.map((c) => [c.id, c]))
  return cards.every((card) => {
    const d = byId.get(card.id)
    return d !== undefined && fields.every((f) => Object.is(d[f], card[f]))
  })
}

/** Rewrites the digest from the cards, within the caller's transaction (a version upgrade's). */
export async function refillCardDigest(
  cards: { toArray(): PromiseLike<StatsCard[]> },
  digest: Pick<Table<CardDigestRow>, 'clear' | 'bulkPut'>,
): Promise<void> {
  const all = await cards.toArray()
  await digest.clear()
  await digest.bulkPut(buildCardDigest(all))
}

/** Rewrites the digest from the cards, in one transaction (after writes that bypassed Dexie). */
export function rebuildCardDigest(database: BackprepDb): Promise<void> {
  return database.transaction('rw', database.cards, database.cardDigest, () =>
    refillCardDigest(database.cards, database.cardDigest),
  )
}
