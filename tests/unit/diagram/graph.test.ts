// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  absolutePositionOf,
  regroupNodes,
  renameForPaste,
  withContents,
  type PlacedNode,
} from '../../../src/domain/diagram/graph'
import { emptyDiagram, type DiagramDoc } from '../../../src/domain/diagram/model'

type Node = PlacedNode & { group?: boolean; size: { width: number; height: number } }
const node = (id: string, x: number, y: number, extra: Partial<Node> = {}): Node => ({
  id,
  position: { x, y },
  size: { width: 100, height: 50 },
  ...extra,
})
const isGroup = (n: Node) => !!n.group
const sizeOf = (n: Node) => n.size

describe('diagram graph operations', () => {
  it('places a node on the page through every enclosing group, and survives a parent loop', () => {
    const nodes = [
      node('outer', 100, 100, { group: true }),
      node('inner', 20, 30, { group: true, parentId: 'outer' }),
      node('svc', 5, 5, { parentId: 'inner' }),
    ]
    expect(absolutePositionOf(nodes, nodes[2]!)).toEqual({ x: 125, y: 135 })
    const loop = [node('a', 1, 1, { parentId: 'b' }), node('b', 2, 2, { parentId: 'a' })]
    expect(absolutePositionOf(loop, loop[0]!)).toEqual({ x: 3, y: 3 })
  })

  it('takes a group’s contents along, however deep, and only those', () => {
    const nodes = [
      node('g', 0, 0, { group: true }),
      node('h', 0, 0, { group: true, parentId: 'g' }),
      node('x', 0, 0, { parentId: 'h' }),
      node('y', 0, 0),
    ]
    expect([...withContents(nodes, ['g'])].sort()).toEqual(['g', 'h', 'x'])
    expect([...withContents(nodes, ['y'])]).toEqual(['y'])
  })

  it('moves a dropped node into the group under its centre, keeping it in place, and out again', () => {
    const nodes = [
      node('g', 100, 100, { group: true, size: { width: 400, height: 300 } }),
      node('s', 150, 150),
    ]
    const inside = regroupNodes(nodes, ['s'], isGroup, sizeOf)!
    expect(inside[1]).toMatchObject({ parentId: 'g', position: { x: 50, y: 50 } })
    expect(regroupNodes(inside, ['s'], isGroup, sizeOf)).toBeNull()
    const moved = inside.map((n) => (n.id === 's' ? { ...n, position: { x: 900, y: 900 } } : n))
    const outside = regroupNodes(moved, ['s'], isGroup, sizeOf)!
    expect(outside[1]!.parentId).toBeUndefined()
    expect(outside[1]!.position).toEqual({ x: 1000, y: 1000 })
    expect(regroupNodes([node('s', 0, 0)], ['s'], isGroup, sizeOf)).toBeNull()
  })

  it('renames a copied piece for pasting: fresh ids, groups keep their contents, edges to uncopied nodes dropped', () => {
    const doc: DiagramDoc = {
      ...emptyDiagram(),
      nodes: [
        { id: 'g', kind: 'group', label: 'VPC', x: 10, y: 10, width: 400, height: 300, properties: [] },
        {
          id: 'a',
          kind: 'service',
          label: 'API',
          x: 20,
          y: 20,
          width: 168,
          height: 64,
          parentId: 'g',
          properties: [],
        },
        { id: 'b', kind: 'cache', label: 'Redis', x: 500, y: 0, width: 168, height: 64, properties: [] },
      ],
      edges: [
        { id: 'e1', source: 'a', target: 'b', label: 'read', style: 'sync' },
        { id: 'e2', source: 'a', target: 'gone', label: '', style: 'sync' },
      ],
    }
    let n = 0
    const pasted = renameForPaste(doc, (prefix) => `${prefix}${++n}`, 32)
    expect(pasted.nodes.map((x) => [x.id, x.parentId, x.x, x.y])).toEqual([
      ['n1', undefined, 42, 42],
      ['n2', 'n1', 20, 20],
      ['n3', undefined, 532, 32],
    ])
    expect(pasted.edges).toEqual([{ id: 'e4', source: 'n2', target: 'n3', label: 'read', style: 'sync' }])
  })
})
