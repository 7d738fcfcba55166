import { useEffect } from 'react'
import { saveDiagramDoc } from '../../db/diagrams'
import { useAutosave } from '../../lib/use-autosave'
import { useCanvasStore } from './canvas-store'
import { toDoc } from './flow-model'

/**
 * Saves the diagram shortly after each change and at once when the page is
 * hidden or the editor closes. The document is built at save time, not on
 * every drag frame.
 */
export function useCanvasAutosave(diagramId: string) {
  const autosave = useAutosave<() => ReturnType<typeof toDoc>>((build) => {
    // The main-thread part of a save: building the document and handing it to IndexedDB.
    const start = performance.now()
    const saved = saveDiagramDoc(diagramId, build())
    performance.measure('canvas-autosave', { start, end: performance.now() })
    return saved
  }, 600)
  const { schedule } = autosave
  useEffect(
    () =>
      useCanvasStore.subscribe((state, previous) => {
        if (state.revision !== previous.revision && state.revision > 0) {
          schedule(() => {
            const s = useCanvasStore.getState()
            return toDoc(s.nodes, s.edges, s.viewport)
          })
        }
      }),
    [schedule],
  )
  return autosave.status
}
