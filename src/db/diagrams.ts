/** Diagram persistence: the list, autosave, and deletion that can be undone. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { DiagramDoc } from '../domain/diagram/model'
import { now } from '../lib/clock'
import { db, type DiagramRecord } from './db'

/** How long a deleted diagram is kept for "undo" before it is purged. */
const undoWindowMs = 10 * 60_000

function newId(): string {
  return `diagram-${globalThis.crypto.randomUUID()}`
}

export async function createDiagram(
  name: string,
  doc: DiagramDoc,
  promptId: string | null = null,
): Promise<string> {
  const at = now()
  const id = newId()
  await db.diagrams.add({
    id,
    name,
    promptId,
    doc,
    manualTicks: [],
    createdAt: at,
    updatedAt: at,
    deletedAt: 0,
  })
  return id
}

/** Saves the drawing (and its viewport). */
/** The diagram was deleted for good (or never existed) while a change to it was pending. */
export class DiagramGoneError extends Error {
  constructor() {
    super('this diagram no longer exists')
    this.name = 'DiagramGoneError'
  }
}

/** Saves a diagram as it was at `at` (the time of the change), unless a later change is already stored. */
export async function saveDiagramDoc(id: string, doc: DiagramDoc, at: number = now()): Promise<void> {
  await db.transaction('rw', db.diagrams, async () => {
    const stored = await db.diagrams.get(id)
    if (!stored) throw new DiagramGoneError()
    if (stored.updatedAt > at) return
    await db.diagrams.update(id, { doc, updatedAt: at })
  })
}

export async function renameDiagram(id: string, name: string): Promise<void> {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('a diagram needs a name')
  await db.diagrams.update(id, { name: trimmed, updatedAt: now() })
}

export async function setManualTicks(id: string, manualTicks: number[]): Promise<void> {
  await db.diagrams.update(id, { manualTicks })
}

export async function duplicateDiagram(id: string): Promise<string> {
  const source = await db.diagrams.get(id)
  if (!source) throw new Error('this diagram no longer exists')
  return createDiagram(`${source.name} (copy)`, structuredClone(source.doc), source.promptId)
}

/** Deletes a diagram so that `restoreDiagram` can still bring it back for a while. */
export async function deleteDiagram(id: string): Promise<void> {
  await db.diagrams.update(id, { deletedAt: now() })
}

export async function restoreDiagram(id: string): Promise<void> {
  await db.diagrams.update(id, { deletedAt: 0 })
}

/** Removes diagrams deleted longer ago than the undo window. */
export async function purgeDeletedDiagrams(): Promise<void> {
  const cutoff = now() - undoWindowMs
  await db.diagrams.where('deletedAt').between(1, cutoff, true, true).delete()
}

/** The user's diagrams, most recently changed first. */
export function useDiagramList(): DiagramRecord[] | undefined {
  return useLiveQuery(
    async () => (await db.diagrams.orderBy('updatedAt').reverse().toArray()).filter((d) => d.deletedAt === 0),
    [],
  )
}

export async function getDiagram(id: string): Promise<DiagramRecord | undefined> {
  return db.diagrams.get(id)
}

export function useDiagram(id: string): DiagramRecord | null | undefined {
  return useLiveQuery(async () => (await db.diagrams.get(id)) ?? null, [id])
}
