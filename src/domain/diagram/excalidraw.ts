/**
 * Export to an `.excalidraw` scene: each node a box with its label bound
 * inside, each edge an arrow bound to the boxes it joins, so the drawing
 * stays connected when someone moves things around in Excalidraw.
 */
import { componentKinds, kindLabel } from './components.ts'
import { absoluteBoxes, edgeEnds, groupDepth, nodesById, type Box } from './geometry.ts'
import type { DiagramDoc, DiagramNode } from './model.ts'

export interface ExcalidrawBoundElement {
  type: 'text' | 'arrow'
  id: string
}

export interface ExcalidrawBinding {
  elementId: string
  focus: number
  gap: number
}

interface ExcalidrawElementBase {
  id: string
  x: number
  y: number
  width: number
  height: number
  angle: 0
  strokeColor: string
  backgroundColor: string
  fillStyle: 'solid'
  strokeWidth: number
  strokeStyle: 'solid' | 'dashed'
  roughness: 1
  opacity: 100
  groupIds: string[]
  frameId: null
  roundness: { type: number } | null
  seed: number
  version: 1
  versionNonce: number
  isDeleted: false
  boundElements: ExcalidrawBoundElement[] | null
  updated: number
  link: null
  locked: false
}

export interface ExcalidrawShapeElement extends ExcalidrawElementBase {
  type: 'rectangle'
}

export interface ExcalidrawTextElement extends ExcalidrawElementBase {
  type: 'text'
  text: string
  originalText: string
  fontSize: number
  fontFamily: number
  textAlign: 'left' | 'center'
  verticalAlign: 'top' | 'middle'
  containerId: string | null
  autoResize: boolean
  lineHeight: number
}

export interface ExcalidrawArrowElement extends ExcalidrawElementBase {
  type: 'arrow'
  points: [number, number][]
  lastCommittedPoint: null
  startBinding: ExcalidrawBinding | null
  endBinding: ExcalidrawBinding | null
  startArrowhead: null
  endArrowhead: 'arrow'
  elbowed: false
}

export type ExcalidrawElement = ExcalidrawShapeElement | ExcalidrawTextElement | ExcalidrawArrowElement

export interface ExcalidrawFile {
  type: 'excalidraw'
  version: 2
  source: string
  elements: ExcalidrawElement[]
  appState: { viewBackgroundColor: string; gridSize: null }
  files: Record<string, never>
}

export interface ExcalidrawOptions {
  /** The `updated` timestamp stamped on every element (default 1, so output is reproducible). */
  updated?: number
}

const fontSize = 16
const lineHeight = 1.25
const bindingGap = 4
const ink = '#1e1e1e'

/** Excalidraw's own palette, one fill per component family. */
const familyFill: Record<string, string> = {
  Clients: '#a5d8ff',
  Edge: '#d0bfff',
  Compute: '#b2f2bb',
  Data: '#ffd8a8',
  Messaging: '#ffc9c9',
  External: '#e9ecef',
}
const familyOf = new Map<string, string>(componentKinds.map((k) => [k.id, k.group]))

function fillFor(node: DiagramNode): string {
  if (node.kind === 'group') return 'transparent'
  if (node.kind === 'note') return '#fff3bf'
  return familyFill[familyOf.get(node.kind) ?? ''] ?? '#e9ecef'
}

/** FNV-1a, folded into Excalidraw's positive 31-bit seed range. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return ((h >>> 0) % 2_147_483_646) + 1
}

/** Text size as Excalidraw's hand-drawn font roughly measures it. */
function measure(text: string, maxWidth: number): { width: number; height: number } {
  const lines = text.split('\n')
  const longest = Math.max(...lines.map((l) => [...l].length))
  return {
    width: Math.max(1, Math.min(maxWidth, longest * fontSize * 0.6)),
    height: lines.length * fontSize * lineHeight,
  }
}

function nodeText(node: DiagramNode): string {
  const label = node.label.trim()
  if (node.kind === 'note' || node.kind === 'group') return label === '' ? kindLabel(node.kind) : node.label
  const kind = kindLabel(node.kind)
  if (label === '' || label.toLowerCase() === kind.toLowerCase()) return kind
  return `${node.label}\n(${kind})`
}

/**
 * The diagram as an Excalidraw scene (`type: "excalidraw"`, version 2).
 * Groups become dashed rectangles drawn behind their children; components
 * and notes become filled rectangles; each carries its label as a bound text
 * element (a component's kind on a second line). Edges become arrows from
 * the facing side of one box to the facing side of the other, bound at both
 * ends, dashed when async, with their label bound to the arrow. Ids, seeds
 * and nonces are derived from the diagram's ids, so the same diagram gives
 * the same file.
 */
export function toExcalidraw(doc: DiagramDoc, options: ExcalidrawOptions = {}): ExcalidrawFile {
  const updated = options.updated ?? 1
  const byId = nodesById(doc)
  const boxes = absoluteBoxes(doc)

  const usedIds = new Set<string>()
  const uniqueId = (base: string): string => {
    let id = base
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`
    usedIds.add(id)
    return id
  }

  const base = (id: string, box: Box) => ({
    id,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    angle: 0 as const,
    strokeColor: ink,
    backgroundColor: 'transparent',
    fillStyle: 'solid' as const,
    strokeWidth: 2,
    strokeStyle: 'solid' as 'solid' | 'dashed',
    roughness: 1 as const,
    opacity: 100 as const,
    groupIds: [],
    frameId: null,
    roundness: { type: 3 } as { type: number } | null,
    seed: hash(id),
    version: 1 as const,
    versionNonce: hash(`${id}#nonce`),
    isDeleted: false as const,
    boundElements: null as ExcalidrawBoundElement[] | null,
    updated,
    link: null,
    locked: false as const,
  })

  /** A text element bound to `containerId`, filling `area` (already measured and placed). */
  const boundText = (
    id: string,
    containerId: string,
    text: string,
    area: Box,
    verticalAlign: 'top' | 'middle',
  ): ExcalidrawTextElement => ({
    ...base(id, area),
    type: 'text',
    strokeWidth: 1,
    roundness: null,
    text,
    originalText: text,
    fontSize,
    fontFamily: 1,
    textAlign: 'center',
    verticalAlign,
    containerId,
    autoResize: true,
    lineHeight,
  })

  // Outer groups first, so every group is drawn behind what it contains.
  const depth = new Map(doc.nodes.map((n) => [n, groupDepth(byId, n)]))
  const groups = doc.nodes.filter((n) => n.kind === 'group')
  groups.sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0))
  const ordered = [...groups, ...doc.nodes.filter((n) => n.kind !== 'group')]

  const shapes: { shape: ExcalidrawShapeElement; label: ExcalidrawTextElement }[] = []
  const shapeIdOf = new Map<DiagramNode, string>()
  for (const node of ordered) {
    const box = boxes.get(node) ?? { x: node.x, y: node.y, width: node.width, height: node.height }
    const id = uniqueId(`node-${node.id}`)
    const labelId = uniqueId(`${id}-label`)
    const isGroup = node.kind === 'group'
    const shape: ExcalidrawShapeElement = {
      ...base(id, box),
      type: 'rectangle',
      backgroundColor: fillFor(node),
      strokeWidth: isGroup ? 1 : 2,
      strokeStyle: isGroup ? 'dashed' : 'solid',
      roundness: node.kind === 'note' ? null : { type: 3 },
      boundElements: [{ type: 'text', id: labelId }],
    }
    const text = nodeText(node)
    const size = measure(text, Math.max(1, box.width - 10))
    const x = box.x + (box.width - size.width) / 2
    const y = isGroup ? box.y + 6 : box.y + (box.height - size.height) / 2
    const label = boundText(labelId, id, text, { x, y, ...size }, isGroup ? 'top' : 'middle')
    shapes.push({ shape, label })
    shapeIdOf.set(node, id)
  }

  const shapeById = new Map(shapes.map((s) => [s.shape.id, s.shape]))
  const arrows: ExcalidrawElement[] = []
  for (const edge of doc.edges) {
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    const ends = edgeEnds(boxes, byId, edge, bindingGap)
    const sourceId = source && shapeIdOf.get(source)
    const targetId = target && shapeIdOf.get(target)
    if (!ends || !sourceId || !targetId) continue

    const id = uniqueId(`edge-${edge.id}`)
    const dx = ends.end.x - ends.start.x
    const dy = ends.end.y - ends.start.y
    const labelText = edge.label.trim()
    const labelId = labelText === '' ? null : uniqueId(`${id}-label`)
    const arrow: ExcalidrawArrowElement = {
      ...base(id, { x: ends.start.x, y: ends.start.y, width: Math.abs(dx), height: Math.abs(dy) }),
      type: 'arrow',
      strokeStyle: edge.style === 'async' ? 'dashed' : 'solid',
      roundness: { type: 2 },
      boundElements: labelId ? [{ type: 'text', id: labelId }] : null,
      points: [
        [0, 0],
        [dx, dy],
      ],
      lastCommittedPoint: null,
      startBinding: { elementId: sourceId, focus: 0, gap: bindingGap },
      endBinding: { elementId: targetId, focus: 0, gap: bindingGap },
      startArrowhead: null,
      endArrowhead: 'arrow',
      elbowed: false,
    }
    arrows.push(arrow)
    if (labelId) {
      const size = measure(edge.label, 240)
      const x = ends.start.x + (dx - size.width) / 2
      const y = ends.start.y + (dy - size.height) / 2
      arrows.push(boundText(labelId, id, edge.label, { x, y, ...size }, 'middle'))
    }
    for (const shapeId of new Set([sourceId, targetId])) {
      shapeById.get(shapeId)?.boundElements?.push({ type: 'arrow', id })
    }
  }

  return {
    type: 'excalidraw',
    version: 2,
    source: 'backprep',
    elements: [...shapes.flatMap((s) => [s.shape, s.label]), ...arrows],
    appState: { viewBackgroundColor: '#ffffff', gridSize: null },
    files: {},
  }
}
