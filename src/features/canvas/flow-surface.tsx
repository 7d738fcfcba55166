import { nextFrame, startTimer } from '../../lib/timers'
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
  type ReactFlowInstance,
} from '@xyflow/react'
import { useCallback, useEffect, useState, type DragEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useCanvasStore } from './canvas-store'
import type { FlowEdge, FlowNode } from './flow-model'
import { edgeTypes, nodeTypes } from './flow-types'
import { OverviewContext } from './overview-context'

export const grid: [number, number] = [16, 16]
/** Below this zoom the canvas shows boxes, names and lines only. */
const overviewZoom = 0.35
/** Nodes beyond which a fitted view is expected to be an overview. */
const largeDiagram = 150
const multiSelectKeys = ['Shift', 'Meta', 'Control']
const deleteKeys = ['Delete', 'Backspace']
const fitViewOptions = { maxZoom: 1 }

/** Marks `name` once, after the next frame is painted. */
function markAfterPaint(name: string) {
  nextFrame(() =>
    startTimer(() => {
      if (performance.getEntriesByName(name).length === 0) performance.mark(name)
    }, 0),
  )
}

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

  // Every node sized and drawn: the diagram is open (read by npm run bench).
  const initialized = useNodesInitialized()
  useEffect(() => {
    if (initialized) markAfterPaint('canvas-ready')
  }, [initialized])

  // Every handler React Flow is given keeps its identity across renders: React Flow
  // copies a changed one into its store, and each such write runs the selectors of
  // every node, edge and handle on the canvas, on every frame of a drag.
  const onMove: OnMove = useCallback((_, viewport) => setOverview(viewport.zoom < overviewZoom), [])
  const onMoveEnd: OnMoveEnd = useCallback(
    (_, viewport) => useCanvasStore.getState().setViewport(viewport),
    [],
  )
  const onInit = useCallback(
    (flow: ReactFlowInstance<FlowNode, FlowEdge>) => setOverview(flow.getZoom() < overviewZoom),
    [],
  )
  const onNodeDragStart = useCallback(() => {
    useCanvasStore.getState().checkpoint()
    setDragging(true)
  }, [])
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: FlowNode[]) => {
    setDragging(false)
    useCanvasStore.getState().regroup(dragged.map((n) => n.id))
  }, [])

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
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onMove={onMove}
          onMoveEnd={onMoveEnd}
          onInit={onInit}
          connectionMode={ConnectionMode.Loose}
          snapToGrid={snap}
          snapGrid={grid}
          selectionMode={SelectionMode.Partial}
          multiSelectionKeyCode={multiSelectKeys}
          deleteKeyCode={deleteKeys}
          colorMode={colorMode}
          {...(initialViewport ? { defaultViewport: initialViewport } : { fitView: true, fitViewOptions })}
          minZoom={0.1}
          maxZoom={2.5}
          // Zoomed far out, edge ends are too small to grab: no reconnect anchors (two per edge).
          edgesReconnectable={!overview}
          aria-label="Diagram canvas"
        >
          {/* Far out the grid's dots are a few pixels apart: noise to the eye, and costly to redraw behind a drag. */}
          {overview ? null : <Background gap={grid[0]} />}
          <Controls />
          {/* The minimap redraws every node on every frame of a drag: it steps aside until the drop. */}
          {dragging ? null : <MiniMap pannable zoomable ariaLabel="Minimap" />}
        </ReactFlow>
      </OverviewContext.Provider>
    </div>
  )
}
