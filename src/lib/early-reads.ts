/**
 * Early reads: on a cold load of a screen whose first paint waits on
 * IndexedDB (/stats, /review), the reads it needs start here, in a classic
 * script inlined in the page's head (build/route-preload-plugin.ts), at about
 * 40 ms, instead of after the app's code has downloaded, compiled and
 * rendered (300 ms and more). IndexedDB answers off the main thread, so the
 * reads run while the code compiles; the screen takes the rows from
 * `db/early-reads` (which checks the schema version and their age) and its
 * live query confirms them after the first paint.
 *
 * No imports: the build inlines this file as one script. Its names of the
 * database, stores, indexes and the journal's key prefix are checked against
 * the app's in tests/unit/db/early-reads.test.ts.
 */

/** One read: a store's or an index's rows (or primary keys) in a key range, in key order, at most `count`. */
export interface EarlyRead {
  name: string
  store: string
  index?: string
  lower?: IDBValidKey
  upper?: IDBValidKey
  /** At most this many; a function of the stored settings waits for the settings read. */
  count?: number | ((setting: (key: string) => unknown) => number)
  keysOnly?: boolean
  /** How many rows the range holds, as the read's one row. */
  countOnly?: boolean
  /**
   * Also read the content row (same id, from `store`) of each of the first `first` rows found
   * that is not a bank card, into `rows[into]`: the first card's text without waiting for the app.
   */
  content?: { store: string; into: string; first: number }
}

export interface EarlyReadsResult {
  /** The database's IndexedDB version when read (Dexie's version × 10). */
  version: number
  /** What each read found, by name, in key order. */
  rows: Record<string, unknown[]>
  /** The most each read with a limit could return: a read that returned fewer covered its whole range. */
  counts: Record<string, number>
}

export interface EarlyReads {
  path: string
  /** When the reads started (epoch ms). */
  at: number
  /** `null` when there was nothing to read (no database yet) or a read failed. */
  result: Promise<EarlyReadsResult | null>
}

export const earlyDatabaseName = 'backprep'
export const earlyJournalPrefix = 'backprep:journal:'
const dayMs = 86_400_000

/** The default daily limits (domain/scheduling/settings), for a stored value that is not a count. */
export const earlyDefaultLimits = { newPerDay: 20, reviewsPerDay: 200 }
/** How far past now the review queue's early reads reach (more than any study day's end). */
export const earlyReviewAheadMs = 2 * dayMs

function storedCount(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback
}

/**
 * How many of an index range the review queue's first read takes for a limit (db/cards,
 * readActive): twice the limit, at least 64, so that the filter (suspended, buried, a deck)
 * rarely leaves too few.
 */
export const queueFirstPage = (wanted: number) => Math.max(64, wanted * 2)

/**
 * How many of each queue read's first rows have their user-card content read early: the session's
 * first card is the first due learning card or the first review or new card, unless filtered out.
 */
export const earlyContentPerRead = 8

/** The early read takes as many (up to 4,000), so the queue is answered from it as often. */
const pageFor = (wanted: number) => Math.min(4000, queueFirstPage(wanted))

/** The day's limits as stored, for sizing the review queue's early reads. */
function reviewsWanted(setting: (key: string) => unknown): number {
  const stored = setting('scheduling') as { reviewsPerDay?: unknown } | undefined
  return pageFor(storedCount(stored?.reviewsPerDay, earlyDefaultLimits.reviewsPerDay))
}
function newWanted(setting: (key: string) => unknown): number {
  const stored = setting('scheduling') as { newPerDay?: unknown } | undefined
  const extra = (setting('extraNew') as { extra?: unknown } | undefined)?.extra
  return pageFor(storedCount(stored?.newPerDay, earlyDefaultLimits.newPerDay) + storedCount(extra, 0))
}

/** The reads a path's first paint needs, or `null` when it needs none early. */
export function earlyReadsFor(path: string, at: number): EarlyRead[] | null {
  const utcDay = Math.floor(at / dayMs)
  const settings: EarlyRead = { name: 'settings', store: 'settings' }
  if (path === '/stats') {
    return [
      settings,
      // The card digest (db/card-digest), 64 rows, and the cards' count to check it against.
      { name: 'cardDigest', store: 'cardDigest' },
      { name: 'cardCount', store: 'cards', countOnly: true },
      { name: 'reviewDays', store: 'reviewDays', lower: utcDay - 368, upper: utcDay + 2 },
    ]
  }
  if (path === '/review') {
    // Whichever cards the queue can take, read past any study day's end: learning and relearning
    // due within two days, the first reviews due within two days and the first new cards in bank
    // order, as many as the queue's own first read takes. It uses them when they cover its query.
    const until = at + earlyReviewAheadMs
    const content = { store: 'userCards', into: 'userCardContent', first: earlyContentPerRead }
    const byDue = (name: string, state: number, count?: EarlyRead['count']): EarlyRead => ({
      name,
      store: 'cards',
      index: '[state+due]',
      lower: [state, -Infinity],
      upper: [state, until],
      count,
      content,
    })
    return [
      settings,
      { name: 'reviewDays', store: 'reviewDays', lower: utcDay - 2, upper: utcDay + 2 },
      { name: 'userCards', store: 'userCards', count: 1, keysOnly: true },
      byDue('learning', 1),
      byDue('relearning', 3),
      byDue('reviews', 2, reviewsWanted),
      {
        name: 'newCards',
        store: 'cards',
        index: '[state+position]',
        lower: [0, -Infinity],
        upper: [0, Number.MAX_SAFE_INTEGER],
        count: newWanted,
        content,
      },
    ]
  }
  return null
}

/** Whether the write-ahead journal holds anything: the start replays it first, so nothing is read early. */
function journalPending(storage: Storage): boolean {
  for (let i = 0; i < storage.length; i++) {
    if (storage.key(i)?.startsWith(earlyJournalPrefix)) return true
  }
  return false
}

export interface EarlyReadsOptions {
  /**
   * The chunks of the renderer of user-written Markdown (lib/user-markdown), preloaded as soon
   * as the reads show that user or imported cards exist: the review screen's first card may be one.
   */
  userMarkdownFiles: string[]
}

function preloadModules(files: readonly string[]): void {
  for (const href of files) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.appendChild(link)
  }
}

/** Starts the reads for the current path; sets `globalThis.__backprepEarlyReads`. */
export function startEarlyReads(options: EarlyReadsOptions): void {
  const path = location.pathname
  const at = Date.now()
  const reads = earlyReadsFor(path, at)
  if (!reads || typeof indexedDB === 'undefined') return
  try {
    if (journalPending(localStorage)) return
  } catch {
    return
  }
  const result = new Promise<EarlyReadsResult | null>((resolve) => {
    const open = indexedDB.open(earlyDatabaseName)
    // No database yet (a first visit): abort, so that this creates none; the app creates it.
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onerror = () => resolve(null)
    open.onblocked = () => resolve(null)
    open.onsuccess = () => {
      const idb = open.result
      // Never hold up the app opening a newer version.
      idb.onversionchange = () => idb.close()
      const done = (value: EarlyReadsResult | null) => {
        idb.close()
        resolve(value)
      }
      try {
        const stores = [
          ...new Set(reads.flatMap((r) => (r.content ? [r.store, r.content.store] : [r.store]))),
        ]
        const tx = idb.transaction(stores, 'readonly')
        const rows: Record<string, unknown[]> = {}
        const counts: Record<string, number> = {}
        const setting = (key: string) =>
          (rows.settings as { key?: unknown; value?: unknown }[] | undefined)?.find((r) => r.key === key)
            ?.value
        const issue = (read: EarlyRead) => {
          const count = typeof read.count === 'function' ? read.count(setting) : read.count
          if (count !== undefined) counts[read.name] = count
          const store = tx.objectStore(read.store)
          const source = read.index === undefined ? store : store.index(read.index)
          const range =
            read.lower === undefined || read.upper === undefined
              ? undefined
              : IDBKeyRange.bound(read.lower, read.upper)
          const request = read.countOnly
            ? source.count(range)
            : read.keysOnly
              ? source.getAllKeys(range, count)
              : source.getAll(range, count)
          const content = read.content
          const contentRows = content ? (rows[content.into] ??= []) : null
          request.onsuccess = () => {
            const found = read.countOnly ? [request.result] : (request.result as unknown[])
            rows[read.name] = found
            if (content && contentRows) {
              for (const row of found.slice(0, content.first) as { id?: unknown; source?: unknown }[]) {
                if (row.source === 'bank' || typeof row.id !== 'string') continue
                const get = tx.objectStore(content.store).get(row.id)
                get.onsuccess = () => {
                  if (get.result !== undefined) contentRows.push(get.result)
                }
              }
            }
            if (read.store === 'userCards' && found.length > 0) preloadModules(options.userMarkdownFiles)
            // The reads sized by the settings start once these are in.
            if (read.name === 'settings')
              for (const next of reads) if (typeof next.count === 'function') issue(next)
          }
        }
        for (const read of reads) if (typeof read.count !== 'function') issue(read)
        tx.oncomplete = () => done({ version: idb.version, rows, counts })
        tx.onabort = () => done(null)
      } catch {
        // A store or an index this version of the page expects is missing (an older database).
        done(null)
      }
    }
  })
  ;(globalThis as { __backprepEarlyReads?: EarlyReads }).__backprepEarlyReads = { path, at, result }
}
