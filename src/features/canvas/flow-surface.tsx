import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useNodesInitialized,
  type OnMove,
  type OnMoveEnd,
} from '@xyflow/react'
import { useEffect, useState, type DragEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useCanvasStore } from './canvas-store'
import { edgeTypes, nodeTypes } from './flow-types'
import { OverviewContext } from './overview-context'

export const grid: [number, number] = [16, 16]
/** Below this zoom the canvas shows boxes, names and lines only. */
const overviewZoom = 0.35
/** Nodes beyond which a fitted view is expected to be an overview. */
const largeDiagram = 150
const multiSelectKeys = ['Shift', 'Meta', 'Control']
const deleteKeys = ['Delete', 'Backspace']

interface Props {
  snap: boolean
  colorMode: 'light' | 'dark'
  onDrop: (e: DragEvent) => void
}

/**
 * React Flow and nothing else: the only part that re-renders while a node is
 * dragged (the palette, toolbar and panels around it do not).
 */
export function FlowSurface({ snap, colorMode, onDrop }: Props) {
  const { nodes, edges } = useCanvasStore(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })))
  const store = useCanvasStore.getState()
  const [initialViewport] = useState(() => useCanvasStore.getState().viewport)
  // Level of detail: zoomed far out (a whole large diagram on screen), labels,
  // icons and handles are too small to read and only cost frames.
  // A large diagram with no saved view is fitted to the screen, far out: start in
  // overview rather than draw every detail once only to drop it.
  const [overview, setOverview] = useState(() =>
    initialViewport
      ? initialViewport.zoom < overviewZoom
      : useCanvasStore.getState().nodes.length > largeDiagram,
  )
  const [dragging, setDragging] = useState(false)

  // Every node measured and drawn: the diagram is open (read by npm run bench).
  const initialized = useNodesInitialized()
  useEffect(() => {
    if (initialized && performance.getEntriesByName('canvas-ready').length === 0)
      performance.mark('canvas-ready')
  }, [initialized])

  const onMove: OnMove = (_, viewport) => {
    const far = viewport.zoom < overviewZoom
    if (far !== overview) setOverview(far)
  }
  const onMoveEnd: OnMoveEnd = (_, viewport) => store.setViewport(viewport)

  return (
    <div
      className={`canvas-flow${overview ? ' canvas-overview' : ''}`}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <OverviewContext.Provider value={overview}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={store.onNodesChange}
          onEdgesChange={store.onEdgesChange}
          onConnect={store.onConnect}
          onReconnect={store.onReconnect}
          onNodeDragStart={() => {
            store.checkpoint()
            setDragging(true)
          }}
          onNodeDragStop={(_, __, dragged) => {
            setDragging(false)
            store.regroup(dragged.map((n) => n.id))
          }}
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
          {/* The minimap redraws every node on every frame of a drag: it steps aside until the drop. */}
          {dragging ? null : <MiniMap pannable zoomable ariaLabel="Minimap" />}
        </ReactFlow>
      </OverviewContext.Provider>
    </div>
  )
}
