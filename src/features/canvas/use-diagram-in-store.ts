import { useEffect, useState } from 'react'
import { useDiagram } from '../../db/diagrams'
import type { DiagramRecord } from '../../db/db'
import { useCanvasStore } from './canvas-store'

/**
 * The diagram's record, read into the canvas store once: after that the
 * store is the live copy and autosave writes it back. `ready` is true once
 * the store holds this diagram.
 */
export function useDiagramInStore(id: string): { record: DiagramRecord | null | undefined; ready: boolean } {
  const record = useDiagram(id)
  const [loaded, setLoaded] = useState<string | null>(null)
  useEffect(() => {
    if (record && loaded !== record.id) {
      useCanvasStore.getState().load(record.doc)
      setLoaded(record.id)
    }
  }, [record, loaded])
  return { record, ready: !!record && loaded === record.id }
}
