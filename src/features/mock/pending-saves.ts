/**
 * Answers being typed are saved shortly after each change. Before the mock
 * is submitted (by the user or the clock), every pending save is written
 * first, so nothing typed in the last moment is lost.
 */
import { useEffect } from 'react'

const flushers = new Set<() => Promise<void>>()

/** Registers an answer's `flush` while its component is mounted. */
export function useFlushBeforeSubmit(flush: () => Promise<void>): void {
  useEffect(() => {
    flushers.add(flush)
    return () => {
      flushers.delete(flush)
    }
  }, [flush])
}

export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...flushers].map((f) => f()))
}
