/**
 * Plane geometry the exporters share: where a node sits on the page, how the
 * groups nest, and where an edge leaves and enters the boxes it connects.
 */
import type { DiagramDoc, DiagramEdge, DiagramNode, HandleSide } from './model.ts'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

/**
 * Every node's box in page coordinates, parents' offsets added the way
 * `absolutePosition` in model.ts does, but with one lookup table for the
 * whole diagram instead of one per node.
 */
export function absoluteBoxes(doc: DiagramDoc): Map<DiagramNode, Box> {
  const byId = nodesById(doc)
  const boxes = new Map<DiagramNode, Box>()
  for (const node of doc.nodes) {
    let x = node.x
    let y = node.y
    let parentId = node.parentId
    const seen = new Set<string>()
    while (parentId && !seen.has(parentId)) {
      seen.add(parentId)
      const parent = byId.get(parentId)
      if (!parent) break
      x += parent.x
      y += parent.y
      parentId = parent.parentId
    }
    boxes.set(node, { x, y, width: node.width, height: node.height })
  }
  return boxes
}

/** The smallest box holding all the given boxes, or `null` when there are none. */
export function boundsOf(boxes: Iterable<Box>): Box | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const b of boxes) {
    minX = Math.min(minX, b.x)
    minY = Math.min(minY, b.y)
    maxX = Math.max(maxX, b.x + b.width)
    maxY = Math.max(maxY, b.y + b.height)
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

/**
 * The group a node really sits in: its `parentId` when that names an existing
 * group, otherwise `undefined` (a dangling or non-group parent counts as none).
 */
export function parentGroupOf(byId: ReadonlyMap<string, DiagramNode>, node: DiagramNode): string | undefined {
  if (node.parentId === undefined || node.parentId === node.id) return undefined
  return byId.get(node.parentId)?.kind === 'group' ? node.parentId : undefined
}

/** How many groups enclose a node (0 at the top level); safe against cycles. */
export function groupDepth(byId: ReadonlyMap<string, DiagramNode>, node: DiagramNode): number {
  let depth = 0
  const seen = new Set<string>([node.id])
  let parent = parentGroupOf(byId, node)
  while (parent !== undefined && !seen.has(parent)) {
    seen.add(parent)
    depth += 1
    const p = byId.get(parent)
    parent = p ? parentGroupOf(byId, p) : undefined
  }
  return depth
}

export interface EdgeEnds {
  start: Point
  end: Point
  sourceSide: HandleSide
  targetSide: HandleSide
}

const opposite: Record<HandleSide, HandleSide> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
}

/** The middle of one side of a box, pushed `gap` units outwards. */
export function sidePoint(box: Box, side: HandleSide, gap = 0): Point {
  switch (side) {
    case 'top':
      return { x: box.x + box.width / 2, y: box.y - gap }
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height + gap }
    case 'left':
      return { x: box.x - gap, y: box.y + box.height / 2 }
    case 'right':
      return { x: box.x + box.width + gap, y: box.y + box.height / 2 }
  }
}

/**
 * The sides of two boxes that face each other: left/right when they are
 * further apart horizontally than vertically, top/bottom otherwise.
 */
export function facingSides(from: Box, to: Box): { sourceSide: HandleSide; targetSide: HandleSide } {
  const gapX = Math.max(to.x - (from.x + from.width), from.x - (to.x + to.width))
  const gapY = Math.max(to.y - (from.y + from.height), from.y - (to.y + to.height))
  const fromCx = from.x + from.width / 2
  const fromCy = from.y + from.height / 2
  const toCx = to.x + to.width / 2
  const toCy = to.y + to.height / 2
  const horizontal = gapX === gapY ? Math.abs(toCx - fromCx) >= Math.abs(toCy - fromCy) : gapX > gapY
  const sourceSide: HandleSide = horizontal
    ? toCx >= fromCx
      ? 'right'
      : 'left'
    : toCy >= fromCy
      ? 'bottom'
      : 'top'
  return { sourceSide, targetSide: opposite[sourceSide] }
}

/**
 * Where an edge starts and ends: the middles of the facing sides of its two
 * boxes, `gap` units away from them. `null` when an end names no node.
 */
export function edgeEnds(
  boxes: ReadonlyMap<DiagramNode, Box>,
  byId: ReadonlyMap<string, DiagramNode>,
  edge: DiagramEdge,
  gap = 0,
): EdgeEnds | null {
  const source = byId.get(edge.source)
  const target = byId.get(edge.target)
  const from = source && boxes.get(source)
  const to = target && boxes.get(target)
  if (!from || !to) return null
  const { sourceSide, targetSide } = facingSides(from, to)
  return {
    start: sidePoint(from, sourceSide, gap),
    end: sidePoint(to, targetSide, gap),
    sourceSide,
    targetSide,
  }
}

/** Nodes by id (the first node wins when ids repeat). */
export function nodesById(doc: DiagramDoc): Map<string, DiagramNode> {
  const map = new Map<string, DiagramNode>()
  for (const node of doc.nodes) if (!map.has(node.id)) map.set(node.id, node)
  return map
}
