/**
 * The card editor's unsaved input, kept in the write-ahead journal (lib/journal)
 * as it is typed, so a reload or a closed tab does not lose a card half
 * written: opening the editor for the same card offers it back.
 */
import { useCallback, useState } from 'react'
import type { UserCard } from '../../db/db'
import { clearJournal, readJournal, writeJournal } from '../../lib/journal'

export interface CardFields {
  front: string
  back: string
  tags: string
}

const isCardFields = (v: unknown): v is CardFields =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as CardFields).front === 'string' &&
  typeof (v as CardFields).back === 'string' &&
  typeof (v as CardFields).tags === 'string'

/** The journal key of the editor for `editing`, or for a new card. */
export const cardDraftKey = (editing?: UserCard) => `card-draft:${editing?.id ?? 'new'}`

export function useCardDraft(editing: UserCard | undefined) {
  const key = cardDraftKey(editing)
  const stored: CardFields = {
    front: editing?.front ?? '',
    back: editing?.back ?? '',
    tags: editing?.tags.join(' ') ?? '',
  }
  // Read once: a draft newer than the card, that differs from it.
  const [restored] = useState(() => {
    const entry = readJournal(key)
    if (!entry || !isCardFields(entry.value)) return null
    if (editing && entry.at <= editing.updatedAt) return null
    const v = entry.value
    if (v.front === stored.front && v.back === stored.back && v.tags === stored.tags) return null
    return { fields: v, at: entry.at }
  })
  const record = useCallback((fields: CardFields) => void writeJournal(key, fields), [key])
  const forget = useCallback(() => clearJournal(key), [key])
  return { initial: restored?.fields ?? stored, stored, restoredAt: restored?.at ?? null, record, forget }
}
