/** Layered automatic layout with dagre, loaded only when asked for. */
import type { FlowEdge, FlowNode } from './flow-model'
import { nodeSize } from './flow-model'

export async function layoutPositions(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
): Promise<Map<string, { x: number; y: number }>> {
  const { default: dagre } = await import('@dagrejs/dagre')
  const g = new dagre.graphlib.Graph()
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 20, marginy: 20 })
  g.setDefaultEdgeLabel(() => ({}))
  // Top-level components only: groups and what is inside them keep their arrangement.
  const movable = nodes.filter((n) => !n.parentId && n.data.kind !== 'group')
  const ids = new Set(movable.map((n) => n.id))
  for (const n of movable) {
    g.setNode(n.id, nodeSize(n))
  }
  for (const e of edges) if (ids.has(e.source) && ids.has(e.target)) g.setEdge(e.source, e.target)
  dagre.layout(g)
  const out = new Map<string, { x: number; y: number }>()
  for (const n of movable) {
    const p = g.node(n.id) as { x: number; y: number; width: number; height: number } | undefined
    if (p) out.set(n.id, { x: Math.round(p.x - p.width / 2), y: Math.round(p.y - p.height / 2) })
  }
  return out
}
