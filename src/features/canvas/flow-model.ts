/** Between the app's diagram model and React Flow's nodes and edges. */
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react'
import type { NodeKind } from '../../domain/diagram/components'
import {
  diagramFormatVersion,
  type DiagramDoc,
  type DiagramEdge,
  type DiagramNode,
  type DiagramProperty,
  type EdgeStyle,
  type HandleSide,
  type Viewport,
} from '../../domain/diagram/model'

export type NodeData = { kind: NodeKind; label: string; properties: DiagramProperty[] }
export type EdgeData = { label: string; style: EdgeStyle }
export type FlowNode = Node<NodeData>
export type FlowEdge = Edge<EdgeData>

export const defaultSize: Record<'component' | 'note' | 'group', { width: number; height: number }> = {
  component: { width: 168, height: 64 },
  note: { width: 200, height: 96 },
  group: { width: 360, height: 240 },
}

export const flowTypeOf = (kind: NodeKind) =>
  kind === 'note' ? 'note' : kind === 'group' ? 'group' : 'component'

/** The side of a handle of SideHandles, 9 px square (canvas.css), centred on a side of the node. */
const handleSize = 9

/**
 * Where a node's connection handles are, worked out from its size rather than
 * measured: components and notes have one centred on each side (SideHandles),
 * groups none. e2e/canvas.spec.ts checks this against the drawn handles.
 */
export function sideHandles(type: FlowNode['type'], width: number, height: number): NodeHandle[] {
  if (type === 'group') return []
  const half = handleSize / 2
  const at = (id: string, position: Position, x: number, y: number): NodeHandle => ({
    id,
    type: 'source',
    position,
    x: x - half,
    y: y - half,
    width: handleSize,
    height: handleSize,
  })
  return [
    at('top', Position.Top, width / 2, 0),
    at('right', Position.Right, width, height / 2),
    at('bottom', Position.Bottom, width / 2, height),
    at('left', Position.Left, 0, height / 2),
  ]
}

/**
 * A node of known size, as React Flow would measure it: its size and its
 * handles are given, so React Flow draws it and its edges on the first pass
 * instead of measuring every node in the DOM and rendering the whole diagram
 * again (on 500 nodes that second pass was a third of opening it). React Flow
 * still measures each node and reports any difference as a change.
 */
export function withKnownSize(node: FlowNode): FlowNode {
  // The latest measure wins: after a resize it is the size React Flow drew.
  const set = nodeSize(node)
  const size = { width: node.measured?.width ?? set.width, height: node.measured?.height ?? set.height }
  return { ...node, measured: size, handles: sideHandles(node.type, size.width, size.height) }
}

/** A node's size: as set (React Flow sizes its box by it), else as measured, else its type's default. */
export function nodeSize(n: FlowNode): { width: number; height: number } {
  const fallback = defaultSize[flowTypeOf(n.data.kind)]
  return {
    width: n.width ?? n.measured?.width ?? fallback.width,
    height: n.height ?? n.measured?.height ?? fallback.height,
  }
}

export function toFlowNode(n: DiagramNode): FlowNode {
  return withKnownSize({
    id: n.id,
    type: flowTypeOf(n.kind),
    position: { x: n.x, y: n.y },
    width: n.width,
    height: n.height,
    data: { kind: n.kind, label: n.label, properties: n.properties },
    ...(n.parentId ? { parentId: n.parentId } : {}),
    ...(n.kind === 'group' ? { zIndex: -1 } : {}),
  })
}

const side = (handle: string | null | undefined): HandleSide | undefined =>
  handle === 'top' || handle === 'right' || handle === 'bottom' || handle === 'left' ? handle : undefined

export const arrowMarker = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const

export function toFlowEdge(e: DiagramEdge): FlowEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    sourceHandle: e.sourceSide ?? null,
    targetHandle: e.targetSide ?? null,
    type: 'labeled',
    markerEnd: arrowMarker,
    data: { label: e.label, style: e.style },
  }
}

/** Groups before their children, as React Flow needs parents first. */
export function sortParentsFirst(nodes: FlowNode[]): FlowNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const depth = (n: FlowNode): number => {
    let d = 0
    let p = n.parentId
    while (p && d < 20) {
      d++
      p = byId.get(p)?.parentId
    }
    return d
  }
  return [...nodes].sort((a, b) => depth(a) - depth(b))
}

export function fromDoc(doc: DiagramDoc): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return { nodes: sortParentsFirst(doc.nodes.map(toFlowNode)), edges: doc.edges.map(toFlowEdge) }
}

export function toDoc(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
  viewport?: Viewport,
): DiagramDoc {
  return {
    version: diagramFormatVersion,
    nodes: nodes.map((n) => {
      const size = nodeSize(n)
      return {
        id: n.id,
        kind: n.data.kind,
        label: n.data.label,
        x: Math.round(n.position.x),
        y: Math.round(n.position.y),
        width: Math.round(size.width),
        height: Math.round(size.height),
        ...(n.parentId ? { parentId: n.parentId } : {}),
        properties: n.data.properties,
      }
    }),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      ...(side(e.sourceHandle) ? { sourceSide: side(e.sourceHandle) } : {}),
      ...(side(e.targetHandle) ? { targetSide: side(e.targetHandle) } : {}),
      label: e.data?.label ?? '',
      style: e.data?.style ?? 'sync',
    })),
    ...(viewport ? { viewport } : {}),
  }
}
