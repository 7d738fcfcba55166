import { ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useMemo, useState } from 'react'
import { Link, useParams } from 'wouter'
import { renameDiagram, useDiagram } from '../../db/diagrams'
import { useColorScheme } from '../../lib/use-color-scheme'
import { useDocumentTitle } from '../../lib/use-document-title'
import { saveStatusText } from '../../lib/use-autosave'
import { CanvasEditor } from './canvas-editor'
import { useCanvasStore } from './canvas-store'
import { PromptPanel } from './prompt-panel'
import { useCanvasAutosave } from './use-canvas-autosave'
import './canvas.css'

export function CanvasScreen() {
  const { id = '' } = useParams<{ id: string }>()
  const record = useDiagram(id)
  const [loaded, setLoaded] = useState<string | null>(null)
  useDocumentTitle(record ? record.name : 'Diagram')

  // The drawing is read once; after that the store is the live copy and autosave writes it back.
  useEffect(() => {
    if (record && loaded !== record.id) {
      useCanvasStore.getState().load(record.doc)
      setLoaded(record.id)
    }
  }, [record, loaded])

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
  if (loaded !== record.id) return <p className="muted loading">Opening the diagram…</p>
  return (
    <Editor id={record.id} name={record.name} promptId={record.promptId} manualTicks={record.manualTicks} />
  )
}

/** Autosave, and what it says: in a component of its own, so its status changes re-render nothing else. */
function SaveIndicator({ id }: { id: string }) {
  const status = useCanvasAutosave(id)
  return (
    <span role="status" className={`save-status${status.kind === 'failed' ? ' field-error' : ' muted'}`}>
      {saveStatusText(status, 'All changes saved', 'All changes saved')}
    </span>
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
