/**
 * The rows the page's head script read early (lib/early-reads), for the first
 * paint of the screen it read them for. Taken once, only for the path it was
 * started on, only within a few seconds, and only when the database had the
 * schema version this code expects; otherwise the screen reads as usual.
 * The rows are what IndexedDB holds, as a Dexie read returns them.
 */
import { now } from '../lib/clock'
import { earlyReviewAheadMs, type EarlyReads } from '../lib/early-reads'
import type { CardRecord } from '../domain/scheduling/card'
import type { CandidatePrefixes, RangePrefix } from './cards'
import { schemaVersions } from './schema'

export interface EarlySnapshot {
  /** When the rows were read (epoch ms). */
  at: number
  /** A read's rows, in key order (see lib/early-reads for what each read covers). */
  rows: (name: string) => unknown[]
  /** The most a read with a limit could return (it covered its whole range when it returned fewer). */
  count: (name: string) => number | undefined
  /** A settings row's stored value, `undefined` when there is none. */
  setting: (key: string) => unknown
}

const maxAgeMs = 5_000

/** Dexie opens IndexedDB at ten times its declared version. */
export const expectedIdbVersion = Math.round(schemaVersions[schemaVersions.length - 1]!.version * 10)

type WithEarlyReads = typeof globalThis & { __backprepEarlyReads?: EarlyReads }

/** The early reads for `path`, once; `null` when there are none to use. */
export function takeEarlyReads(path: string): Promise<EarlySnapshot | null> | null {
  const scope = globalThis as WithEarlyReads
  const early = scope.__backprepEarlyReads
  if (!early || early.path !== path) return null
  delete scope.__backprepEarlyReads
  if (now() - early.at > maxAgeMs) return null
  return early.result.then(
    (found): EarlySnapshot | null => {
      if (!found || found.version !== expectedIdbVersion) return null
      const settings = new Map<unknown, unknown>()
      for (const row of found.rows.settings ?? []) {
        if (typeof row === 'object' && row !== null && 'key' in row)
          settings.set(row.key, (row as { value?: unknown }).value)
      }
      return {
        at: early.at,
        rows: (name) => {
          const rows = found.rows[name]
          if (!Array.isArray(rows)) throw new Error(`early reads have no '${name}'`)
          return rows
        },
        count: (name) => found.counts?.[name],
        setting: (key) => settings.get(key),
      }
    },
    () => null,
  )
}

/** The review queue's index ranges as read early for /review (see earlyReadsFor in lib/early-reads). */
export function candidatePrefixesOf(snapshot: EarlySnapshot): CandidatePrefixes {
  const until = snapshot.at + earlyReviewAheadMs
  const prefix = (name: string, upper: number): RangePrefix => {
    const rows = snapshot.rows(name) as CardRecord[]
    const limit = snapshot.count(name)
    return { rows, upper, complete: limit === undefined || rows.length < limit }
  }
  return {
    learning: prefix('learning', until),
    relearning: prefix('relearning', until),
    reviews: prefix('reviews', until),
    newCards: prefix('newCards', Number.MAX_SAFE_INTEGER),
  }
}
