/**
 * Operations on a diagram's node tree that do not depend on how it is drawn:
 * where a node sits on the page, what a group holds, which group a moved node
 * lands in, and how a copied piece is renamed for pasting. The canvas store
 * calls them on React Flow's nodes, which have this shape.
 */
import type { DiagramDoc } from './model.ts'

export interface Point {
  x: number
  y: number
}

/** A node placed relative to its parent group, if it has one. */
export interface PlacedNode {
  id: string
  parentId?: string
  position: Point
}

/** Where a node is on the page: its position plus every enclosing group's. */
export function absolutePositionOf(nodes: readonly PlacedNode[], node: PlacedNode): Point {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  let { x, y } = node.position
  let parentId = node.parentId
  const seen = new Set<string>([node.id])
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId)
    const parent = byId.get(parentId)
    if (!parent) break
    x += parent.position.x
    y += parent.position.y
    parentId = parent.parentId
  }
  return { x, y }
}

/** The given nodes and everything inside them, however deeply nested: what deleting a group removes. */
export function withContents(nodes: readonly PlacedNode[], ids: Iterable<string>): Set<string> {
  const out = new Set(ids)
  let grew = true
  while (grew) {
    grew = false
    for (const n of nodes) {
      if (n.parentId && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id)
        grew = true
      }
    }
  }
  return out
}

/**
 * Puts each moved node into the group its centre now lies in (the first such
 * group), or takes it out of its group when it lies in none, keeping where it
 * is on the page. Groups themselves are not moved between groups. Returns
 * the new nodes, or null when no node changes group.
 */
export function regroupNodes<N extends PlacedNode>(
  nodes: readonly N[],
  movedIds: readonly string[],
  isGroup: (node: N) => boolean,
  sizeOf: (node: N) => { width: number; height: number },
): N[] | null {
  const groups = nodes.filter(isGroup)
  if (groups.length === 0) return null
  let changed = false
  const next = nodes.map((n) => {
    if (!movedIds.includes(n.id) || isGroup(n)) return n
    const at = absolutePositionOf(nodes, n)
    const size = sizeOf(n)
    const centre = { x: at.x + size.width / 2, y: at.y + size.height / 2 }
    const host = groups.find((g) => {
      const gp = absolutePositionOf(nodes, g)
      const gs = sizeOf(g)
      return centre.x > gp.x && centre.x < gp.x + gs.width && centre.y > gp.y && centre.y < gp.y + gs.height
    })
    if (host?.id === n.parentId) return n
    changed = true
    if (!host) {
      const outside: N = { ...n, position: at }
      delete outside.parentId
      return outside
    }
    const hp = absolutePositionOf(nodes, host)
    return { ...n, parentId: host.id, position: { x: at.x - hp.x, y: at.y - hp.y } }
  })
  return changed ? next : null
}

/**
 * A copied piece of diagram made ready to paste: every node and edge gets a
 * fresh id (`newId('n')`, `newId('e')`), groups keep their contents, and the
 * top-level nodes move by `offset` so the copy does not hide the original.
 * Edges whose ends were not copied are left out.
 */
export function renameForPaste(
  doc: DiagramDoc,
  newId: (prefix: 'n' | 'e') => string,
  offset: number,
): DiagramDoc {
  const ids = new Map(doc.nodes.map((n) => [n.id, newId('n')]))
  const nodes = doc.nodes.map((n) => {
    const id = ids.get(n.id) ?? newId('n')
    const parentId = n.parentId === undefined ? undefined : ids.get(n.parentId)
    if (parentId !== undefined) return { ...n, id, parentId }
    const placed = { ...n, id, x: n.x + offset, y: n.y + offset }
    delete placed.parentId
    return placed
  })
  const edges = doc.edges.flatMap((e) => {
    const source = ids.get(e.source)
    const target = ids.get(e.target)
    return source && target ? [{ ...e, id: newId('e'), source, target }] : []
  })
  return { ...doc, nodes, edges }
}
