/**
 * Timed mocks: the session row, answers saved as they change, grading, and
 * sending missed items to the flashcard queue as FSRS lapses, each in one
 * transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import type { TopicId } from '../domain/content/topics'
import type { MockAnswer } from '../domain/mock/scoring'
import { topicWeakness, type SelectionSignals } from '../domain/mock/select-items'
import { MockStateError, settleMock, type MockItemRef, type MockSession } from '../domain/mock/session'
import { CardState, Grade, newCardRecord, topicDeckId, type CardRecord } from '../domain/scheduling/card'
import { createScheduler } from '../domain/scheduling/scheduler'
import { localTimeZone, studyDayOf } from '../domain/scheduling/study-day'
import { now } from '../lib/clock'
import { db, type MockRecord, type MockResult } from './db'
import { getSchedulingSettings } from './scheduling-settings'

export async function createMock(session: MockSession): Promise<void> {
  await db.mocks.add({ ...session, result: null })
}

/** The mock with its clock settled: a mock whose time ran out while the tab was closed is submitted. */
export async function openMock(id: string): Promise<MockRecord | null> {
  return db.transaction('rw', db.mocks, async () => {
    const record = await db.mocks.get(id)
    if (!record) return null
    const settled = settleMock(record, now())
    if (settled === record) return record
    const next = { ...record, ...settled }
    await db.mocks.put(next)
    return next
  })
}

/**
 * Changes a mock through a domain transition (pause, resume, focus, phase,
 * submit), reading and writing it in one transaction so two tabs cannot
 * interleave.
 */
export async function updateMock(
  id: string,
  change: (s: MockRecord, at: number) => MockSession,
): Promise<MockRecord> {
  return db.transaction('rw', db.mocks, async () => {
    const record = await db.mocks.get(id)
    if (!record) throw new MockStateError('This mock no longer exists.')
    const next = { ...record, ...change(record, now()) }
    if (next !== record) await db.mocks.put(next)
    return next
  })
}

export type AnswerFields = Partial<Pick<MockAnswer, 'choices' | 'text' | 'code' | 'diagramId'>>

/**
 * Saves what the user gave for an item, as it was at `at` (the time of the
 * change); a later change already stored is kept. Refused once the mock is
 * submitted.
 */
export async function saveMockAnswer(
  mockId: string,
  item: MockItemRef,
  fields: AnswerFields,
  at: number = now(),
): Promise<void> {
  await db.transaction('rw', db.mocks, db.mockAnswers, async () => {
    const mock = await db.mocks.get(mockId)
    if (!mock) throw new MockStateError('This mock no longer exists.')
    if (mock.status === 'submitted')
      throw new MockStateError('This mock has been submitted; answers can no longer change.')
    const previous = await db.mockAnswers.get([mockId, item.id])
    if (previous && previous.updatedAt > at) return
    await db.mockAnswers.put({
      ...previous,
      mockId,
      itemId: item.id,
      kind: item.kind,
      ...fields,
      updatedAt: at,
    })
  })
}

export type GradeFields = Partial<
  Pick<MockAnswer, 'selfGrade' | 'keyPointsCovered' | 'rubricTicks' | 'rubricConfirmed' | 'grade'>
>

/** Records grades of a submitted mock's answers: a self-grade, rubric ticks, an automatic grade. */
export async function saveMockGrades(
  mockId: string,
  grades: ReadonlyMap<string, GradeFields>,
): Promise<void> {
  await db.transaction('rw', db.mocks, db.mockAnswers, async () => {
    const mock = await db.mocks.get(mockId)
    if (!mock) throw new MockStateError('This mock no longer exists.')
    if (mock.status !== 'submitted') throw new MockStateError('A mock is graded once it is submitted.')
    for (const [itemId, fields] of grades) {
      const item = mock.items.find((i) => i.id === itemId)
      if (!item) continue
      const previous = await db.mockAnswers.get([mockId, itemId])
      await db.mockAnswers.put({
        mockId,
        itemId,
        kind: item.kind,
        ...previous,
        ...fields,
        updatedAt: previous?.updatedAt ?? now(),
      })
    }
  })
}

/**
 * Stores a submitted mock's result, and sends the newly missed items to
 * review (an FSRS lapse, due today) unless the mock opted out; in one
 * transaction, and never an item twice.
 */
export async function recordMockResult(
  mockId: string,
  result: MockResult,
  toReview: readonly MockItemRef[],
): Promise<void> {
  const settings = await getSchedulingSettings()
  const scheduler = createScheduler(settings)
  await db.transaction('rw', [db.mocks, db.cards, db.reviewLogs], async () => {
    const mock = await db.mocks.get(mockId)
    if (!mock) throw new MockStateError('This mock no longer exists.')
    if (mock.status !== 'submitted') throw new MockStateError('A mock is graded once it is submitted.')
    const at = now()
    const sent = new Set(mock.sentToReview)
    const fresh = mock.missedToReview ? toReview.filter((i) => !sent.has(i.id)) : []
    if (fresh.length > 0) {
      const day = studyDayOf(at, { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() })
      const existing = await db.cards.bulkGet(fresh.map((i) => i.id))
      for (const [i, item] of fresh.entries()) {
        const card: CardRecord =
          existing[i] ??
          newCardRecord(
            {
              id: item.id,
              deckId: topicDeckId(item.topic),
              topic: item.topic,
              source: 'bank',
              position: Number.MAX_SAFE_INTEGER,
            },
            at,
          )
        // Unburied, so it is due today; a card the user suspended stays suspended.
        const outcome = scheduler.grade({ ...card, buriedUntil: 0 }, Grade.Again, at, day)
        // Due now rather than after the first (re)learning step: the user just missed it, and
        // the review queue should offer it first thing.
        await db.cards.put({ ...outcome.card, due: Math.min(outcome.card.due, at) })
        await db.reviewLogs.add({ ...outcome.log, origin: 'mock' })
      }
    }
    await db.mocks.put({ ...mock, result, sentToReview: [...mock.sentToReview, ...fresh.map((i) => i.id)] })
  })
}

export function useMock(id: string): MockRecord | null | undefined {
  return useLiveQuery(async () => (await db.mocks.get(id)) ?? null, [id])
}

/** A mock's answers by item. */
export async function loadMockAnswers(mockId: string): Promise<Map<string, MockAnswer>> {
  return new Map((await db.mockAnswers.where('mockId').equals(mockId).toArray()).map((a) => [a.itemId, a]))
}

export function useMockAnswers(mockId: string): Map<string, MockAnswer> | undefined {
  return useLiveQuery(() => loadMockAnswers(mockId), [mockId])
}

/** Every mock, newest first. */
export function useMockHistory(): MockRecord[] | undefined {
  return useLiveQuery(() => db.mocks.orderBy('startedAt').reverse().toArray(), [])
}

/** Mocks not yet submitted (settled first, so one whose time ran out is not offered as running). */
export async function settleOpenMocks(): Promise<void> {
  const open = await db.mocks.where('status').anyOf('running', 'paused').primaryKeys()
  await Promise.all(open.map((id) => openMock(id)))
}

/**
 * What the item draw leans on: items met before (reviewed cards, attempted
 * exercises, drawn design prompts, earlier mocks) and each topic's weakness
 * (recall of studied cards, misses in past mocks).
 */
export async function loadSelectionSignals(at: number): Promise<SelectionSignals> {
  const [cards, progress, diagrams, mocks, settings] = await Promise.all([
    // `state` alone is the first part of the [state+due] index (a Dexie virtual index).
    db.cards.where('state').anyOf(CardState.Learning, CardState.Review, CardState.Relearning).toArray(),
    db.exerciseProgress.toCollection().primaryKeys(),
    db.diagrams.toArray(),
    db.mocks.toArray(),
    getSchedulingSettings(),
  ])
  const scheduler = createScheduler(settings)
  const seen = new Set<string>([...(progress as string[])])
  for (const c of cards) seen.add(c.id)
  for (const d of diagrams) if (d.promptId) seen.add(d.promptId)
  const evidence = new Map<
    string,
    { studied: number; recall: number; mockGraded: number; mockMissed: number }
  >()
  const entry = (topic: string) => {
    let e = evidence.get(topic)
    if (!e) evidence.set(topic, (e = { studied: 0, recall: 0, mockGraded: 0, mockMissed: 0 }))
    return e
  }
  for (const c of cards) {
    if (c.source !== 'bank' || c.topic === null) continue
    const e = entry(c.topic)
    e.studied++
    e.recall += scheduler.retrievability(c, at)
  }
  for (const m of mocks) {
    m.items.forEach((item, i) => {
      seen.add(item.id)
      const r = m.result?.items[i]
      if (!r || r.missed === null) return
      const e = entry(item.topic)
      e.mockGraded++
      if (r.missed) e.mockMissed++
    })
  }
  const weakness = topicWeakness(
    [...evidence].map(([topic, e]) => ({
      topic: topic as TopicId,
      studied: e.studied,
      meanRecall: e.studied > 0 ? e.recall / e.studied : 0,
      mockGraded: e.mockGraded,
      mockMissed: e.mockMissed,
    })),
  )
  return { seen, weakness }
}
