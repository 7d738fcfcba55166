/**
 * A diagram as the app stores, checks and exports it: independent of React
 * Flow, so domain code (rubric checks, exporters) never depends on the UI.
 */
import type { NodeKind } from './components.ts'

export const diagramFormatVersion = 1

export interface DiagramProperty {
  key: string
  value: string
}

export interface DiagramNode {
  id: string
  kind: NodeKind
  /** The name shown on the node; the text of a note. */
  label: string
  /** Top-left corner, relative to the parent group when there is one. */
  x: number
  y: number
  width: number
  height: number
  /** The group box this node sits in. */
  parentId?: string
  /** Free properties such as "replicas: 3" or "TTL: 1h". */
  properties: DiagramProperty[]
}

export type EdgeStyle = 'sync' | 'async'
export type HandleSide = 'top' | 'right' | 'bottom' | 'left'

export interface DiagramEdge {
  id: string
  source: string
  target: string
  sourceSide?: HandleSide
  targetSide?: HandleSide
  /** What flows, or the protocol ("HTTPS", "enqueue order"). */
  label: string
  /** Async edges are drawn dashed. */
  style: EdgeStyle
}

export interface Viewport {
  x: number
  y: number
  zoom: number
}

export interface DiagramDoc {
  version: typeof diagramFormatVersion
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  viewport?: Viewport
}

export const emptyDiagram = (): DiagramDoc => ({ version: diagramFormatVersion, nodes: [], edges: [] })

/** Absolute position of a node (adding its parents' offsets). */
export function absolutePosition(doc: DiagramDoc, node: DiagramNode): { x: number; y: number } {
  let x = node.x
  let y = node.y
  let parentId = node.parentId
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const seen = new Set<string>()
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId)
    const parent = byId.get(parentId)
    if (!parent) break
    x += parent.x
    y += parent.y
    parentId = parent.parentId
  }
  return { x, y }
}

/** A node's "replicas: 3" property as a number (1 when absent). */
export function replicaCount(node: DiagramNode): number {
  const p = node.properties.find((q) => /^(replicas|instances|count)$/i.test(q.key.trim()))
  const n = p ? Number.parseInt(p.value, 10) : 1
  return Number.isFinite(n) && n > 0 ? n : 1
}
