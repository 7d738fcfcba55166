/**
 * The diagram being edited: React Flow's nodes and edges in one store,
 * changed through applyNodeChanges/applyEdgeChanges, with an undo history of
 * whole snapshots (cheap: nodes and edges are immutable objects).
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  reconnectEdge,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react'
import { create } from 'zustand'
import { now } from '../../lib/clock'
import { alignBoxes, distributeBoxes, type Alignment } from '../../domain/diagram/arrange'
import { absolutePositionOf, regroupNodes, renameForPaste, withContents } from '../../domain/diagram/graph'
import type { NodeKind } from '../../domain/diagram/components'
import type { DiagramDoc, DiagramProperty, EdgeStyle, Viewport } from '../../domain/diagram/model'
import { readClipboard, writeClipboard } from './canvas-clipboard'
import {
  arrowMarker,
  defaultSize,
  flowTypeOf,
  fromDoc,
  nodeSize,
  sortParentsFirst,
  withKnownSize,
  toDoc,
  type FlowEdge,
  type FlowNode,
} from './flow-model'

interface Snapshot {
  nodes: FlowNode[]
  edges: FlowEdge[]
}

/** Undo keeps at least this many steps. */
export const historyLimit = 200

interface CanvasState {
  nodes: FlowNode[]
  edges: FlowEdge[]
  viewport: Viewport | undefined
  past: Snapshot[]
  future: Snapshot[]
  /** Bumped on every change worth saving (not selection). */
  revision: number
  lastCheckpoint: { key: string; at: number } | null
  load(doc: DiagramDoc): void
  onNodesChange(changes: NodeChange<FlowNode>[]): void
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void
  onConnect(connection: Connection): void
  onReconnect(old: FlowEdge, connection: Connection): void
  setViewport(viewport: Viewport): void
  /** Records the state before a change; calls with the same key within a second are one step (typing). */
  checkpoint(key?: string): void
  undo(): void
  redo(): void
  addNode(kind: NodeKind, position: { x: number; y: number }): string
  updateNodeData(
    id: string,
    patch: Partial<{ kind: NodeKind; label: string; properties: DiagramProperty[] }>,
  ): void
  updateEdgeData(id: string, patch: Partial<{ label: string; style: EdgeStyle }>): void
  deleteSelection(): void
  selectAll(): void
  copy(): void
  cut(): void
  /** Pastes what was copied, here or in another tab (read back through its schema). */
  paste(offset?: number): Promise<void>
  duplicate(): Promise<void>
  align(how: Alignment): void
  distribute(axis: 'horizontal' | 'vertical'): void
  movePositions(positions: Map<string, { x: number; y: number }>): void
  /** After a drag: a node dropped on a group joins it, one dragged out leaves it. */
  regroup(nodeIds: string[]): void
}

let counter = 0
const newId = (prefix: string) => `${prefix}-${now().toString(36)}-${(counter++).toString(36)}`

const selectedNodes = (nodes: FlowNode[]) => nodes.filter((n) => n.selected)

export const useCanvasStore = create<CanvasState>((set, get) => {
  const change = (next: Partial<Pick<CanvasState, 'nodes' | 'edges'>>) =>
    set((s) => ({ ...next, revision: s.revision + 1 }))

  return {
    nodes: [],
    edges: [],
    viewport: undefined,
    past: [],
    future: [],
    revision: 0,
    lastCheckpoint: null,

    load(doc) {
      const { nodes, edges } = fromDoc(doc)
      set({ nodes, edges, viewport: doc.viewport, past: [], future: [], revision: 0, lastCheckpoint: null })
    },

    onNodesChange(changes) {
      // Removing is a step of its own; moves are recorded at drag start; selection is not saved.
      if (changes.some((c) => c.type === 'remove')) get().checkpoint()
      let nodes = applyNodeChanges(changes, get().nodes)
      // A resized node's handles move with its sides.
      const resized = new Set(changes.flatMap((c) => (c.type === 'dimensions' ? [c.id] : [])))
      if (resized.size > 0) nodes = nodes.map((n) => (resized.has(n.id) ? withKnownSize(n) : n))
      // A resize by the user sets the node's size (setAttributes); React Flow's own measuring does not.
      const meaningful = changes.some(
        (c) => c.type !== 'select' && (c.type !== 'dimensions' || c.setAttributes !== undefined),
      )
      if (meaningful) change({ nodes })
      else set({ nodes })
    },

    onEdgesChange(changes) {
      if (changes.some((c) => c.type === 'remove')) get().checkpoint()
      const edges = applyEdgeChanges(changes, get().edges)
      if (changes.some((c) => c.type !== 'select')) change({ edges })
      else set({ edges })
    },

    onConnect(connection) {
      if (connection.source === connection.target) return
      get().checkpoint()
      const edge: FlowEdge = {
        id: newId('e'),
        source: connection.source,
        target: connection.target,
        sourceHandle: connection.sourceHandle ?? null,
        targetHandle: connection.targetHandle ?? null,
        type: 'labeled',
        markerEnd: arrowMarker,
        data: { label: '', style: 'sync' },
      }
      // The new connection becomes the selection, ready for its label.
      change({
        nodes: get().nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
        edges: [...get().edges.map((e) => ({ ...e, selected: false })), { ...edge, selected: true }],
      })
    },

    onReconnect(old, connection) {
      get().checkpoint()
      change({ edges: reconnectEdge(old, connection, get().edges, { shouldReplaceId: false }) })
    },

    setViewport(viewport) {
      set((s) => ({ viewport, revision: s.revision + 1 }))
    },

    checkpoint(key) {
      const { nodes, edges, past, lastCheckpoint } = get()
      const at = now()
      if (key && lastCheckpoint?.key === key && at - lastCheckpoint.at < 1000) {
        set({ lastCheckpoint: { key, at } })
        return
      }
      set({
        past: [...past, { nodes, edges }].slice(-historyLimit),
        future: [],
        lastCheckpoint: key ? { key, at } : null,
      })
    },

    undo() {
      const { past, future, nodes, edges } = get()
      const previous = past[past.length - 1]
      if (!previous) return
      set((s) => ({
        ...previous,
        past: past.slice(0, -1),
        future: [{ nodes, edges }, ...future].slice(0, historyLimit),
        lastCheckpoint: null,
        revision: s.revision + 1,
      }))
    },

    redo() {
      const { past, future, nodes, edges } = get()
      const next = future[0]
      if (!next) return
      set((s) => ({
        ...next,
        past: [...past, { nodes, edges }].slice(-historyLimit),
        future: future.slice(1),
        lastCheckpoint: null,
        revision: s.revision + 1,
      }))
    },

    addNode(kind, position) {
      get().checkpoint()
      const type = flowTypeOf(kind)
      const id = newId('n')
      const node = withKnownSize({
        id,
        type,
        position,
        ...defaultSize[type],
        data: { kind, label: kind === 'note' ? 'Note' : kind === 'group' ? 'Region' : '', properties: [] },
        selected: true,
        ...(kind === 'group' ? { zIndex: -1 } : {}),
      })
      change({ nodes: sortParentsFirst([...get().nodes.map((n) => ({ ...n, selected: false })), node]) })
      return id
    },

    updateNodeData(id, patch) {
      get().checkpoint(`node:${id}:${Object.keys(patch).join(',')}`)
      change({
        nodes: get().nodes.map((n) =>
          n.id === id
            ? withKnownSize({
                ...n,
                type: flowTypeOf(patch.kind ?? n.data.kind),
                data: { ...n.data, ...patch },
              })
            : n,
        ),
      })
    },

    updateEdgeData(id, patch) {
      get().checkpoint(`edge:${id}:${Object.keys(patch).join(',')}`)
      change({
        edges: get().edges.map((e) =>
          e.id === id
            ? { ...e, data: { label: e.data?.label ?? '', style: e.data?.style ?? 'sync', ...patch } }
            : e,
        ),
      })
    },

    deleteSelection() {
      const { nodes, edges } = get()
      // Deleting a group deletes what is inside it.
      const doomed = withContents(
        nodes,
        selectedNodes(nodes).map((n) => n.id),
      )
      const keptEdges = edges.filter((e) => !e.selected && !doomed.has(e.source) && !doomed.has(e.target))
      if (doomed.size === 0 && keptEdges.length === edges.length) return
      get().checkpoint()
      change({ nodes: nodes.filter((n) => !doomed.has(n.id)), edges: keptEdges })
    },

    selectAll() {
      set({
        nodes: get().nodes.map((n) => ({ ...n, selected: true })),
        edges: get().edges.map((e) => ({ ...e, selected: true })),
      })
    },

    copy() {
      const { nodes, edges } = get()
      const picked = selectedNodes(nodes)
      if (picked.length === 0) return
      const ids = new Set(picked.map((n) => n.id))
      const doc = toDoc(
        picked.map((n) =>
          n.parentId && !ids.has(n.parentId)
            ? { ...n, parentId: undefined, position: absolutePositionOf(nodes, n) }
            : n,
        ),
        edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
      )
      writeClipboard(doc)
    },

    cut() {
      get().copy()
      get().deleteSelection()
    },

    async paste(offset = 32) {
      const doc = await readClipboard()
      if (!doc || doc.nodes.length === 0) return
      get().checkpoint()
      const { nodes: pastedNodes, edges: pastedEdges } = fromDoc(renameForPaste(doc, newId, offset))
      change({
        nodes: sortParentsFirst([
          ...get().nodes.map((n) => ({ ...n, selected: false })),
          ...pastedNodes.map((n) => ({ ...n, selected: true })),
        ]),
        edges: [...get().edges.map((e) => ({ ...e, selected: false })), ...pastedEdges],
      })
      // Pasting again steps further, like Excalidraw.
      writeClipboard({
        ...doc,
        nodes: doc.nodes.map((n) => (n.parentId ? n : { ...n, x: n.x + offset, y: n.y + offset })),
      })
    },

    async duplicate() {
      get().copy()
      await get().paste()
    },

    align(how) {
      const picked = selectedNodes(get().nodes).filter(
        (n) => !n.parentId || !get().nodes.find((p) => p.id === n.parentId)?.selected,
      )
      const moves = alignBoxes(
        picked.map((n) => ({ id: n.id, ...n.position, ...nodeSize(n) })),
        how,
      )
      if (moves.size > 0) get().movePositions(moves)
    },

    distribute(axis) {
      const picked = selectedNodes(get().nodes)
      const moves = distributeBoxes(
        picked.map((n) => ({ id: n.id, ...n.position, ...nodeSize(n) })),
        axis,
      )
      if (moves.size > 0) get().movePositions(moves)
    },

    movePositions(positions) {
      get().checkpoint()
      change({
        nodes: get().nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)),
      })
    },

    regroup(nodeIds) {
      const next = regroupNodes(get().nodes, nodeIds, (n) => n.data.kind === 'group', nodeSize)
      if (next) change({ nodes: sortParentsFirst(next) })
    },
  }
})

export const selectCanUndo = (s: CanvasState) => s.past.length > 0
export const selectCanRedo = (s: CanvasState) => s.future.length > 0
