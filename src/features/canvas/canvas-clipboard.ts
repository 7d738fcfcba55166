/**
 * Copied nodes, kept in storage so they can be pasted into another diagram,
 * even in another tab (Excalidraw-style), as a diagram document.
 */
import type { DiagramDoc } from '../../domain/diagram/model'
import { readPreference, writePreference } from '../../lib/storage'

let memory: DiagramDoc | null = null

export function writeClipboard(doc: DiagramDoc): void {
  memory = doc
  writePreference('canvas-clipboard', JSON.stringify(doc))
}

export function readClipboard(): DiagramDoc | null {
  const stored = readPreference('canvas-clipboard')
  if (stored) {
    try {
      return JSON.parse(stored) as DiagramDoc
    } catch {
      return memory
    }
  }
  return memory
}
