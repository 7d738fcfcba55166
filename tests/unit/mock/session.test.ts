// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  currentItem,
  focusItem,
  formatClock,
  goToPhase,
  isExpired,
  MockStateError,
  pauseMock,
  phaseStatus,
  remainingMs,
  resumeMock,
  settleMock,
  startMock,
  submitMock,
  timePerItem,
  timePerPhase,
  timeWarning,
  type MockSession,
  type NewMock,
} from '../../../src/domain/mock/session'

const t0 = Date.UTC(2026, 10, 21, 9, 0, 0)
const min = 60_000
const sec = 1_000

function mock(overrides: Partial<NewMock> = {}): MockSession {
  return startMock(
    {
      id: 'mock-1',
      format: 'quiz',
      mode: 'exam',
      seed: 'abc',
      items: [
        { id: 'a', kind: 'mcq', topic: 'caching' },
        { id: 'b', kind: 'card', topic: 'http' },
        { id: 'c', kind: 'mcq', topic: 'databases' },
      ],
      durationMs: 20 * min,
      missedToReview: true,
      ...overrides,
    },
    t0,
  )
}

/** What a reload does to a session: it comes back from IndexedDB as plain data. */
const reload = (s: MockSession): MockSession => structuredClone(s)

describe('the mock clock', () => {
  it('stores the deadline at the start and counts down from it', () => {
    const s = mock()
    expect(s.deadline).toBe(t0 + 20 * min)
    expect(remainingMs(s, t0)).toBe(20 * min)
    expect(remainingMs(s, t0 + 7 * min)).toBe(13 * min)
  })

  it('keeps running across a reload or a closed tab', () => {
    const s = mock()
    // The tab closes at 2 minutes and opens again at 9.
    const reopened = reload(s)
    expect(remainingMs(reopened, t0 + 9 * min)).toBe(11 * min)
    expect(isExpired(reopened, t0 + 9 * min)).toBe(false)
  })

  it('submits by the clock at the deadline, even when the tab opens much later', () => {
    const s = focusItem(mock(), 1, t0 + 5 * min)
    const settled = settleMock(reload(s), t0 + 3 * 60 * min)
    expect(settled.status).toBe('submitted')
    expect(settled.submitReason).toBe('time')
    expect(settled.submittedAt).toBe(t0 + 20 * min)
    // Time spent stops at the deadline, not when the tab came back.
    expect(timePerItem(settled, t0 + 3 * 60 * min)).toEqual([5 * min, 15 * min, 0])
  })

  it('does not settle a mock that still has time', () => {
    const s = mock()
    expect(settleMock(s, t0 + 19 * min + 59 * sec)).toBe(s)
    expect(isExpired(s, t0 + 20 * min)).toBe(true)
  })

  it('refuses to pause an exam', () => {
    expect(() => pauseMock(mock(), t0 + min)).toThrow(MockStateError)
  })

  it('pauses a practice mock: the clock freezes and the deadline moves by the pause', () => {
    const s = mock({ mode: 'practice' })
    const paused = pauseMock(s, t0 + 4 * min)
    expect(paused.status).toBe('paused')
    expect(remainingMs(paused, t0 + 30 * min)).toBe(16 * min)
    // A paused mock never expires, even after a reload long past the old deadline.
    expect(settleMock(reload(paused), t0 + 60 * min).status).toBe('paused')
    const resumed = resumeMock(reload(paused), t0 + 10 * min)
    expect(resumed.deadline).toBe(t0 + 26 * min)
    expect(remainingMs(resumed, t0 + 10 * min)).toBe(16 * min)
    expect(resumed.pauses).toEqual([{ from: t0 + 4 * min, to: t0 + 10 * min }])
  })

  it('leaves paused time out of the time per item', () => {
    let s = mock({ mode: 'practice' })
    s = focusItem(s, 2, t0 + 2 * min)
    s = pauseMock(s, t0 + 3 * min)
    s = resumeMock(s, t0 + 8 * min)
    s = submitMock(s, t0 + 10 * min, 'user')
    expect(timePerItem(s, t0 + 10 * min)).toEqual([2 * min, 0, 3 * min])
  })

  it('submits a paused practice mock at once when the user asks', () => {
    const paused = pauseMock(mock({ mode: 'practice' }), t0 + min)
    const done = submitMock(paused, t0 + 2 * min, 'user')
    expect(done.status).toBe('submitted')
    expect(done.submittedAt).toBe(t0 + 2 * min)
    expect(done.submitReason).toBe('user')
  })

  it('refuses a submission by the clock before the time is up, and changes nothing once submitted', () => {
    const s = mock()
    expect(() => submitMock(s, t0 + min, 'time')).toThrow(/not up/)
    const done = submitMock(s, t0 + min, 'user')
    expect(submitMock(done, t0 + 2 * min, 'user')).toBe(done)
    expect(focusItem(done, 2, t0 + 3 * min)).toBe(done)
    expect(remainingMs(done, t0 + 2 * min)).toBe(0)
  })

  it('records which item is on screen, and refuses an item that does not exist', () => {
    let s = mock()
    s = focusItem(s, 2, t0 + min)
    s = focusItem(s, 2, t0 + 2 * min)
    expect(s.visits).toHaveLength(2)
    expect(currentItem(s)).toBe(2)
    expect(() => focusItem(s, 3, t0)).toThrow(/no item 4/)
  })

  it('warns at five minutes and at one minute left', () => {
    const s = mock()
    expect(timeWarning(s, t0 + 14 * min)).toBe('none')
    expect(timeWarning(s, t0 + 15 * min)).toBe('five-minutes')
    expect(timeWarning(s, t0 + 18 * min + 59 * sec)).toBe('five-minutes')
    expect(timeWarning(s, t0 + 19 * min)).toBe('one-minute')
    // A one-minute mock gets neither: the whole of it is the last minute.
    expect(timeWarning(mock({ durationMs: min }), t0 + 30 * sec)).toBe('none')
    // A three-minute mock gets the one-minute warning only.
    expect(timeWarning(mock({ durationMs: 3 * min }), t0)).toBe('none')
    expect(timeWarning(mock({ durationMs: 3 * min }), t0 + 2 * min)).toBe('one-minute')
  })

  it('formats a countdown', () => {
    expect(formatClock(20 * min)).toBe('20:00')
    expect(formatClock(59_001)).toBe('1:00')
    expect(formatClock(42_000)).toBe('0:42')
    expect(formatClock(-5)).toBe('0:00')
    expect(formatClock(62 * min + 3 * sec)).toBe('1:02:03')
  })
})

describe('the phases of a design round', () => {
  const design = () =>
    mock({
      format: 'design',
      durationMs: 45 * min,
      items: [{ id: 'design-x', kind: 'design', topic: 'system-design' }],
    })

  it('starts in requirements and nudges once its five minutes are spent', () => {
    const s = design()
    expect(phaseStatus(s, t0 + 4 * min)).toMatchObject({ index: 0, overBudget: false, scheduledIndex: 0 })
    const late = phaseStatus(s, t0 + 6 * min)
    expect(late).toMatchObject({
      index: 0,
      spentMs: 6 * min,
      budgetMs: 5 * min,
      overBudget: true,
      scheduledIndex: 1,
    })
  })

  it('follows the user to the next phase and times each phase', () => {
    let s = design()
    s = goToPhase(s, 1, t0 + 4 * min)
    s = goToPhase(s, 2, t0 + 11 * min)
    expect(phaseStatus(s, t0 + 20 * min)).toMatchObject({
      index: 2,
      spentMs: 9 * min,
      overBudget: false,
      scheduledIndex: 2,
    })
    s = submitMock(s, t0 + 30 * min, 'user')
    expect(timePerPhase(s, t0 + 99 * min)).toEqual([4 * min, 7 * min, 19 * min, 0, 0])
  })

  it('never nudges past the last phase, and keeps phase time across a reload', () => {
    let s = design()
    s = goToPhase(s, 4, t0 + 40 * min)
    expect(phaseStatus(reload(s), t0 + 44 * min + 59 * sec).overBudget).toBe(false)
    expect(phaseStatus(reload(s), t0 + 44 * min).scheduledIndex).toBe(4)
  })

  it('has phases only in a design round', () => {
    expect(mock().phases).toEqual([])
    expect(() => goToPhase(mock(), 1, t0)).toThrow(MockStateError)
    expect(() => goToPhase(design(), 5, t0)).toThrow(/no phase 6/)
  })
})
