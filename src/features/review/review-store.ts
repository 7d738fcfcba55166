/**
 * The running review session: the day's queue, the card on screen, and the
 * undo stack. The database stays the source of truth. A grade is journaled
 * synchronously (it survives a reload or a closed tab from that instant) and
 * the next card shows while IndexedDB commits it; without a journal (storage
 * off or full) the next card waits for the commit. Bury and suspend are
 * committed before the next card shows.
 */
import { create } from 'zustand'
import {
  applyAnswer,
  countQueue,
  pickNext,
  restoreCard,
  type DailyQueue,
  type QueueCounts,
} from '../../domain/scheduling/daily-queue'
import type { CardRecord, GradeValue } from '../../domain/scheduling/card'
import type { Scheduler } from '../../domain/scheduling/scheduler'
import { putCard, storeGrade, undoStoredGrade, type StoredGrade } from '../../db/cards'
import { now } from '../../lib/clock'
import { forgetUserCardContent, loadCardContent, type CardContent } from './card-content'
import { describeWriteError } from '../../lib/write-error'
import { describeError } from '../../domain/validation/describe-error'

export interface SessionContext {
  scheduler: Scheduler
  day: number
  dayEnd: number
  /** The end of tomorrow's study day (what "due tomorrow" counts up to). */
  tomorrowEnd: number
  learnAheadMs: number
}

type UndoEntry =
  | { kind: 'grade'; before: CardRecord; stored: StoredGrade }
  | { kind: 'bury' | 'suspend'; before: CardRecord }

export type Screen =
  | { kind: 'loading' }
  | { kind: 'card'; card: CardRecord; content: CardContent }
  | { kind: 'wait'; at: number }
  | { kind: 'done' }
  /** `retry`: build the day's queue again, or show the next card of the queue in hand (keeping undo). */
  | { kind: 'error'; message: string; retry: 'queue' | 'card' }

interface ReviewState {
  context: SessionContext | null
  queue: DailyQueue
  screen: Screen
  revealed: boolean
  busy: boolean
  undoStack: UndoEntry[]
  counts: QueueCounts
  /** Lapsed into a leech with the last grade (for a notice). */
  leechNotice: string | null
  /** A grade shown as done whose IndexedDB write then failed (it stays journaled for the next start). */
  saveError: string | null
  begin(context: SessionContext, queue: DailyQueue): Promise<void>
  reveal(): void
  grade(rating: GradeValue): Promise<void>
  undo(): Promise<void>
  bury(): Promise<void>
  suspend(): Promise<void>
  toggleFlag(): Promise<void>
  /** Re-picks after a wait for a learning card. */
  refresh(): Promise<void>
  fail(message: string): void
  reset(): void
}

const emptyQueue: DailyQueue = { learning: [], main: [] }
const undoDepth = 50

async function screenFor(queue: DailyQueue, context: SessionContext): Promise<Screen> {
  const next = pickNext(queue, now(), context.learnAheadMs)
  if (next.kind !== 'card') return next
  const content = await loadCardContent(next.card)
  // Warm the content of the cards that can come next while this one is studied: the card on
  // screen is the first learning card or the first main one, so after it the next is one of the
  // first two of either (with only the first learning card warmed, a run of due learning cards
  // read each card's content after its grade, behind that grade's IndexedDB commit).
  for (const c of [...queue.learning.slice(0, 2), ...queue.main.slice(0, 3)])
    void loadCardContent(c).catch(() => undefined)
  return { kind: 'card', card: next.card, content }
}

export const useReviewStore = create<ReviewState>((set, get) => {
  /** Writes an answer, then moves on. The next card shows only after `write` resolved. */
  const answer = async (updated: CardRecord, write: () => Promise<UndoEntry>) => {
    const { context, queue, busy } = get()
    if (!context || busy) return
    set({ busy: true })
    let entry: UndoEntry
    try {
      entry = await write()
    } catch (error) {
      set({
        busy: false,
        screen: { kind: 'error', message: `Your answer was not saved: ${describe(error)}`, retry: 'card' },
      })
      return
    }
    // The answer is stored: it counts and can be undone, whatever happens to the next card.
    // One update with the next card (not one to hide this card's answer, then another to show
    // the next): a single render between a grade and the next card.
    const nextQueue = applyAnswer(queue, updated, { now: now(), dayEnd: context.dayEnd })
    const screen = await nextScreen(nextQueue, context)
    set((s) => ({
      queue: nextQueue,
      counts: countQueue(nextQueue),
      revealed: false,
      undoStack: [...s.undoStack, entry].slice(-undoDepth),
      screen,
      busy: false,
    }))
  }

  /** The next card of `queue`; a failure to load it says so, with a retry, and keeps the session. */
  const nextScreen = async (queue: DailyQueue, context: SessionContext): Promise<Screen> => {
    try {
      return await screenFor(queue, context)
    } catch (error) {
      return {
        kind: 'error',
        message: `The next card could not be shown: ${describeError(error)}`,
        retry: 'card',
      }
    }
  }

  const showNext = async (queue: DailyQueue, context: SessionContext) => {
    set({ screen: await nextScreen(queue, context), busy: false })
  }

  return {
    context: null,
    queue: emptyQueue,
    screen: { kind: 'loading' },
    revealed: false,
    busy: false,
    undoStack: [],
    counts: { new: 0, learning: 0, review: 0 },
    leechNotice: null,
    saveError: null,

    async begin(context, queue) {
      forgetUserCardContent()
      set({ context, queue, counts: countQueue(queue), undoStack: [], revealed: false, leechNotice: null })
      await showNext(queue, context)
    },

    reveal() {
      if (get().screen.kind === 'card') set({ revealed: true })
    },

    async grade(rating) {
      const { screen, context, revealed } = get()
      if (screen.kind !== 'card' || !context || !revealed) return
      performance.mark('grade-start')
      const outcome = context.scheduler.grade(screen.card, rating, now(), context.day)
      set({ leechNotice: outcome.leeched ? 'This card has lapsed often and was marked as a leech.' : null })
      await answer(outcome.card, async () => {
        const stored = storeGrade(outcome)
        // Not journaled (storage off or full): only the commit makes it safe, so wait for it.
        if (!stored.journaled) await stored.saved
        else
          stored.saved.catch((error: unknown) =>
            set({
              saveError: `A grade was not stored: ${describe(error)}. It is kept in this browser and stored when Backprep next starts (reload to try now).`,
            }),
          )
        return { kind: 'grade', before: screen.card, stored }
      })
    },

    async bury() {
      const { screen, context } = get()
      if (screen.kind !== 'card' || !context) return
      const updated = { ...screen.card, buriedUntil: context.dayEnd }
      await answer(updated, async () => {
        await putCard(updated)
        return { kind: 'bury', before: screen.card }
      })
    },

    async suspend() {
      const { screen } = get()
      if (screen.kind !== 'card') return
      const updated = { ...screen.card, suspended: true }
      await answer(updated, async () => {
        await putCard(updated)
        return { kind: 'suspend', before: screen.card }
      })
    },

    async toggleFlag() {
      const { screen, busy } = get()
      if (screen.kind !== 'card' || busy) return
      const updated = { ...screen.card, flagged: !screen.card.flagged }
      try {
        await putCard(updated)
        set({ screen: { ...screen, card: updated } })
      } catch (error) {
        set({
          screen: { kind: 'error', message: `The flag was not saved: ${describe(error)}`, retry: 'card' },
        })
      }
    },

    async undo() {
      const { undoStack, context, queue, busy } = get()
      const entry = undoStack[undoStack.length - 1]
      if (!entry || !context || busy) return
      set({ busy: true })
      try {
        if (entry.kind === 'grade') await undoStoredGrade(entry.before, entry.stored)
        else await putCard(entry.before)
        const restored = restoreCard(queue, entry.before)
        const content = await loadCardContent(entry.before)
        set({
          queue: restored,
          counts: countQueue(restored),
          screen: { kind: 'card', card: entry.before, content },
          revealed: false,
          busy: false,
          leechNotice: null,
          undoStack: undoStack.slice(0, -1),
        })
      } catch (error) {
        set({
          busy: false,
          screen: { kind: 'error', message: `Undo failed: ${describe(error)}`, retry: 'card' },
        })
      }
    },

    async refresh() {
      const { context, queue, screen } = get()
      if (!context || screen.kind === 'card') return
      await showNext(queue, context)
    },

    fail(message) {
      set({ screen: { kind: 'error', message, retry: 'queue' } })
    },

    reset() {
      set({
        context: null,
        queue: emptyQueue,
        screen: { kind: 'loading' },
        revealed: false,
        busy: false,
        undoStack: [],
        leechNotice: null,
        saveError: null,
      })
    },
  }
})

const describe = describeWriteError

export const selectScreen = (s: ReviewState) => s.screen
export const selectRevealed = (s: ReviewState) => s.revealed
export const selectCounts = (s: ReviewState) => s.counts
export const selectCanUndo = (s: ReviewState) => s.undoStack.length > 0
export const selectContext = (s: ReviewState) => s.context
export const selectBusy = (s: ReviewState) => s.busy
export const selectLeechNotice = (s: ReviewState) => s.leechNotice
export const selectSaveError = (s: ReviewState) => s.saveError
