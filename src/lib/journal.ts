/**
 * The write-ahead journal behind every autosave. IndexedDB commits are
 * asynchronous: a write started just before a reload or a tab close (even in
 * `pagehide`) may never commit. So each change is first written here,
 * synchronously, to localStorage (one entry per document, keyed by what it
 * is, `canvas:<id>`, `note:<itemId>` …), and the entry is cleared once
 * IndexedDB holds that change. At the next start, entries still here are
 * replayed into IndexedDB before anything reads those documents
 * (src/db/journal-replay.ts).
 *
 * Each entry carries the time of the change (`at`), so a replay never puts an
 * older change over a newer one another tab saved meanwhile.
 */
import { now } from './clock'

const prefix = 'backprep:journal:'

export interface JournalEntry<T = unknown> {
  /** What the document is: `canvas:<diagramId>`, `note:<itemId>`, … */
  key: string
  value: T
  /** When the change was made (epoch ms). */
  at: number
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/**
 * Writes the latest value of a document, synchronously. Returns false when
 * the journal cannot hold it (storage disabled or full): the IndexedDB save
 * still runs, it is only not protected against an instant reload.
 */
export function writeJournal<T>(key: string, value: T, at: number = now()): boolean {
  const store = storage()
  if (!store) return false
  try {
    store.setItem(prefix + key, JSON.stringify({ value, at }))
    return true
  } catch {
    return false
  }
}

/** The entry of one document, if a change to it has not reached IndexedDB yet. */
export function readJournal<T = unknown>(key: string): JournalEntry<T> | null {
  const raw = storage()?.getItem(prefix + key)
  if (raw == null) return null
  try {
    const parsed = JSON.parse(raw) as { value?: T; at?: unknown }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      typeof parsed.at !== 'number' ||
      !('value' in parsed)
    )
      return null
    return { key, value: parsed.value as T, at: parsed.at }
  } catch {
    return null
  }
}

/**
 * Forgets a document's entry once the change made at `at` is stored. A newer
 * change written since (a later `at`) stays.
 */
export function clearJournal(key: string, at?: number): void {
  const store = storage()
  if (!store) return
  if (at !== undefined) {
    const entry = readJournal(key)
    if (entry && entry.at > at) return
  }
  try {
    store.removeItem(prefix + key)
  } catch {
    // Storage went away: the entry is replayed (and found not newer) next time.
  }
}

/** The keys of every entry waiting to be replayed; cheap, so the start can skip the replay when there are none. */
export function journalKeys(): string[] {
  const store = storage()
  if (!store) return []
  const keys: string[] = []
  try {
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i)
      if (k?.startsWith(prefix)) keys.push(k.slice(prefix.length))
    }
  } catch {
    return []
  }
  return keys
}

/**
 * Kinds of entry that are a form's unsaved input, not a change to a stored
 * document: the form itself offers them back (a card being written), nothing
 * replays them at start.
 */
export const formDraftKinds: ReadonlySet<string> = new Set(['card-draft'])

/** Keys of entries the start must replay into IndexedDB before anything reads them. */
export function pendingReplayKeys(): string[] {
  return journalKeys().filter((k) => !formDraftKinds.has(k.slice(0, k.indexOf(':'))))
}
