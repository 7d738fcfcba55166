import { useCallback, useEffect } from 'react'
import { saveDiagramDoc } from '../../db/diagrams'
import { useAutosave } from '../../lib/use-autosave'
import { useCanvasStore } from './canvas-store'
import { toDoc } from './flow-model'

type BuildDoc = () => ReturnType<typeof toDoc>
const buildForJournal = (build: BuildDoc) => build()

/**
 * Saves the diagram shortly after each change (at least every second while
 * it keeps changing) and at once when the page is hidden or the editor
 * closes; each change is journaled first (lib/journal). The document is built
 * when it is written, not on every drag frame.
 */
export function useCanvasAutosave(diagramId: string) {
  const save = useCallback(
    (build: BuildDoc, at: number) => {
      // The main-thread part of a save: building the document and handing it to IndexedDB.
      const start = performance.now()
      const saved = saveDiagramDoc(diagramId, build(), at)
      performance.measure('canvas-autosave', { start, end: performance.now() })
      return saved
    },
    [diagramId],
  )
  const autosave = useAutosave<BuildDoc>(save, {
    journalKey: `canvas:${diagramId}`,
    delayMs: 600,
    toJournal: buildForJournal,
  })
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
