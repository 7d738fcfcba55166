/**
 * Answers being typed are saved shortly after each change. Before the mock
 * is submitted (by the user or the clock), every pending save is written
 * first, so nothing typed in the last moment is lost.
 */
import { useCallback, useEffect } from 'react'
import { saveMockAnswer } from '../../db/mocks'
import type { MockItemRef } from '../../domain/mock/session'
import { useAutosave } from '../../lib/use-autosave'

const flushers = new Set<() => Promise<void>>()

/** Registers an answer's `flush` while its component is mounted. */
function useFlushBeforeSubmit(flush: () => Promise<void>): void {
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

/** Saves one typed field of an item's answer shortly after each change, and before the mock is submitted. */
export function useAnswerAutosave(
  mockId: string,
  item: MockItemRef,
  field: 'text' | 'code',
  delayMs?: number,
) {
  const autosave = useAutosave(
    useCallback((value: string) => saveMockAnswer(mockId, item, { [field]: value }), [mockId, item, field]),
    delayMs,
  )
  useFlushBeforeSubmit(autosave.flush)
  return autosave
}
