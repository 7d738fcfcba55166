import { useEffect, useState } from 'react'
import { useDiagram } from '../../db/diagrams'
import type { DiagramRecord } from '../../db/db'
import { useCanvasStore } from './canvas-store'

/** A diagram read before the first render, while the canvas code loaded (a cold start on its page). */
let primed: DiagramRecord | null = null

/** Hands over a diagram read early; its screen's first render then draws it without waiting for the database. */
export function primeDiagram(record: DiagramRecord): void {
  primed = record
}

/**
 * The diagram's record, read into the canvas store once: after that the
 * store is the live copy and autosave writes it back. `ready` is true once
 * the store holds this diagram.
 */
export function useDiagramInStore(id: string): { record: DiagramRecord | null | undefined; ready: boolean } {
  // A primed record is loaded into the store before the editor first renders (nothing
  // is subscribed to the store yet), so the first render already draws the diagram.
  const [early] = useState(() => {
    const record = primed?.id === id && primed.deletedAt === 0 ? primed : null
    if (record) useCanvasStore.getState().load(record.doc)
    return record
  })
  useEffect(() => {
    primed = null
  }, [])
  const live = useDiagram(id)
  const record = live === undefined && early ? early : live
  const [loaded, setLoaded] = useState<string | null>(early ? id : null)
  useEffect(() => {
    if (record && loaded !== record.id) {
      useCanvasStore.getState().load(record.doc)
      setLoaded(record.id)
    }
  }, [record, loaded])
  return { record, ready: !!record && loaded === record.id }
}
