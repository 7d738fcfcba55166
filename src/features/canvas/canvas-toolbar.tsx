import { useReactFlow } from '@xyflow/react'
import { startTimer } from '../../lib/timers'
import { useState } from 'react'
import type { Alignment } from '../../domain/diagram/arrange'
import { layoutPositions } from './auto-layout'
import { selectCanRedo, selectCanUndo, useCanvasStore } from './canvas-store'
import type { ExportKind } from './export-diagram'
import { toDoc } from './flow-model'
import { describeError } from '../../domain/validation/describe-error'

const aligns: [Alignment, string][] = [
  ['left', 'Align left'],
  ['center', 'Align centres'],
  ['right', 'Align right'],
  ['top', 'Align top'],
  ['middle', 'Align middles'],
  ['bottom', 'Align bottom'],
]

const exports: [ExportKind, string][] = [
  ['png-light', 'PNG (light)'],
  ['png-dark', 'PNG (dark)'],
  ['svg-light', 'SVG (light)'],
  ['svg-dark', 'SVG (dark)'],
  ['json', 'Backprep JSON'],
  ['mermaid', 'Mermaid flowchart'],
  ['excalidraw', 'Excalidraw'],
]

interface Props {
  name: string
  snap: boolean
  onToggleSnap: () => void
  onHelp: () => void
}

export function CanvasToolbar({ name, snap, onToggleSnap, onHelp }: Props) {
  const canUndo = useCanvasStore(selectCanUndo)
  const canRedo = useCanvasStore(selectCanRedo)
  const selected = useCanvasStore((s) => s.nodes.reduce((n, x) => n + (x.selected ? 1 : 0), 0))
  const { fitView } = useReactFlow()
  const [message, setMessage] = useState('')
  const s = useCanvasStore.getState()

  const runExport = (kind: ExportKind) => {
    const { nodes, edges, viewport } = useCanvasStore.getState()
    const doc = toDoc(nodes, edges, viewport)
    // The exporters (and the file format's validator) load on the first export, not with the canvas.
    import('./export-diagram')
      .then(({ exportDiagram }) => exportDiagram(kind, name, doc))
      .then(
        () => setMessage(''),
        (e: unknown) => setMessage(`Export failed: ${describeError(e)}`),
      )
  }

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Diagram tools">
      <button type="button" className="tool" onClick={s.undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" className="tool" onClick={s.redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <span className="tool-sep" aria-hidden="true" />
      <select
        aria-label="Align or distribute the selection"
        className="tool"
        value=""
        disabled={selected < 2}
        onChange={(e) => {
          const v = e.target.value
          if (v === 'horizontal' || v === 'vertical') s.distribute(v)
          else if (v) s.align(v as Alignment)
        }}
      >
        <option value="">Arrange…</option>
        {aligns.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
        <option value="horizontal" disabled={selected < 3}>
          Distribute horizontally
        </option>
        <option value="vertical" disabled={selected < 3}>
          Distribute vertically
        </option>
      </select>
      <button
        type="button"
        className="tool"
        title="Lay the components out automatically"
        onClick={() => {
          const { nodes, edges } = useCanvasStore.getState()
          void layoutPositions(nodes, edges).then((positions) => {
            useCanvasStore.getState().movePositions(positions)
            startTimer(() => void fitView({ duration: 200, maxZoom: 1 }), 50)
          })
        }}
      >
        Auto layout
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => void fitView({ duration: 200, maxZoom: 1.5 })}
        title="Fit the diagram to the view"
      >
        Fit view
      </button>
      <label className="tool tool-check">
        <input type="checkbox" checked={snap} onChange={onToggleSnap} /> Snap to grid
      </label>
      <span className="tool-sep" aria-hidden="true" />
      <select
        aria-label="Export"
        className="tool"
        value=""
        onChange={(e) => e.target.value && runExport(e.target.value as ExportKind)}
      >
        <option value="">Export…</option>
        {exports.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="tool"
        onClick={onHelp}
        aria-label="Keyboard shortcuts"
        title="Shortcuts (?)"
      >
        ?
      </button>
      {message ? (
        <span role="alert" className="field-error">
          {message}
        </span>
      ) : null}
    </div>
  )
}
