/** Exercise persistence: drafts saved as typed, attempts kept per run, progress for the list. */
import { useLiveQuery } from 'dexie-react-hooks'
import { now } from '../lib/clock'
import { db, type ExerciseAttempt, type ExerciseProgress } from './db'

export async function loadDraft(exerciseId: string): Promise<string | null> {
  return (await db.exerciseDrafts.get(exerciseId))?.code ?? null
}

/** Saves the code as it was at `at` (the time of the change), unless a later change is already stored. */
export async function saveDraft(exerciseId: string, code: string, at: number = now()): Promise<void> {
  await db.transaction('rw', db.exerciseDrafts, async () => {
    const stored = await db.exerciseDrafts.get(exerciseId)
    if (stored && stored.updatedAt > at) return
    await db.exerciseDrafts.put({ exerciseId, code, updatedAt: at })
  })
}

/** Back to the starter: the draft is dropped (attempts are kept). */
export async function deleteDraft(exerciseId: string): Promise<void> {
  await db.exerciseDrafts.delete(exerciseId)
}

/** Keeps a run and updates the exercise's progress, in one transaction. */
export async function recordAttempt(attempt: Omit<ExerciseAttempt, 'id' | 'at'>): Promise<ExerciseAttempt> {
  const at = now()
  const record: ExerciseAttempt = { ...attempt, at }
  await db.transaction('rw', db.exerciseAttempts, db.exerciseProgress, async () => {
    record.id = await db.exerciseAttempts.add(record)
    const previous = await db.exerciseProgress.get(attempt.exerciseId)
    const solved = previous?.status === 'solved' || attempt.passed
    await db.exerciseProgress.put({
      exerciseId: attempt.exerciseId,
      status: solved ? 'solved' : 'attempted',
      attempts: (previous?.attempts ?? 0) + 1,
      lastAt: at,
      solvedAt: previous?.solvedAt || (attempt.passed ? at : 0),
    })
  })
  return record
}

/** The attempts of an exercise, newest first. */
export function useAttempts(exerciseId: string, limit = 20): ExerciseAttempt[] | undefined {
  return useLiveQuery(
    () =>
      db.exerciseAttempts
        .where('[exerciseId+at]')
        .between([exerciseId, -Infinity], [exerciseId, Infinity])
        .reverse()
        .limit(limit)
        .toArray(),
    [exerciseId, limit],
  )
}

export function useExerciseProgress(): Map<string, ExerciseProgress> | undefined {
  return useLiveQuery(
    async () => new Map((await db.exerciseProgress.toArray()).map((p) => [p.exerciseId, p])),
    [],
  )
}
