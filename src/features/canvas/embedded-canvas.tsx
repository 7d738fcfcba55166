import { ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import type { ReactNode } from 'react'
import { useColorScheme } from '../../lib/use-color-scheme'
import { CanvasEditor } from './canvas-editor'
import { SaveIndicator } from './save-indicator'
import { useDiagramInStore } from './use-diagram-in-store'
import './canvas.css'

export interface EmbeddedCanvasProps {
  diagramId: string
  /** The side panel's own sections (below the inspector). */
  side: ReactNode
}

/**
 * The full canvas for a diagram inside another screen (a system-design
 * round): palette, toolbar, inspector and autosave, with the host's side panel.
 */
export function EmbeddedCanvas({ diagramId, side }: EmbeddedCanvasProps) {
  const { record, ready } = useDiagramInStore(diagramId)
  const colorMode = useColorScheme()
  if (record === null || record?.deletedAt) {
    return <p className="error-box">This diagram was deleted. Restore it from the diagram list to go on.</p>
  }
  if (!record || !ready) return <p className="muted loading">Opening the canvas…</p>
  return (
    <div className="canvas-embedded">
      <SaveIndicator id={diagramId} />
      <ReactFlowProvider>
        <CanvasEditor name={record.name} colorMode={colorMode} side={side} />
      </ReactFlowProvider>
    </div>
  )
}
