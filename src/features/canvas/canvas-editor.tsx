import { useReactFlow } from '@xyflow/react'
import { useCallback, useState, type DragEvent, type ReactNode } from 'react'
import type { NodeKind } from '../../domain/diagram/components'
import { CanvasShortcutsDialog } from './canvas-shortcuts-dialog'
import { CanvasToolbar } from './canvas-toolbar'
import { useCanvasStore } from './canvas-store'
import { defaultSize, flowTypeOf } from './flow-model'
import { FlowSurface, grid } from './flow-surface'
import { Inspector } from './inspector'
import { dragMime, Palette } from './palette'
import { useCanvasShortcuts } from './use-canvas-shortcuts'

interface Props {
  name: string
  /** The side panel's extra sections: the prompt and its rubric, the estimator. */
  side: ReactNode
  colorMode: 'light' | 'dark'
}

/** The drawing surface with its palette, toolbar and inspector. */
export function CanvasEditor({ name, side, colorMode }: Props) {
  const store = useCanvasStore.getState()
  const { screenToFlowPosition } = useReactFlow()
  const [snap, setSnap] = useState(true)
  const [help, setHelp] = useState(false)
  const openHelp = useCallback(() => setHelp(true), [])
  useCanvasShortcuts(openHelp)
  const addAt = (kind: NodeKind, position: { x: number; y: number }) => {
    const size = defaultSize[flowTypeOf(kind)]
    const at = snap
      ? { x: Math.round(position.x / grid[0]) * grid[0], y: Math.round(position.y / grid[1]) * grid[1] }
      : position
    store.addNode(kind, { x: at.x - size.width / 2, y: at.y - size.height / 2 })
  }

  const addInView = (kind: NodeKind) => {
    const box = document.querySelector('.canvas-flow')?.getBoundingClientRect()
    const centre = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 400, y: 300 }
    // A little offset each time, so several adds do not stack exactly.
    const jitter = (useCanvasStore.getState().nodes.length % 5) * 24
    addAt(kind, screenToFlowPosition({ x: centre.x + jitter, y: centre.y + jitter }))
  }

  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(dragMime) as NodeKind
    if (!kind) return
    e.preventDefault()
    addAt(kind, screenToFlowPosition({ x: e.clientX, y: e.clientY }))
  }

  return (
    <div className="canvas-layout">
      <Palette onAdd={addInView} />
      <div className="canvas-main">
        <CanvasToolbar name={name} snap={snap} onToggleSnap={() => setSnap((v) => !v)} onHelp={openHelp} />
        <FlowSurface snap={snap} colorMode={colorMode} onDrop={onDrop} />
      </div>
      <aside className="canvas-side" aria-label="Details">
        <Inspector />
        {side}
      </aside>
      <CanvasShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  )
}
