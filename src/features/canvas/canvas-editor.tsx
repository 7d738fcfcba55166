import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useNodesInitialized,
  useReactFlow,
  type OnMove,
  type OnMoveEnd,
} from '@xyflow/react'
import { useCallback, useEffect, useState, type DragEvent, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { NodeKind } from '../../domain/diagram/components'
import { CanvasShortcutsDialog } from './canvas-shortcuts-dialog'
import { CanvasToolbar } from './canvas-toolbar'
import { useCanvasStore } from './canvas-store'
import { edgeTypes, nodeTypes } from './flow-types'
import { defaultSize, flowTypeOf } from './flow-model'
import { Inspector } from './inspector'
import { dragMime, Palette } from './palette'
import { useCanvasShortcuts } from './use-canvas-shortcuts'

const grid: [number, number] = [16, 16]
/** Below this zoom the canvas shows boxes and lines only. */
const overviewZoom = 0.35
const multiSelectKeys = ['Shift', 'Meta', 'Control']
const deleteKeys = ['Delete', 'Backspace']

interface Props {
  name: string
  /** The side panel's extra sections: the prompt and its rubric, the estimator. */
  side: ReactNode
  colorMode: 'light' | 'dark'
}

/** The drawing surface with its palette, toolbar and inspector. */
export function CanvasEditor({ name, side, colorMode }: Props) {
  const { nodes, edges } = useCanvasStore(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })))
  const store = useCanvasStore.getState()
  const initialViewport = useCanvasStore.getState().viewport
  const { screenToFlowPosition } = useReactFlow()
  const [snap, setSnap] = useState(true)
  const [help, setHelp] = useState(false)
  const openHelp = useCallback(() => setHelp(true), [])
  useCanvasShortcuts(openHelp)
  // Every node measured and drawn: the diagram is open (read by npm run bench).
  const initialized = useNodesInitialized()
  useEffect(() => {
    if (initialized && performance.getEntriesByName('canvas-ready').length === 0)
      performance.mark('canvas-ready')
  }, [initialized])

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

  // Level of detail: zoomed far out (a whole large diagram on screen), labels,
  // icons and handles are too small to read and only cost frames; hide them.
  const [overview, setOverview] = useState(() => (initialViewport?.zoom ?? 1) < overviewZoom)
  const onMove: OnMove = (_, viewport) => {
    const far = viewport.zoom < overviewZoom
    if (far !== overview) setOverview(far)
  }
  const onMoveEnd: OnMoveEnd = (_, viewport) => store.setViewport(viewport)

  return (
    <div className="canvas-layout">
      <Palette onAdd={addInView} />
      <div className="canvas-main">
        <CanvasToolbar name={name} snap={snap} onToggleSnap={() => setSnap((v) => !v)} onHelp={openHelp} />
        <div
          className={`canvas-flow${overview ? ' canvas-overview' : ''}`}
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
        >
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={store.onNodesChange}
            onEdgesChange={store.onEdgesChange}
            onConnect={store.onConnect}
            onReconnect={store.onReconnect}
            onNodeDragStart={() => store.checkpoint()}
            onNodeDragStop={(_, __, dragged) => store.regroup(dragged.map((n) => n.id))}
            onMove={onMove}
            onMoveEnd={onMoveEnd}
            onInit={(flow) => setOverview(flow.getZoom() < overviewZoom)}
            connectionMode={ConnectionMode.Loose}
            snapToGrid={snap}
            snapGrid={grid}
            selectionMode={SelectionMode.Partial}
            multiSelectionKeyCode={multiSelectKeys}
            deleteKeyCode={deleteKeys}
            colorMode={colorMode}
            {...(initialViewport
              ? { defaultViewport: initialViewport }
              : { fitView: true, fitViewOptions: { maxZoom: 1 } })}
            minZoom={0.1}
            maxZoom={2.5}
            edgesReconnectable
            aria-label="Diagram canvas"
          >
            <Background gap={grid[0]} />
            <Controls />
            <MiniMap pannable zoomable ariaLabel="Minimap" />
          </ReactFlow>
        </div>
      </div>
      <aside className="canvas-side" aria-label="Details">
        <Inspector />
        {side}
      </aside>
      <CanvasShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  )
}
