import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/db/db'
import {
  createMock,
  loadMockAnswers,
  loadSelectionSignals,
  openMock,
  recordMockResult,
  saveMockAnswer,
  saveMockGrades,
  updateMock,
} from '../../../src/db/mocks'
import { startMock, submitMock, type MockItemRef } from '../../../src/domain/mock/session'
import { CardState, newCardRecord } from '../../../src/domain/scheduling/card'

const t0 = Date.UTC(2026, 10, 21, 10)
const min = 60_000
const items: MockItemRef[] = [
  { id: 'caching-a', kind: 'mcq', topic: 'caching' },
  { id: 'code-token-bucket', kind: 'code', topic: 'scaling' },
  { id: 'http-b', kind: 'card', topic: 'http' },
]
const result = { percent: 0, earned: 0, possible: 3, pending: 0, missed: 2, items: [] }

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(t0)
  await Promise.all(db.tables.map((t) => t.clear()))
})
afterEach(() => vi.useRealTimers())

async function start(missedToReview = true) {
  const session = startMock(
    { id: 'mock-1', format: 'custom', mode: 'exam', seed: 's', items, durationMs: 10 * min, missedToReview },
    t0,
  )
  await createMock(session)
  return session
}

describe('mocks repository', () => {
  it('saves answers as they change and refuses them once submitted', async () => {
    await start()
    await saveMockAnswer('mock-1', items[0]!, { choices: [1] })
    await saveMockAnswer('mock-1', items[0]!, { choices: [2] })
    await saveMockAnswer('mock-1', items[2]!, { text: 'TTL plus jitter' })
    expect((await loadMockAnswers('mock-1')).get('caching-a')?.choices).toEqual([2])
    await updateMock('mock-1', (s, at) => submitMock(s, at, 'user'))
    await expect(saveMockAnswer('mock-1', items[2]!, { text: 'changed' })).rejects.toThrow(/submitted/)
    expect((await loadMockAnswers('mock-1')).get('http-b')?.text).toBe('TTL plus jitter')
  })

  it('submits, on opening, a mock whose time ran out while the tab was closed', async () => {
    await start()
    vi.setSystemTime(t0 + 4 * min)
    expect((await openMock('mock-1'))?.status).toBe('running')
    vi.setSystemTime(t0 + 60 * min)
    const opened = await openMock('mock-1')
    expect(opened).toMatchObject({ status: 'submitted', submitReason: 'time', submittedAt: t0 + 10 * min })
    expect((await db.mocks.get('mock-1'))?.status).toBe('submitted')
  })

  it('sends missed items to review as a lapse due today, once, creating cards that did not exist', async () => {
    await db.cards.put({
      ...newCardRecord(
        { id: 'caching-a', deckId: 'topic:caching', topic: 'caching', source: 'bank', position: 3 },
        t0 - 30 * 86_400_000,
      ),
      state: CardState.Review,
      due: t0 + 20 * 86_400_000,
      stability: 30,
      difficulty: 5,
      scheduledDays: 30,
      reps: 4,
      lastReview: t0 - 10 * 86_400_000,
    })
    await start()
    await updateMock('mock-1', (s, at) => submitMock(s, at, 'user'))
    const grades = new Map([
      ['code-token-bucket', { grade: { passed: 2, total: 5, summary: '2 of 5 tests pass' } }],
    ])
    await saveMockGrades('mock-1', grades)
    await recordMockResult('mock-1', result, [items[0]!, items[1]!])

    const lapsed = await db.cards.get('caching-a')
    expect(lapsed).toMatchObject({ state: CardState.Relearning, lapses: 1 })
    expect(lapsed!.due).toBe(t0)
    const created = await db.cards.get('code-token-bucket')
    expect(created).toMatchObject({ deckId: 'topic:scaling', source: 'bank', state: CardState.Learning })
    expect(created!.due).toBe(t0)
    const logs = await db.reviewLogs.toArray()
    expect(logs.map((l) => [l.cardId, l.rating, l.origin])).toEqual([
      ['caching-a', 1, 'mock'],
      ['code-token-bucket', 1, 'mock'],
    ])
    expect((await loadMockAnswers('mock-1')).get('code-token-bucket')?.grade?.passed).toBe(2)
    expect((await db.mocks.get('mock-1'))?.sentToReview).toEqual(['caching-a', 'code-token-bucket'])

    // Grading again (a self-grade later) never sends an item twice.
    await recordMockResult('mock-1', result, [items[0]!, items[1]!])
    expect(await db.reviewLogs.count()).toBe(2)
  })

  it('sends nothing to review for a mock that opted out, and refuses grades before submission', async () => {
    await start(false)
    await expect(recordMockResult('mock-1', result, [items[0]!])).rejects.toThrow(/submitted/)
    await expect(saveMockGrades('mock-1', new Map([['caching-a', { selfGrade: 'full' }]]))).rejects.toThrow(
      /submitted/,
    )
    await updateMock('mock-1', (s, at) => submitMock(s, at, 'user'))
    await recordMockResult('mock-1', result, [items[0]!])
    expect(await db.cards.count()).toBe(0)
    expect(await db.reviewLogs.count()).toBe(0)
    expect((await db.mocks.get('mock-1'))?.result).toEqual(result)
  })

  it('counts reviewed cards, attempted exercises and past mock items as seen, and weak topics from misses', async () => {
    await db.exerciseProgress.put({
      exerciseId: 'sql-top-n',
      status: 'attempted',
      attempts: 1,
      lastAt: t0,
      solvedAt: 0,
    })
    await start()
    await updateMock('mock-1', (s, at) => submitMock(s, at, 'user'))
    await recordMockResult(
      'mock-1',
      {
        ...result,
        items: [
          { score: 0, missed: true },
          { score: 1, missed: false },
          { score: null, missed: null },
        ],
      },
      [],
    )
    const signals = await loadSelectionSignals(t0)
    expect([...signals.seen].sort()).toEqual(['caching-a', 'code-token-bucket', 'http-b', 'sql-top-n'])
    expect(signals.weakness.get('caching')).toBe(1)
    expect(signals.weakness.get('scaling')).toBe(0)
    expect(signals.weakness.has('http')).toBe(false)
  })
})
