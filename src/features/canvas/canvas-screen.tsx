import { ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useMemo, useState } from 'react'
import { Link, useParams } from 'wouter'
import { renameDiagram } from '../../db/diagrams'
import { useColorScheme } from '../../lib/use-color-scheme'
import { useDocumentTitle } from '../../lib/use-document-title'
import { CanvasEditor } from './canvas-editor'
import { PromptPanel } from './prompt-panel'
import { SaveIndicator } from './save-indicator'
import { useDiagramInStore } from './use-diagram-in-store'
import './canvas.css'

export { primeDiagram } from './use-diagram-in-store'

export function CanvasScreen() {
  const { id = '' } = useParams<{ id: string }>()
  const { record, ready } = useDiagramInStore(id)
  useDocumentTitle(record ? record.name : 'Diagram')

  if (record === undefined) return <p className="muted loading">Opening the diagram…</p>
  if (record === null || record.deletedAt > 0) {
    return (
      <div className="empty">
        <h1>Diagram not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/canvas" className="button">
          Back to your diagrams
        </Link>
      </div>
    )
  }
  if (!ready) return <p className="muted loading">Opening the diagram…</p>
  return (
    <Editor id={record.id} name={record.name} promptId={record.promptId} manualTicks={record.manualTicks} />
  )
}

function Editor({
  id,
  name,
  promptId,
  manualTicks,
}: {
  id: string
  name: string
  promptId: string | null
  manualTicks: number[]
}) {
  const colorMode = useColorScheme()
  const side = useMemo(
    () => <PromptPanel diagramId={id} promptId={promptId} manualTicks={manualTicks} />,
    [id, promptId, manualTicks],
  )
  const [draftName, setDraftName] = useState(name)
  useEffect(() => setDraftName(name), [name])

  return (
    <div className="canvas-screen">
      <header className="canvas-header">
        <Link href="/canvas" className="back-link">
          ← Diagrams
        </Link>
        <label htmlFor="diagram-name" className="visually-hidden">
          Diagram name
        </label>
        <input
          id="diagram-name"
          className="diagram-name"
          value={draftName}
          onChange={(e) => setDraftName(e.target.value)}
          onBlur={() => {
            if (draftName.trim() && draftName !== name) void renameDiagram(id, draftName)
            else setDraftName(name)
          }}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
        <SaveIndicator id={id} />
      </header>
      <ReactFlowProvider>
        <CanvasEditor name={name} colorMode={colorMode} side={side} />
      </ReactFlowProvider>
    </div>
  )
}
