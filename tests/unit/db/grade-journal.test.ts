import { beforeEach, describe, expect, it } from 'vitest'
import { gradeJournalKey, saveGrade, storeGrade, undoStoredGrade } from '../../../src/db/cards'
import { db } from '../../../src/db/db'
import { replayJournal } from '../../../src/db/journal-replay'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { journalKeys, readJournal, writeJournal } from '../../../src/lib/journal'
import { card, day as dayMs, t0 } from '../scheduling/fixtures'

const scheduler = createScheduler({ ...defaultSchedulingSettings, fuzz: false })
const studyDay = 7

beforeEach(async () => {
  localStorage.clear()
  await Promise.all(db.tables.map((t) => t.clear()))
  await db.cards.put(card('a'))
})

const snapshot = async () => ({
  cards: await db.cards.toArray(),
  logs: (await db.reviewLogs.toArray()).map(({ id: _, ...log }) => log),
  days: await db.reviewDays.toArray(),
})

describe('a grade journaled before IndexedDB holds it', () => {
  it('is in the journal the moment it is made, and leaves it once IndexedDB committed it', async () => {
    const outcome = scheduler.grade(card('a'), 3, t0, studyDay)
    const stored = storeGrade(outcome)
    // Synchronously, before any await: what a reload at this instant finds.
    expect(stored.journaled).toBe(true)
    expect(readJournal(stored.key)?.value).toEqual({ card: outcome.card, log: outcome.log })
    expect(stored.key).toBe(gradeJournalKey(outcome.log))
    const id = await stored.saved
    expect(await db.reviewLogs.get(id)).toMatchObject({ cardId: 'a', rating: 3, review: t0 })
    expect(await db.cards.get('a')).toEqual(outcome.card)
    expect(journalKeys()).toEqual([])
  })

  it('cut off by a reload, is stored by the next start, with its day totals, once', async () => {
    const outcome = scheduler.grade(card('a'), 3, t0, studyDay)
    // The page went away before the IndexedDB write: only the journal holds the grade.
    writeJournal(gradeJournalKey(outcome.log), { card: outcome.card, log: outcome.log }, t0)
    expect((await replayJournal()).replayed).toEqual([gradeJournalKey(outcome.log)])
    expect(await db.cards.get('a')).toEqual(outcome.card)
    expect(await db.reviewLogs.count()).toBe(1)
    expect(await db.reviewDays.get(studyDay)).toMatchObject({ reviews: 1, newCards: 1 })
    expect(journalKeys()).toEqual([])
  })

  it('stored twice (another tab replays it while this one writes it) counts once', async () => {
    const outcome = scheduler.grade(card('a'), 3, t0, studyDay)
    const [first, second] = await Promise.all([saveGrade(outcome), saveGrade(outcome)])
    expect(second).toBe(first)
    const once = await snapshot()
    expect(once.logs).toHaveLength(1)
    expect(once.days).toEqual([expect.objectContaining({ day: studyDay, reviews: 1 })])
    await saveGrade(outcome)
    expect(await snapshot()).toEqual(once)
  })

  it('replayed after a later grade of the same card, adds its log and leaves the card as the later grade left it', async () => {
    const first = scheduler.grade(card('a'), 3, t0, studyDay)
    const second = scheduler.grade(first.card, 3, t0 + 2 * dayMs, studyDay + 2)
    await saveGrade(second)
    await saveGrade(first)
    expect(await db.cards.get('a')).toEqual(second.card)
    expect((await db.reviewLogs.orderBy('review').toArray()).map((l) => l.review)).toEqual([
      t0,
      t0 + 2 * dayMs,
    ])
  })

  it('a bad entry (storage is untrusted) is dropped and changes nothing', async () => {
    const before = await snapshot()
    writeJournal('grade:a:1', { card: { id: 'a' }, log: { cardId: 'a', rating: 9 } }, 1)
    writeJournal('grade:b:2', 'not a grade', 2)
    const outcome = await replayJournal()
    expect(outcome.dropped.sort()).toEqual(['grade:a:1', 'grade:b:2'])
    expect(await snapshot()).toEqual(before)
  })

  it('undone, is taken back from IndexedDB once it is there', async () => {
    const before = await snapshot()
    const outcome = scheduler.grade(card('a'), 4, t0, studyDay)
    await undoStoredGrade(card('a'), storeGrade(outcome))
    expect(await snapshot()).toEqual({
      ...before,
      days: [expect.objectContaining({ day: studyDay, reviews: 0 })],
    })
    expect(journalKeys()).toEqual([])
  })
})
