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

/** One field of an item's answer as the journal keeps it (see db/journal-replay). */
export interface JournaledAnswer<V> {
  item: MockItemRef
  fields: Partial<Record<'text' | 'code' | 'choices', V>>
}

/**
 * Saves one field of an item's answer (typed text or code shortly after each
 * change, a pick at once with `saveNow`), journaled first, and written before
 * the mock is submitted.
 */
export function useAnswerAutosave<V extends string | number[]>(
  mockId: string,
  item: MockItemRef,
  field: V extends string ? 'text' | 'code' : 'choices',
  delayMs?: number,
) {
  const autosave = useAutosave(
    useCallback(
      (value: V, at: number) => saveMockAnswer(mockId, item, { [field]: value }, at),
      [mockId, item, field],
    ),
    {
      journalKey: `mock-answer:${mockId}:${item.id}:${field}`,
      delayMs,
      toJournal: useCallback(
        (value: V): JournaledAnswer<V> => ({ item, fields: { [field]: value } }),
        [item, field],
      ),
    },
  )
  useFlushBeforeSubmit(autosave.flush)
  return autosave
}
