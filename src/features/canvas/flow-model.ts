/** Between the app's diagram model and React Flow's nodes and edges. */
import { MarkerType, type Edge, type Node } from '@xyflow/react'
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

export function toFlowNode(n: DiagramNode): FlowNode {
  return {
    id: n.id,
    type: flowTypeOf(n.kind),
    position: { x: n.x, y: n.y },
    width: n.width,
    height: n.height,
    data: { kind: n.kind, label: n.label, properties: n.properties },
    ...(n.parentId ? { parentId: n.parentId } : {}),
    ...(n.kind === 'group' ? { zIndex: -1 } : {}),
  }
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
      const type = flowTypeOf(n.data.kind)
      return {
        id: n.id,
        kind: n.data.kind,
        label: n.data.label,
        x: Math.round(n.position.x),
        y: Math.round(n.position.y),
        width: Math.round(n.width ?? n.measured?.width ?? defaultSize[type].width),
        height: Math.round(n.height ?? n.measured?.height ?? defaultSize[type].height),
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
