/**
 * Importing a deck: its cards written in one transaction, in chunks that
 * report progress, so a cancelled or failed import leaves no half deck.
 */
import {
  newCardRecord,
  type CardRecord,
  type GradeValue,
  type ReviewLogRecord,
} from '../domain/scheduling/card'
import { replayReviews } from '../domain/import/replay-history'
import { createScheduler } from '../domain/scheduling/scheduler'
import { localTimeZone, studyDayOf } from '../domain/scheduling/study-day'
import { now } from '../lib/clock'
import { db, type UserCard } from './db'
import { getSchedulingSettings } from './scheduling-settings'
import { maxPosition } from './user-cards'

export class ImportCancelled extends Error {
  override name = 'ImportCancelled'
  constructor() {
    super('The import was cancelled; nothing was added.')
  }
}

export interface DeckToImport {
  name: string
  format: 'markdown' | 'html'
  cards: readonly {
    front: string
    back: string
    tags: readonly string[]
    /** Grades from elsewhere, oldest first (brought in with `options.replay`). */
    reviews?: readonly { at: number; rating: GradeValue }[]
  }[]
}

export interface ImportOptions {
  onProgress?: (done: number, total: number) => void
  /** Checked between chunks: once aborted, the transaction is rolled back. */
  signal?: AbortSignal
  chunkSize?: number
  /** Turns a card's history into its FSRS state and review logs; without it, cards come in new. */
  replay?: (
    card: CardRecord,
    reviews: readonly { at: number; rating: GradeValue }[],
  ) => { card: CardRecord; logs: ReviewLogRecord[] }
}

/** Adds a deck of imported cards, new and unseen; returns the deck's id. */
export async function importDeck(
  deck: DeckToImport,
  options: ImportOptions = {},
  at: number = now(),
): Promise<string> {
  const deckId = `import:${crypto.randomUUID()}`
  const chunk = options.chunkSize ?? 500
  const total = deck.cards.length
  await db.transaction('rw', [db.decks, db.userCards, db.cards, db.reviewLogs], async () => {
    await db.decks.add({ id: deckId, name: deck.name, kind: 'import', createdAt: at })
    let position = (await maxPosition()) + 1
    for (let start = 0; start < total; start += chunk) {
      // Only IndexedDB requests are awaited in here, so the transaction stays open between chunks;
      // the page still renders and takes clicks between them.
      if (options.signal?.aborted) throw new ImportCancelled()
      const slice = deck.cards.slice(start, start + chunk)
      const content: UserCard[] = []
      const cards: CardRecord[] = []
      const logs: ReviewLogRecord[] = []
      for (const c of slice) {
        const id = `${deckId}:${crypto.randomUUID()}`
        content.push({
          id,
          front: c.front,
          back: c.back,
          tags: [...c.tags],
          format: deck.format,
          createdAt: at,
          updatedAt: at,
        })
        const fresh = newCardRecord({ id, deckId, topic: null, source: 'import', position: position++ }, at)
        if (options.replay && c.reviews && c.reviews.length > 0) {
          const replayed = options.replay(fresh, c.reviews)
          cards.push(replayed.card)
          logs.push(...replayed.logs)
        } else cards.push(fresh)
      }
      await db.userCards.bulkAdd(content)
      await db.cards.bulkAdd(cards)
      if (logs.length > 0) await db.reviewLogs.bulkAdd(logs)
      options.onProgress?.(Math.min(start + chunk, total), total)
    }
    if (options.signal?.aborted) throw new ImportCancelled()
  })
  return deckId
}

/** Turns imported history into FSRS state with the user's own scheduling settings and day boundary. */
export async function loadHistoryReplay(): Promise<NonNullable<ImportOptions['replay']>> {
  const settings = await getSchedulingSettings()
  const scheduler = createScheduler(settings)
  const boundary = { rolloverHour: settings.rolloverHour, timeZone: localTimeZone() }
  return (card, reviews) => replayReviews(card, reviews, scheduler, (at) => studyDayOf(at, boundary))
}

/** The cards of a deck with their content, in deck order, for export. */
export async function loadDeckCards(deckId: string): Promise<UserCard[]> {
  const ordered = await db.cards.where('deckId').equals(deckId).sortBy('position')
  const content = await db.userCards.bulkGet(ordered.map((c) => c.id))
  return content.filter((c): c is UserCard => c !== undefined)
}
