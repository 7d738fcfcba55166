/**
 * The card browser's persistence: the user's own cards (content in
 * `userCards`, scheduling in `cards`), queue flags and resets on any card,
 * and one read of everything the browser lists. Every change that touches
 * more than one table runs in one transaction.
 */
import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import type { TopicId } from '../domain/content/topics'
import { CardState, myDeckId, newCardRecord, type CardRecord } from '../domain/scheduling/card'
import { now } from '../lib/clock'
import { db, type Deck, type UserCard } from './db'

export interface UserCardInput {
  front: string
  back: string
  tags: string[]
}

export type UserCardErrors = Partial<Record<'front' | 'back', string>>

/** Why a card cannot be saved, per field; empty when it can. */
export function userCardErrors(input: Pick<UserCardInput, 'front' | 'back'>): UserCardErrors {
  const errors: UserCardErrors = {}
  if (input.front.trim() === '') errors.front = 'Write the front of the card: the question or prompt.'
  if (input.back.trim() === '') errors.back = 'Write the back of the card: the answer.'
  return errors
}

export class UserCardInputError extends Error {
  constructor(readonly errors: UserCardErrors) {
    super(Object.values(errors).join(' '))
    this.name = 'UserCardInputError'
  }
}

function checked(input: UserCardInput): UserCardInput {
  const errors = userCardErrors(input)
  if (Object.keys(errors).length > 0) throw new UserCardInputError(errors)
  const tags = [...new Set(input.tags.map((t) => t.trim()).filter((t) => t !== ''))]
  return { front: input.front, back: input.back, tags }
}

/** The highest `position` of any card, through the [state+position] index (one lookup per state). */
export async function maxPosition(): Promise<number> {
  const states = Object.values(CardState)
  const last = await Promise.all(
    states.map((s) =>
      db.cards.where('[state+position]').between([s, Dexie.minKey], [s, Dexie.maxKey]).last(),
    ),
  )
  return last.reduce((max, c) => (c && c.position > max ? c.position : max), -1)
}

/** Creates a card of the user's own: its content and a new card in "My cards", together. Returns its id. */
export async function addUserCard(input: UserCardInput, at: number = now()): Promise<string> {
  const content = checked(input)
  const id = `user:${crypto.randomUUID()}`
  await db.transaction('rw', db.cards, db.userCards, db.decks, async () => {
    const position = (await maxPosition()) + 1
    if (!(await db.decks.get(myDeckId))) {
      await db.decks.add({ id: myDeckId, name: 'My cards', kind: 'user', createdAt: at })
    }
    await db.userCards.add({ id, ...content, createdAt: at, updatedAt: at })
    await db.cards.add(newCardRecord({ id, deckId: myDeckId, topic: null, source: 'user', position }, at))
  })
  return id
}

/** Changes the content of one of the user's cards; its scheduling is kept. */
export async function updateUserCard(id: string, input: UserCardInput, at: number = now()): Promise<void> {
  const content = checked(input)
  const changed = await db.userCards.update(id, { ...content, updatedAt: at })
  if (changed === 0) throw new Error(`There is no card of yours with the id ${id}.`)
}

/**
 * Deletes cards the user wrote: the card, its content and its review log, all
 * or nothing. Bank and imported cards among `ids` are left alone. Returns how
 * many were deleted.
 */
export async function deleteUserCards(ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.cards, db.userCards, db.reviewLogs, async () => {
    const cards = await db.cards.bulkGet([...ids])
    const own = cards.filter((c): c is CardRecord => c?.source === 'user').map((c) => c.id)
    if (own.length === 0) return 0
    await db.reviewLogs.where('cardId').anyOf(own).delete()
    await db.userCards.bulkDelete(own)
    await db.cards.bulkDelete(own)
    return own.length
  })
}

export async function setCardsSuspended(ids: readonly string[], suspended: boolean): Promise<void> {
  await db.cards
    .where('id')
    .anyOf([...ids])
    .modify({ suspended })
}

export async function setCardsFlagged(ids: readonly string[], flagged: boolean): Promise<void> {
  await db.cards
    .where('id')
    .anyOf([...ids])
    .modify({ flagged })
}

/**
 * Forgets cards: their FSRS state back to that of a new card, leech and
 * buried cleared. The card's id, deck, position and creation time, whether it
 * is suspended or flagged, and its review history are kept.
 */
export async function resetCards(ids: readonly string[], at: number = now()): Promise<void> {
  await db.cards
    .where('id')
    .anyOf([...ids])
    .modify((card) => forget(card, at))
}

function forget(card: CardRecord, at: number): void {
  const fresh = newCardRecord(card, at)
  Object.assign(card, {
    due: fresh.due,
    stability: fresh.stability,
    difficulty: fresh.difficulty,
    elapsedDays: fresh.elapsedDays,
    scheduledDays: fresh.scheduledDays,
    learningSteps: fresh.learningSteps,
    reps: fresh.reps,
    lapses: fresh.lapses,
    state: fresh.state,
    lastReview: fresh.lastReview,
    buriedUntil: 0,
    leech: false,
  } satisfies Partial<CardRecord>)
}

/**
 * Resets the progress of a topic's cards (or of every card) as `resetCards`
 * does, in one transaction, and returns the cards as they were, for undo.
 * Cards never studied are left alone.
 */
export async function resetProgress(topic: TopicId | 'all', at: number = now()): Promise<CardRecord[]> {
  return db.transaction('rw', db.cards, async () => {
    const cards =
      topic === 'all' ? await db.cards.toArray() : await db.cards.where('topic').equals(topic).toArray()
    const studied = cards.filter((c) => c.state !== CardState.New || c.reps > 0)
    const updated = studied.map((c) => {
      const copy = { ...c }
      forget(copy, at)
      return copy
    })
    await db.cards.bulkPut(updated)
    return studied
  })
}

/** Undoes `resetProgress`: the cards exactly as they were. */
export async function restoreCards(cards: readonly CardRecord[]): Promise<void> {
  await db.cards.bulkPut([...cards])
}

export interface CardBrowserData {
  cards: CardRecord[]
  userCards: ReadonlyMap<string, UserCard>
  decks: Deck[]
}

/** Every card with the content of the user's own and the non-topic decks: one read, kept current. */
export function useCardBrowserData(enabled = true): CardBrowserData | undefined {
  return useLiveQuery(async () => {
    if (!enabled) return undefined
    return db.transaction('r', db.cards, db.userCards, db.decks, async () => {
      const [cards, userCards, decks] = await Promise.all([
        db.cards.toArray(),
        db.userCards.toArray(),
        db.decks.toArray(),
      ])
      return { cards, userCards: new Map(userCards.map((u) => [u.id, u])), decks }
    })
  }, [enabled])
}

/** The decks that are not bank topics ("My cards", imported decks), by name. */
export function useExtraDecks() {
  return useLiveQuery(() => db.decks.orderBy('id').toArray(), [])
}
