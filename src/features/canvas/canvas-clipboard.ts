/**
 * Copied nodes, kept in storage so they can be pasted into another diagram,
 * even in another tab (Excalidraw-style), as a diagram document. What storage
 * gives back may come from another tab, an older version or a hand edit, so a
 * copy this tab did not write is read through the diagram file's schema (its
 * reader loads on that first paste only).
 */
import type { DiagramDoc } from '../../domain/diagram/model'
import { readPreference, writePreference } from '../../lib/storage'

const key = 'canvas-clipboard'
let memory: { text: string; doc: DiagramDoc } | null = null

export function writeClipboard(doc: DiagramDoc): void {
  const text = JSON.stringify(doc)
  memory = { text, doc }
  writePreference(key, text)
}

/** The copied document, or null when there is none or it is not a valid diagram. */
export async function readClipboard(): Promise<DiagramDoc | null> {
  const stored = readPreference(key)
  if (stored === null || stored === memory?.text) return memory?.doc ?? null
  let value: unknown
  try {
    value = JSON.parse(stored)
  } catch {
    return null
  }
  const { parseDiagramDoc } = await import('../../domain/diagram/diagram-file')
  const parsed = parseDiagramDoc(value)
  return parsed.ok ? parsed.doc : null
}
