// The baseline for canvasDragFps: React Flow with the same generated graph
// (tests/bench/generated-diagram.ts), default nodes and edges, nothing else.
import {
  applyNodeChanges,
  ReactFlow,
  useNodesInitialized,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { generatedDiagram } from '../generated-diagram'

const doc = generatedDiagram(500, 600)
const initialNodes: Node[] = doc.nodes.map((n) => ({
  id: n.id,
  position: { x: n.x, y: n.y },
  data: { label: n.label },
  width: n.width,
  height: n.height,
}))
const edges: Edge[] = doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }))

/** Marks the graph drawn the way the app does: every node sized, then the next frame painted. */
function ReadyMark() {
  const initialized = useNodesInitialized()
  useEffect(() => {
    if (!initialized) return
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (performance.getEntriesByName('canvas-ready').length === 0) performance.mark('canvas-ready')
      }, 0),
    )
  }, [initialized])
  return null
}

function BareFlow() {
  const [nodes, setNodes] = useState(initialNodes)
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns))}
      // The same zoom range as the app, so both show the whole graph.
      minZoom={0.1}
      fitView
    >
      <ReadyMark />
    </ReactFlow>
  )
}

createRoot(document.getElementById('root')!).render(<BareFlow />)
