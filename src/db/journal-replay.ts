/**
 * Replays the autosave journal (lib/journal) into IndexedDB at start, before
 * any screen reads: changes a reload or a closed tab cut off are stored now.
 * Each entry is parsed through its schema (storage is untrusted) and written
 * with the time of its change, so it never replaces a newer save; an entry
 * that no longer applies (its diagram or mock is gone or submitted) is
 * dropped. One that fails for another reason (a full disk) stays for the
 * next start.
 */
import { z } from 'zod'
import { parseDiagramDoc } from '../domain/diagram/diagram-file'
import { mockItemKinds } from '../domain/mock/formats'
import { MockStateError } from '../domain/mock/session'
import { topicIds } from '../domain/content/topics'
import { cardRow, reviewLogRow } from '../domain/backup/row-schemas'
import { clearJournal, journalKeys, readJournal } from '../lib/journal'
import { saveGrade } from './cards'
import { DiagramGoneError, saveDiagramDoc } from './diagrams'
import { saveDraft } from './exercises'
import { saveMockAnswer } from './mocks'
import { saveNote } from './notes'

/** The entry cannot apply any more: drop it. */
class Obsolete extends Error {}

const answerSchema = z.object({
  item: z.object({ id: z.string().min(1), kind: z.enum(mockItemKinds), topic: z.enum(topicIds) }),
  fields: z
    .object({ text: z.string(), code: z.string(), choices: z.array(z.int().nonnegative()) })
    .partial()
    .strict(),
})

const gradeSchema = z.object({ card: cardRow, log: reviewLogRow.omit({ id: true }) })

type Replayer = (id: string, value: unknown, at: number) => Promise<void>

const replayers: Record<string, Replayer> = {
  canvas: async (id, value, at) => {
    const parsed = parseDiagramDoc(value)
    if (!parsed.ok) throw new Obsolete(parsed.error)
    await saveDiagramDoc(id, parsed.doc, at).catch((e: unknown) => {
      throw e instanceof DiagramGoneError ? new Obsolete(e.message) : e
    })
  },
  // A grade shown as done before IndexedDB committed it (saveGrade ignores one already stored).
  grade: async (_id, value) => {
    const { card, log } = gradeSchema.parse(value)
    if (card.id !== log.cardId) throw new Obsolete('the card and its log do not match')
    await saveGrade({ card, log })
  },
  note: (id, value, at) => saveNote(id, z.string().parse(value), at),
  draft: (id, value, at) => saveDraft(id, z.string().parse(value), at),
  'mock-answer': async (id, value, at) => {
    const mockId = id.split(':')[0] ?? ''
    const { item, fields } = answerSchema.parse(value)
    await saveMockAnswer(mockId, item, fields, at).catch((e: unknown) => {
      throw e instanceof MockStateError ? new Obsolete(e.message) : e
    })
  },
}

/** Kinds whose entries are replayed here; others (an editor's unsaved form) are read by their screen. */
export const replayedKinds = Object.keys(replayers)

export interface ReplayOutcome {
  replayed: string[]
  dropped: string[]
  kept: string[]
}

/** Replays every journal entry there is a replayer for; never throws. */
export async function replayJournal(): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { replayed: [], dropped: [], kept: [] }
  for (const key of journalKeys()) {
    const colon = key.indexOf(':')
    const replay = replayers[key.slice(0, colon)]
    if (colon < 0 || !replay) continue
    const entry = readJournal(key)
    if (!entry) {
      clearJournal(key)
      outcome.dropped.push(key)
      continue
    }
    try {
      await replay(key.slice(colon + 1), entry.value, entry.at)
      clearJournal(key, entry.at)
      outcome.replayed.push(key)
    } catch (error) {
      if (error instanceof Obsolete || error instanceof z.ZodError) {
        clearJournal(key, entry.at)
        outcome.dropped.push(key)
      } else {
        outcome.kept.push(key)
      }
    }
  }
  return outcome
}
