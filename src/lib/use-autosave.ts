import { useCallback, useEffect, useRef, useState } from 'react'
import { now } from './clock'
import { clearJournal, writeJournal } from './journal'
import { onPageHide } from './page'
import { startTimer, stopTimer, type TimerId } from './timers'
import { describeWriteError } from './write-error'

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string }

/** The status in words; `saved` is what a saved (or untouched) value says. */
export function saveStatusText(s: SaveStatus, saved = 'Saved', idle = ''): string {
  if (s.kind === 'failed') return `Not saved: ${s.message}`
  if (s.kind === 'pending' || s.kind === 'saving') return 'Saving…'
  return s.kind === 'saved' ? saved : idle
}

export interface AutosaveOptions<T> {
  /** The document's key in the write-ahead journal (`note:<itemId>` …); see lib/journal. */
  journalKey: string
  /** Quiet time after a change before it is written to IndexedDB. */
  delayMs?: number
  /** The value as the journal keeps it, when the value is not plain data (a builder, say). */
  toJournal?: (value: T) => unknown
}

/** Continuous changes still reach IndexedDB at least this often. */
export const maxSaveWaitMs = 1000
/** The journal is written at most this often while changes stream in (a drag), and at once otherwise. */
export const journalEveryMs = 150

/**
 * Saves a value shortly after it stops changing (and at least every second
 * while it keeps changing), at once when the page is hidden or the component
 * unmounts. Every change is first written synchronously to the journal, so a
 * reload or a closed tab a moment later loses nothing: the next start replays
 * it. `save` gets the time of the change, which the stored row keeps, so a
 * replay never overwrites a newer save. The status says "saved" only after the
 * write resolved; a failed write is reported, not hidden.
 */
export function useAutosave<T>(save: (value: T, at: number) => Promise<void>, options: AutosaveOptions<T>) {
  const { journalKey, delayMs = 400 } = options
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const pending = useRef<{ value: T; at: number; journaled: boolean; since: number } | null>(null)
  const saveTimer = useRef<TimerId | undefined>(undefined)
  const journalTimer = useRef<TimerId | undefined>(undefined)
  const lastJournalAt = useRef(Number.NEGATIVE_INFINITY)
  const saveRef = useRef(save)
  const toJournalRef = useRef(options.toJournal)
  const keyRef = useRef(journalKey)
  const mounted = useRef(true)

  useEffect(() => {
    saveRef.current = save
    toJournalRef.current = options.toJournal
    keyRef.current = journalKey
  }, [save, options.toJournal, journalKey])

  /** Writes the pending change to the journal now, if it is not there yet. */
  const journalPending = useCallback(() => {
    stopTimer(journalTimer.current)
    journalTimer.current = undefined
    const next = pending.current
    if (!next || next.journaled) return
    const toJournal = toJournalRef.current
    writeJournal(keyRef.current, toJournal ? toJournal(next.value) : next.value, next.at)
    next.journaled = true
    lastJournalAt.current = now()
  }, [])

  /** Saves the pending value now; resolves once it is stored (or failed, which the status reports). */
  const flush = useCallback((): Promise<void> => {
    stopTimer(saveTimer.current)
    saveTimer.current = undefined
    journalPending()
    const next = pending.current
    if (!next) return Promise.resolve()
    pending.current = null
    const key = keyRef.current
    if (mounted.current) setStatus({ kind: 'saving' })
    return saveRef.current(next.value, next.at).then(
      () => {
        clearJournal(key, next.at)
        if (mounted.current && pending.current === null) setStatus({ kind: 'saved' })
      },
      (error: unknown) => {
        // The journal keeps the change: it is retried at the next start.
        if (mounted.current) setStatus({ kind: 'failed', message: describeWriteError(error) })
      },
    )
  }, [journalPending])

  const schedule = useCallback(
    (value: T) => {
      const at = now()
      const since = pending.current?.since ?? at
      pending.current = { value, at, journaled: false, since }
      // Typing or dragging schedules many times a second: only the first changes the status.
      setStatus((s) => (s.kind === 'pending' ? s : { kind: 'pending' }))
      const sinceJournal = at - lastJournalAt.current
      if (sinceJournal >= journalEveryMs) journalPending()
      else journalTimer.current ??= startTimer(journalPending, journalEveryMs - sinceJournal)
      stopTimer(saveTimer.current)
      saveTimer.current = startTimer(flush, Math.max(0, Math.min(delayMs, since + maxSaveWaitMs - at)))
    },
    [delayMs, flush, journalPending],
  )

  /** Saves a discrete change (a pick, a click) at once, journaled first like any other. */
  const saveNow = useCallback(
    (value: T): Promise<void> => {
      schedule(value)
      return flush()
    },
    [schedule, flush],
  )

  useEffect(() => {
    mounted.current = true
    // The last safe moment: write the journal synchronously, then start the save.
    const unsubscribe = onPageHide(() => {
      journalPending()
      void flush()
    })
    return () => {
      unsubscribe()
      mounted.current = false
      void flush()
    }
  }, [flush, journalPending])

  return { status, schedule, flush, saveNow }
}
