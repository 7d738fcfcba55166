import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  describeMerge,
  isNothingNew,
  mergeTables,
  planMerge,
  reviewKey,
  type MergePlan,
  type MergeTables,
} from '../../../src/domain/backup/merge'
import { replayReviews } from '../../../src/domain/import/replay-history'
import {
  newCardRecord,
  type CardRecord,
  type GradeValue,
  type ReviewLogRecord,
} from '../../../src/domain/scheduling/card'
import { countLog, emptyReviewDay, type ReviewDay } from '../../../src/domain/scheduling/review-days'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { studyDayOf } from '../../../src/domain/scheduling/study-day'

// Fuzz on, as users have it: the merge must be deterministic with it.
const settings = defaultSchedulingSettings
const scheduler = createScheduler(settings)
const boundary = { rolloverHour: 4, timeZone: 'UTC' }
const dayOf = (at: number) => studyDayOf(at, boundary)
const t0 = Date.parse('2026-03-02T09:00:00Z')
const minute = 60_000
const day = 86_400_000

interface Grade {
  cardId: string
  at: number
  rating: GradeValue
  origin?: 'mock' | 'import'
}

function empty(): MergeTables {
  return {
    cards: [],
    reviewLogs: [],
    reviewDays: [],
    userCards: [],
    decks: [],
    diagrams: [],
    mocks: [],
    mockAnswers: [],
    exerciseAttempts: [],
    exerciseProgress: [],
    exerciseDrafts: [],
    notes: [],
    bookmarks: [],
    itemViews: [],
  }
}

function bankCard(id: string, createdAt: number): CardRecord {
  return newCardRecord({ id, deckId: 'topic:http', topic: 'http', source: 'bank', position: 0 }, createdAt)
}

/**
 * A device that graded `grades` as the app does: each card from a new card
 * made at `createdAt`, its log stored with the next id, the day's totals
 * counted for grades from the review queue, a mock's miss due at once.
 */
function device(grades: readonly Grade[], createdAt = t0 - 30 * day, firstId = 1): MergeTables {
  const tables = empty()
  const cards = new Map<string, CardRecord>()
  const days = new Map<number, ReviewDay>()
  let id = firstId
  for (const g of [...grades].sort((a, b) => a.at - b.at || a.rating - b.rating)) {
    const before = cards.get(g.cardId) ?? bankCard(g.cardId, createdAt)
    const d = dayOf(g.at)
    const outcome = scheduler.grade(before, g.rating, g.at, d)
    const log: ReviewLogRecord = { ...outcome.log, id: id++, ...(g.origin ? { origin: g.origin } : {}) }
    cards.set(
      g.cardId,
      g.origin === 'mock' ? { ...outcome.card, due: Math.min(outcome.card.due, g.at) } : outcome.card,
    )
    tables.reviewLogs.push(log)
    if (!g.origin) days.set(d, countLog(days.get(d) ?? emptyReviewDay(d), log))
  }
  tables.cards = [...cards.values()]
  tables.reviewDays = [...days.values()]
  return tables
}

const keyOf: { [T in keyof MergeTables]: (row: MergeTables[T][number]) => string | number | undefined } = {
  cards: (r) => r.id,
  reviewLogs: (r) => r.id,
  reviewDays: (r) => r.day,
  userCards: (r) => r.id,
  decks: (r) => r.id,
  diagrams: (r) => r.id,
  mocks: (r) => r.id,
  mockAnswers: (r) => `${r.mockId}/${r.itemId}`,
  exerciseAttempts: (r) => r.id,
  exerciseProgress: (r) => r.exerciseId,
  exerciseDrafts: (r) => r.exerciseId,
  notes: (r) => r.itemId,
  bookmarks: (r) => r.itemId,
  itemViews: (r) => r.itemId,
}

/** The plan written as the database would: put by key, a new log or run getting the next id. */
function apply(tables: MergeTables, plan: MergePlan): MergeTables {
  const out = empty()
  for (const t of mergeTables) {
    const key = keyOf[t] as (row: unknown) => string | number | undefined
    const rows = new Map<string | number, unknown>()
    for (const r of tables[t]) rows.set(key(r)!, r)
    let next = Math.max(0, ...[...rows.keys()].filter((k): k is number => typeof k === 'number')) + 1
    for (const r of plan.writes[t]) {
      const k = key(r)
      if (k === undefined) rows.set(next, { ...(r as object), id: next++ })
      else rows.set(k, r)
    }
    ;(out as unknown as Record<string, unknown[]>)[t] = [...rows.values()]
  }
  return out
}

/** The logs as both devices should hold them: without local ids, in order. */
function logsOf(tables: MergeTables) {
  return tables.reviewLogs
    .map(({ id: _id, ...log }) => log)
    .sort((a, b) => a.cardId.localeCompare(b.cardId) || a.review - b.review || a.rating - b.rating)
}

/** The cards' schedules (not the queue flags, which stay each device's). */
function schedulesOf(tables: MergeTables) {
  return tables.cards
    .filter((c) => c.lastReview !== null)
    .map((c) => ({
      id: c.id,
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsedDays,
      scheduledDays: c.scheduledDays,
      learningSteps: c.learningSteps,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      lastReview: c.lastReview,
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

const laptop: Grade[] = [
  { cardId: 'x', at: t0, rating: 3 },
  { cardId: 'x', at: t0 + 10 * minute, rating: 3 },
  { cardId: 'y', at: t0 + 20 * minute, rating: 4 },
]
const phone: Grade[] = [
  { cardId: 'x', at: t0 + 3 * day, rating: 1 },
  { cardId: 'x', at: t0 + 3 * day + 10 * minute, rating: 3 },
  { cardId: 'z', at: t0 + 3 * day + 20 * minute, rating: 3, origin: 'mock' },
]

describe('merging review history', () => {
  it('is a union: every review of both, none twice, this device’s ids kept', () => {
    const a = device(laptop, t0 - 30 * day, 1)
    // The phone already has the laptop's first review (from an earlier merge) and its own.
    const b = device([laptop[0]!, ...phone], t0 - 30 * day, 100)
    const plan = planMerge(a, b, settings)
    const merged = apply(a, plan)
    const keys = merged.reviewLogs.map(reviewKey)
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(keys)).toEqual(
      new Set([...laptop, ...phone].map((g) => reviewKey({ ...g, review: g.at }))),
    )
    expect(plan.counts.reviewsAdded).toBe(3)
    // The laptop's own logs keep their ids (rewritten in place), the new ones get new ids.
    const ids = merged.reviewLogs.map((l) => l.id).sort((p, q) => p! - q!)
    expect(ids).toEqual([1, 2, 3, 4, 5, 6])
    // Nothing of the laptop's is dropped.
    for (const log of a.reviewLogs) expect(keys).toContain(reviewKey(log))
  })

  it('reschedules a card by replaying its merged history, the same as replaying the union directly', () => {
    const a = device(laptop)
    const b = device(phone)
    const merged = apply(a, planMerge(a, b, settings))
    const union = [...laptop, ...phone].filter((g) => g.cardId === 'x').sort((p, q) => p.at - q.at)
    const direct = replayReviews(
      { ...bankCard('x', t0 - 30 * day) },
      union.map((g) => ({ at: g.at, rating: g.rating, origin: g.origin ?? null })),
      scheduler,
      dayOf,
    )
    const x = merged.cards.find((c) => c.id === 'x')!
    expect(x).toEqual(direct.card)
    expect(logsOf(merged).filter((l) => l.cardId === 'x')).toEqual(direct.logs)
    // And the same as one device that had done all of it.
    const both = device([...laptop, ...phone])
    expect(schedulesOf(merged)).toEqual(schedulesOf(both))
    expect(logsOf(merged)).toEqual(logsOf(both))
  })

  it('is deterministic with fuzz on: the same merged log gives the same card, and fuzz is applied', () => {
    const grades = Array.from({ length: 8 }, (_, i) => ({ at: t0 + i * 9 * day, rating: 3 as const }))
    const once = replayReviews(bankCard('x', t0), grades, scheduler, dayOf)
    const again = replayReviews(bankCard('x', t0), grades, scheduler, dayOf)
    expect(again).toEqual(once)
    const unfuzzed = replayReviews(
      bankCard('x', t0),
      grades,
      createScheduler({ ...settings, fuzz: false }),
      dayOf,
    )
    expect(unfuzzed.card.scheduledDays).not.toBe(once.card.scheduledDays)
  })

  it('gives both devices the same logs and schedules when each merges the other’s file, even with cards made at different times', () => {
    const a = device(laptop, t0 - 30 * day, 1)
    const b = device(phone, t0 - 2 * day, 50)
    const a2 = apply(a, planMerge(a, b, settings))
    const b2 = apply(b, planMerge(b, a, settings))
    expect(logsOf(a2)).toEqual(logsOf(b2))
    expect(schedulesOf(a2)).toEqual(schedulesOf(b2))
  })

  it('keeps each review’s origin, and leaves a card missed in a mock due at once', () => {
    const a = device(laptop)
    const b = device(phone)
    const merged = apply(a, planMerge(a, b, settings))
    const z = merged.reviewLogs.filter((l) => l.cardId === 'z')
    expect(z.map((l) => l.origin)).toEqual(['mock'])
    expect(merged.cards.find((c) => c.id === 'z')!.due).toBe(phone[2]!.at)
    expect(merged.reviewLogs.filter((l) => l.cardId === 'x').every((l) => l.origin === undefined)).toBe(true)
  })

  it('recounts the days that gained reviews from the merged logs (grades from the queue only)', () => {
    const a = device(laptop)
    const b = device(phone)
    const plan = planMerge(a, b, settings)
    const merged = apply(a, plan)
    const recount = (d: number) =>
      merged.reviewLogs
        .filter((l) => l.day === d && l.origin === undefined)
        .reduce((t, l) => countLog(t, l), emptyReviewDay(d))
    const phoneDay = dayOf(phone[0]!.at)
    expect(merged.reviewDays.find((d) => d.day === phoneDay)).toEqual(recount(phoneDay))
    // The mock's grade is not a queue grade: its day counts 2 reviews, not 3.
    expect(recount(phoneDay).reviews).toBe(2)
    // The laptop's day is unchanged and not rewritten.
    expect(plan.writes.reviewDays.map((d) => d.day)).toEqual([phoneDay])
    expect(plan.counts.daysRecounted).toBe(1)
  })

  it('adds nothing the second time: merging twice is merging once', () => {
    const a = device(laptop)
    const b = device(phone)
    const once = apply(a, planMerge(a, b, settings))
    const plan = planMerge(once, b, settings)
    expect(isNothingNew(plan)).toBe(true)
    expect(describeMerge(plan)).toBe('Nothing new: this device already has everything in the file.')
    expect(apply(once, plan)).toEqual(once)
    // Merging a file of what this device already had is nothing new either.
    expect(isNothingNew(planMerge(once, a, settings))).toBe(true)
  })

  it('keeps this device’s flags, takes a new card’s from the file, and marks a leech reached in a new review', () => {
    const a = device(laptop)
    a.cards = a.cards.map((c) => (c.id === 'x' ? { ...c, flagged: true, suspended: true } : c))
    const b = device(phone)
    b.cards = b.cards.map((c) => ({ ...c, flagged: false, buriedUntil: t0 + 4 * day }))
    const merged = apply(a, planMerge(a, b, settings))
    expect(merged.cards.find((c) => c.id === 'x')).toMatchObject({
      flagged: true,
      suspended: true,
      buriedUntil: 0,
    })
    expect(merged.cards.find((c) => c.id === 'z')).toMatchObject({ buriedUntil: t0 + 4 * day })

    // Eight lapses on the phone: the merged card is a leech here too, and suspended as this device's settings say.
    const lapses: Grade[] = [{ cardId: 'w', at: t0, rating: 4 }]
    for (let i = 1; i <= 8; i++) {
      lapses.push({ cardId: 'w', at: t0 + i * 30 * day, rating: 1 })
      lapses.push({ cardId: 'w', at: t0 + i * 30 * day + 10 * minute, rating: 4 })
    }
    const leechy = device(lapses)
    expect(leechy.cards[0]).toMatchObject({ leech: true, suspended: true })
    const here = device([lapses[0]!])
    const w = apply(here, planMerge(here, leechy, settings)).cards.find((c) => c.id === 'w')!
    expect(w).toMatchObject({ leech: true, suspended: true, lapses: 8 })
    const tagOnly = apply(here, planMerge(here, leechy, { ...settings, leechAction: 'tag' })).cards[0]!
    expect(tagOnly).toMatchObject({ leech: true, suspended: false })
  })

  it('is commutative on review logs and schedules: A∪B and B∪A are the same (property)', () => {
    const cardIds = ['a', 'b', 'c']
    const gradeArb = fc.record({
      cardId: fc.constantFrom(...cardIds),
      at: fc.integer({ min: 0, max: 200 }).map((m) => t0 + m * 6 * 3_600_000),
      rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      origin: fc.constantFrom(undefined, 'mock' as const, 'import' as const),
      side: fc.constantFrom('a', 'b', 'both'),
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(gradeArb, { selector: (g) => `${g.cardId}/${g.at}`, maxLength: 30 }),
        (grades) => {
          const strip = ({ side: _side, ...g }: Grade & { side: string }): Grade =>
            g.origin ? g : { cardId: g.cardId, at: g.at, rating: g.rating }
          const a = device(grades.filter((g) => g.side !== 'b').map(strip), t0 - 30 * day, 1)
          const b = device(grades.filter((g) => g.side !== 'a').map(strip), t0 - 30 * day, 1000)
          const ab = apply(a, planMerge(a, b, settings))
          const ba = apply(b, planMerge(b, a, settings))
          expect(logsOf(ab)).toEqual(logsOf(ba))
          expect(schedulesOf(ab)).toEqual(schedulesOf(ba))
          // Both equal one device that did everything, and a second merge adds nothing.
          const all = device(grades.map(strip))
          expect(logsOf(ab)).toEqual(logsOf(all))
          expect(schedulesOf(ab)).toEqual(schedulesOf(all))
          expect(isNothingNew(planMerge(ab, b, settings))).toBe(true)
          expect(isNothingNew(planMerge(ba, a, settings))).toBe(true)
          // Nothing dropped: every review of either side is there once.
          expect(ab.reviewLogs).toHaveLength(grades.length)
        },
      ),
      { seed: 20260302, numRuns: 150 },
    )
  })
})

describe('merging the other tables', () => {
  const note = (itemId: string, text: string, updatedAt: number) => ({ itemId, text, updatedAt })
  const diagram = (id: string, name: string, updatedAt: number, deletedAt = 0) => ({
    id,
    name,
    promptId: null,
    doc: { version: 1 as const, nodes: [], edges: [] },
    manualTicks: [],
    createdAt: t0,
    updatedAt,
    deletedAt,
  })

  it('takes the newer edit of each row, adds what is new, and deletes nothing', () => {
    const here = empty()
    const file = empty()
    here.notes = [
      note('older-here', 'laptop', t0),
      note('newer-here', 'laptop', t0 + 5),
      note('only-here', 'x', t0),
    ]
    file.notes = [
      note('older-here', 'phone', t0 + 1),
      note('newer-here', 'phone', t0),
      note('only-there', 'y', t0),
    ]
    here.userCards = [{ id: 'u', front: 'old', back: 'b', tags: [], createdAt: t0, updatedAt: t0 }]
    file.userCards = [{ id: 'u', front: 'new', back: 'b', tags: [], createdAt: t0, updatedAt: t0 + 9 }]
    here.exerciseDrafts = [{ exerciseId: 'e', code: 'mine', updatedAt: t0 + 9 }]
    file.exerciseDrafts = [{ exerciseId: 'e', code: 'theirs', updatedAt: t0 }]
    // A diagram deleted here after the phone's last edit stays deleted; one edited there after our deletion comes back.
    here.diagrams = [diagram('d1', 'one', t0, t0 + 10), diagram('d2', 'two', t0, t0 + 10)]
    file.diagrams = [
      diagram('d1', 'one edited', t0 + 5),
      diagram('d2', 'two edited', t0 + 20),
      diagram('d3', 'new', t0),
    ]
    here.bookmarks = [{ itemId: 'b1', createdAt: t0 }]
    file.bookmarks = [{ itemId: 'b2', createdAt: t0 }]
    file.decks = [{ id: 'import:1', name: 'Anki', kind: 'import', createdAt: t0 }]

    const plan = planMerge(here, file, settings)
    const merged = apply(here, plan)
    const byId = <R>(rows: R[], key: (r: R) => string) => Object.fromEntries(rows.map((r) => [key(r), r]))
    expect(byId(merged.notes, (n) => n.itemId)).toEqual({
      'older-here': note('older-here', 'phone', t0 + 1),
      'newer-here': note('newer-here', 'laptop', t0 + 5),
      'only-here': note('only-here', 'x', t0),
      'only-there': note('only-there', 'y', t0),
    })
    expect(merged.userCards[0]!.front).toBe('new')
    expect(merged.exerciseDrafts[0]!.code).toBe('mine')
    const diagrams = byId(merged.diagrams, (d) => d.id)
    expect(diagrams.d1).toMatchObject({ name: 'one', deletedAt: t0 + 10 })
    expect(diagrams.d2).toMatchObject({ name: 'two edited', deletedAt: 0 })
    expect(diagrams.d3).toMatchObject({ name: 'new' })
    expect(merged.bookmarks.map((b) => b.itemId).sort()).toEqual(['b1', 'b2'])
    expect(merged.decks).toEqual(file.decks)
    expect(plan.counts.added).toMatchObject({ notes: 1, diagrams: 1, bookmarks: 1, decks: 1 })
    expect(plan.counts.updated).toMatchObject({ notes: 1, diagrams: 1, userCards: 1, exerciseDrafts: 0 })
    expect(describeMerge(plan)).toBe(
      '1 card’s text updated, 1 deck added, 1 note added, 1 note updated, 1 diagram added, 1 diagram updated, 1 bookmark added',
    )
    // Nothing here is deleted, and a second merge finds nothing new.
    for (const t of mergeTables) expect(merged[t].length).toBeGreaterThanOrEqual(here[t].length)
    expect(isNothingNew(planMerge(merged, file, settings))).toBe(true)
  })

  it('keeps the later state of a mock and the newer answer', () => {
    const mock = {
      id: 'm',
      format: 'quiz' as const,
      mode: 'exam' as const,
      seed: 's',
      items: [],
      durationMs: 60_000,
      startedAt: t0,
      deadline: t0 + 60_000,
      status: 'running' as const,
      pausedAt: null,
      pauses: [],
      visits: [{ index: 0, at: t0 }],
      phases: [],
      submittedAt: null,
      submitReason: null,
      missedToReview: true,
      sentToReview: [],
      result: null,
    }
    const submitted = {
      ...mock,
      status: 'submitted' as const,
      submittedAt: t0 + 50_000,
      submitReason: 'user' as const,
    }
    const answer = (text: string, updatedAt: number) => ({
      mockId: 'm',
      itemId: 'i',
      kind: 'card' as const,
      text,
      updatedAt,
    })
    const here = { ...empty(), mocks: [mock], mockAnswers: [answer('draft', t0 + 1)] }
    const file = { ...empty(), mocks: [submitted], mockAnswers: [answer('final', t0 + 40_000)] }
    const merged = apply(here, planMerge(here, file, settings))
    expect(merged.mocks).toEqual([submitted])
    expect(merged.mockAnswers[0]!.text).toBe('final')
    // The other way round, the submitted mock stays.
    expect(planMerge(file, here, settings).writes.mocks).toEqual([])
  })

  it('adds exercise runs from the other device (without its ids) and counts them in the progress', () => {
    const run = (id: number, at: number, passed: boolean) => ({
      id,
      exerciseId: 'e',
      at,
      code: String(at),
      passed,
      passedCount: passed ? 3 : 1,
      total: 3,
      summary: '',
    })
    const here = {
      ...empty(),
      exerciseAttempts: [run(1, t0, false), run(2, t0 + 1, false)],
      exerciseProgress: [
        { exerciseId: 'e', status: 'attempted' as const, attempts: 2, lastAt: t0 + 1, solvedAt: 0 },
      ],
      itemViews: [{ itemId: 'v', title: 'Old title', firstViewedAt: t0, lastViewedAt: t0, count: 3 }],
    }
    const file = {
      ...empty(),
      exerciseAttempts: [run(7, t0, false), run(8, t0 + 5, true)],
      exerciseProgress: [
        { exerciseId: 'e', status: 'solved' as const, attempts: 2, lastAt: t0 + 5, solvedAt: t0 + 5 },
      ],
      itemViews: [{ itemId: 'v', title: 'New title', firstViewedAt: t0 - 9, lastViewedAt: t0 + 9, count: 2 }],
    }
    const plan = planMerge(here, file, settings)
    expect(plan.writes.exerciseAttempts).toEqual(
      [{ ...run(8, t0 + 5, true), id: undefined }].map(({ id: _id, ...r }) => r),
    )
    expect(plan.writes.exerciseProgress).toEqual([
      { exerciseId: 'e', status: 'solved', attempts: 3, lastAt: t0 + 5, solvedAt: t0 + 5 },
    ])
    expect(plan.writes.itemViews).toEqual([
      { itemId: 'v', title: 'New title', firstViewedAt: t0 - 9, lastViewedAt: t0 + 9, count: 3 },
    ])
    const merged = apply(here, plan)
    expect(isNothingNew(planMerge(merged, file, settings))).toBe(true)
  })
})

describe('the summary', () => {
  it('names only what changes, in words', () => {
    const a = device(laptop)
    const b = device(phone)
    b.notes = [{ itemId: 'n', text: 'from the phone', updatedAt: t0 }]
    b.userCards = [{ id: 'user:1', front: 'f', back: 'b', tags: [], createdAt: t0, updatedAt: t0 }]
    b.cards.push(
      newCardRecord({ id: 'user:1', deckId: 'mine', topic: null, source: 'user', position: 1 }, t0),
    )
    b.decks = [{ id: 'mine', name: 'My cards', kind: 'user', createdAt: t0 }]
    const plan = planMerge(a, b, settings)
    // x is rescheduled (here already); z (reviewed in a mock there) and the user's card are new here.
    expect(plan.counts).toMatchObject({ reviewsAdded: 3, cardsRescheduled: 1, cardsAdded: 2 })
    expect(describeMerge(plan)).toBe(
      '3 reviews new to this device, 1 card rescheduled, 2 cards added, 1 deck added, 1 note added',
    )
    expect(plan.replayedCards).toEqual(['x', 'z'])
  })

  it('says when there is nothing new', () => {
    const a = device(laptop)
    expect(describeMerge(planMerge(a, a, settings))).toBe(
      'Nothing new: this device already has everything in the file.',
    )
    expect(describeMerge(planMerge(a, empty(), settings))).toBe(
      'Nothing new: this device already has everything in the file.',
    )
  })
})
