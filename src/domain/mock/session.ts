/**
 * A timed mock as a state machine over plain data: running, paused (practice
 * only) and submitted. The deadline is fixed when the mock starts and stored
 * with it, so the clock keeps running across reloads and closed tabs; every
 * function takes the time as a parameter.
 */
import type { TopicId } from '../content/topics.ts'
import { designPhases } from './formats.ts'
import type { MockFormat, MockItemKind } from './formats.ts'

export type MockMode = 'exam' | 'practice'
export type MockStatus = 'running' | 'paused' | 'submitted'

export interface MockItemRef {
  id: string
  kind: MockItemKind
  topic: TopicId
}

/** Moments when something became current: the item shown, or the design phase. */
export interface Visit {
  index: number
  at: number
}

export interface Pause {
  from: number
  to: number
}

export interface MockSession {
  id: string
  format: MockFormat
  mode: MockMode
  seed: string
  items: MockItemRef[]
  durationMs: number
  startedAt: number
  /** When the time runs out; a resumed pause moves it later by the pause's length. */
  deadline: number
  status: MockStatus
  /** When the current pause began (status `paused`). */
  pausedAt: number | null
  pauses: Pause[]
  /** The item on screen over time (the first at `startedAt`). */
  visits: Visit[]
  /** The design-round phase over time (the first at `startedAt`); empty for other formats. */
  phases: Visit[]
  submittedAt: number | null
  submitReason: 'user' | 'time' | null
  /** Send every missed item to the flashcard queue, due today. */
  missedToReview: boolean
  /** Items already sent to review (each at most once). */
  sentToReview: string[]
}

export class MockStateError extends Error {
  override name = 'MockStateError'
}

/** What starting a mock needs: the rest of the session follows from it. */
export type NewMock = Pick<
  MockSession,
  'id' | 'format' | 'mode' | 'seed' | 'items' | 'durationMs' | 'missedToReview'
>

/** Starts a mock now: the deadline is now plus its duration. */
export function startMock(input: NewMock, now: number): MockSession {
  if (input.items.length === 0) throw new MockStateError('A mock needs at least one item.')
  if (!(input.durationMs > 0)) throw new MockStateError('A mock needs a duration.')
  return {
    ...input,
    startedAt: now,
    deadline: now + input.durationMs,
    status: 'running',
    pausedAt: null,
    pauses: [],
    visits: [{ index: 0, at: now }],
    phases: input.format === 'design' ? [{ index: 0, at: now }] : [],
    submittedAt: null,
    submitReason: null,
    sentToReview: [],
  }
}

/** Time left, in ms (never negative); frozen while paused, 0 once submitted. */
export function remainingMs(s: MockSession, now: number): number {
  if (s.status === 'submitted') return 0
  const at = s.status === 'paused' && s.pausedAt !== null ? s.pausedAt : now
  return Math.max(0, s.deadline - at)
}

/** The time is up and the mock has not been submitted yet (a paused mock never expires). */
export function isExpired(s: MockSession, now: number): boolean {
  return s.status === 'running' && now >= s.deadline
}

export function pauseMock(s: MockSession, now: number): MockSession {
  if (s.mode === 'exam') throw new MockStateError('An exam-mode mock cannot be paused.')
  if (s.status !== 'running') throw new MockStateError(`A ${s.status} mock cannot be paused.`)
  if (isExpired(s, now)) return submitMock(s, now, 'time')
  return { ...s, status: 'paused', pausedAt: now }
}

export function resumeMock(s: MockSession, now: number): MockSession {
  if (s.status !== 'paused' || s.pausedAt === null)
    throw new MockStateError('Only a paused mock can be resumed.')
  const from = s.pausedAt
  const to = Math.max(now, from)
  return {
    ...s,
    status: 'running',
    pausedAt: null,
    pauses: [...s.pauses, { from, to }],
    deadline: s.deadline + (to - from),
  }
}

/**
 * Submits the mock. Past the deadline it counts as submitted by the clock, at
 * the deadline, whoever asks: a tab closed before the time ran out and opened
 * after gets the submission it would have had.
 */
export function submitMock(s: MockSession, now: number, reason: 'user' | 'time'): MockSession {
  if (s.status === 'submitted') return s
  if (isExpired(s, now)) {
    return { ...s, status: 'submitted', submittedAt: s.deadline, submitReason: 'time' }
  }
  if (reason === 'time') throw new MockStateError('The time is not up yet.')
  const base = s.status === 'paused' ? resumeMock(s, now) : s
  return { ...base, status: 'submitted', submittedAt: now, submitReason: 'user' }
}

/** The session as it stands at `now`: submitted by the clock if its time ran out. */
export function settleMock(s: MockSession, now: number): MockSession {
  return isExpired(s, now) ? submitMock(s, now, 'time') : s
}

/** Shows item `index` from now on (time spent on an item counts from here). */
export function focusItem(s: MockSession, index: number, now: number): MockSession {
  if (s.status === 'submitted') return s
  if (!Number.isInteger(index) || index < 0 || index >= s.items.length)
    throw new MockStateError(`There is no item ${index + 1} in this mock.`)
  const last = s.visits[s.visits.length - 1]
  if (last?.index === index) return s
  return { ...s, visits: [...s.visits, { index, at: Math.max(now, last?.at ?? now) }] }
}

/** The item on screen: the last one visited. */
export function currentItem(s: MockSession): number {
  return s.visits[s.visits.length - 1]?.index ?? 0
}

/** Milliseconds of active (unpaused) time in [from, to). */
export function activeMs(s: MockSession, from: number, to: number): number {
  if (to <= from) return 0
  let paused = 0
  const spans: Pause[] = [...s.pauses]
  if (s.status === 'paused' && s.pausedAt !== null)
    spans.push({ from: s.pausedAt, to: Number.POSITIVE_INFINITY })
  for (const p of spans) paused += Math.max(0, Math.min(to, p.to) - Math.max(from, p.from))
  return to - from - paused
}

/** The end of the mock's clock: when it was submitted, or now. */
function endOf(s: MockSession, now: number): number {
  return s.submittedAt ?? Math.min(now, s.deadline)
}

/** Active time per index of a visit log, up to `end`. */
function timeByIndex(s: MockSession, log: readonly Visit[], count: number, end: number): number[] {
  const out = new Array<number>(count).fill(0)
  log.forEach((v, i) => {
    const until = Math.min(log[i + 1]?.at ?? end, end)
    out[v.index] = (out[v.index] ?? 0) + activeMs(s, v.at, until)
  })
  return out
}

/** Active time spent on each item, in ms, in item order. */
export function timePerItem(s: MockSession, now: number): number[] {
  return timeByIndex(s, s.visits, s.items.length, endOf(s, now))
}

export type TimeWarning = 'none' | 'five-minutes' | 'one-minute'

/**
 * The warning due now: at 5 minutes left and at 1 minute left, for a mock
 * long enough for the warning to mean something (a 3-minute mock gets no
 * 5-minute warning).
 */
export function timeWarning(s: MockSession, now: number): TimeWarning {
  if (s.status === 'submitted') return 'none'
  const left = remainingMs(s, now)
  if (left <= 60_000 && s.durationMs > 60_000) return 'one-minute'
  if (left <= 300_000 && s.durationMs > 300_000) return 'five-minutes'
  return 'none'
}

export interface PhaseStatus {
  /** The phase the user is in. */
  index: number
  /** Active time spent in it so far. */
  spentMs: number
  budgetMs: number
  /** Over its budget and not the last phase: time to move on. */
  overBudget: boolean
  /** The phase the clock says the round should be in by now. */
  scheduledIndex: number
}

/** Where a design round stands: the user's phase against the plan of 5/5/15/15/5 minutes. */
export function phaseStatus(s: MockSession, now: number): PhaseStatus {
  const end = endOf(s, now)
  const last = s.phases[s.phases.length - 1] ?? { index: 0, at: s.startedAt }
  const phase = designPhases[last.index] ?? designPhases[0]!
  const spentMs = activeMs(s, last.at, end)
  const budgetMs = phase.minutes * 60_000
  const elapsed = activeMs(s, s.startedAt, end)
  let scheduledIndex = 0
  let cumulative = 0
  for (let i = 0; i < designPhases.length; i++) {
    cumulative += designPhases[i]!.minutes * 60_000
    scheduledIndex = i
    if (elapsed < cumulative) break
  }
  return {
    index: last.index,
    spentMs,
    budgetMs,
    overBudget: spentMs > budgetMs && last.index < designPhases.length - 1,
    scheduledIndex,
  }
}

/** Moves a design round to phase `index` (forwards or back). */
export function goToPhase(s: MockSession, index: number, now: number): MockSession {
  if (s.format !== 'design') throw new MockStateError('Only a system-design round has phases.')
  if (s.status === 'submitted') return s
  if (!Number.isInteger(index) || index < 0 || index >= designPhases.length)
    throw new MockStateError(`There is no phase ${index + 1}.`)
  const last = s.phases[s.phases.length - 1]
  if (last?.index === index) return s
  return { ...s, phases: [...s.phases, { index, at: Math.max(now, last?.at ?? now) }] }
}

/** Active time spent in each design phase, in ms. */
export function timePerPhase(s: MockSession, now: number): number[] {
  return timeByIndex(s, s.phases, designPhases.length, endOf(s, now))
}

/** "12:05", "0:42", "1:02:03": a countdown or a duration. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}
