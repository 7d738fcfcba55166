import { useCallback, useEffect, useRef, useState } from 'react'
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

/**
 * Saves a value shortly after it stops changing, and at once when the page is
 * hidden or the component unmounts, so nothing typed is lost. The status says
 * "saved" only after the write resolved; a failed write is reported, not hidden.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs = 400) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<TimerId | undefined>(undefined)
  const saveRef = useRef(save)
  const mounted = useRef(true)

  useEffect(() => {
    saveRef.current = save
  }, [save])

  /** Saves the pending value now; resolves once it is stored (or failed, which the status reports). */
  const flush = useCallback((): Promise<void> => {
    stopTimer(timer.current)
    timer.current = undefined
    const next = pending.current
    if (!next) return Promise.resolve()
    pending.current = null
    if (mounted.current) setStatus({ kind: 'saving' })
    return saveRef.current(next.value).then(
      () => {
        if (mounted.current && pending.current === null) setStatus({ kind: 'saved' })
      },
      (error: unknown) => {
        if (mounted.current) {
          setStatus({
            kind: 'failed',
            message: describeWriteError(error),
          })
        }
      },
    )
  }, [])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      // Typing or dragging schedules many times a second: only the first changes the status.
      setStatus((s) => (s.kind === 'pending' ? s : { kind: 'pending' }))
      stopTimer(timer.current)
      timer.current = startTimer(flush, delayMs)
    },
    [delayMs, flush],
  )

  useEffect(() => {
    mounted.current = true
    const unsubscribe = onPageHide(() => void flush())
    return () => {
      unsubscribe()
      mounted.current = false
      void flush()
    }
  }, [flush])

  return { status, schedule, flush }
}
