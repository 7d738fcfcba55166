import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDiagram } from '../../../src/domain/diagram/model'
import { historyLimit, useCanvasStore } from '../../../src/features/canvas/canvas-store'

const store = () => useCanvasStore.getState()

beforeEach(() => {
  localStorage.clear()
  store().load(emptyDiagram())
})

describe('canvas store', () => {
  it('adds, connects and deletes, and undo/redo walk back and forth', () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    const b = store().addNode('sql-db', { x: 300, y: 0 })
    store().onConnect({ source: a, target: b, sourceHandle: 'right', targetHandle: 'left' })
    expect(store().edges).toHaveLength(1)
    expect(store().edges[0]!.data).toEqual({ label: '', style: 'sync' })
    store().undo()
    expect(store().edges).toHaveLength(0)
    store().redo()
    expect(store().edges).toHaveLength(1)
  })

  it(`keeps at least 100 undo steps (${historyLimit})`, () => {
    for (let i = 0; i < 150; i++) store().addNode('cache', { x: i * 10, y: 0 })
    expect(store().nodes).toHaveLength(150)
    for (let i = 0; i < 150; i++) store().undo()
    expect(store().nodes).toHaveLength(0)
    for (let i = 0; i < 120; i++) store().redo()
    expect(store().nodes).toHaveLength(120)
  })

  it('coalesces typing into one undo step', () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    for (const text of ['O', 'Or', 'Ord', 'Orders']) store().updateNodeData(a, { label: text })
    store().undo()
    expect(store().nodes[0]!.data.label).toBe('')
  })

  it('copies and pastes nodes with the edges between them, into another diagram too', async () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    const b = store().addNode('sql-db', { x: 300, y: 0 })
    store().onConnect({ source: a, target: b, sourceHandle: null, targetHandle: null })
    store().selectAll()
    store().copy()
    store().load(emptyDiagram()) // another diagram
    await store().paste()
    expect(
      store()
        .nodes.map((n) => n.data.kind)
        .sort(),
    ).toEqual(['service', 'sql-db'])
    expect(store().edges).toHaveLength(1)
    expect(store().nodes.every((n) => n.id !== a && n.id !== b)).toBe(true)
    expect(store().nodes.find((n) => n.data.kind === 'service')!.position).toEqual({ x: 32, y: 32 })
  })

  it('pastes a copy another tab stored only after reading it through the diagram schema', async () => {
    const copied = {
      version: 1,
      nodes: [
        { id: 'x', kind: 'cache', label: 'Redis', x: 10, y: 10, width: 168, height: 64, properties: [] },
      ],
      edges: [],
    }
    localStorage.setItem('backprep:canvas-clipboard', JSON.stringify(copied))
    await store().paste()
    expect(store().nodes.map((n) => [n.data.kind, n.data.label, n.position])).toEqual([
      ['cache', 'Redis', { x: 42, y: 42 }],
    ])
    // A doctored copy (an unknown kind, an edge to nowhere) is refused: nothing is pasted.
    store().load(emptyDiagram())
    localStorage.setItem(
      'backprep:canvas-clipboard',
      JSON.stringify({ ...copied, nodes: [{ ...copied.nodes[0], kind: 'mainframe' }] }),
    )
    await store().paste()
    localStorage.setItem('backprep:canvas-clipboard', '{"nodes": "all of them"')
    await store().paste()
    expect(store().nodes).toEqual([])
  })

  it('puts a node dropped inside a group box into the group, and takes it out again', () => {
    const g = store().addNode('group', { x: 100, y: 100 })
    const n = store().addNode('service', { x: 150, y: 150 })
    store().regroup([n])
    const inside = store().nodes.find((x) => x.id === n)!
    expect(inside.parentId).toBe(g)
    expect(inside.position).toEqual({ x: 50, y: 50 })
    store().onNodesChange([{ type: 'position', id: n, position: { x: 900, y: 900 } }])
    store().regroup([n])
    expect(store().nodes.find((x) => x.id === n)!.parentId).toBeUndefined()
  })

  it('deleting a group deletes what is inside it', () => {
    const g = store().addNode('group', { x: 0, y: 0 })
    const n = store().addNode('service', { x: 40, y: 40 })
    store().regroup([n])
    store().onNodesChange(
      store().nodes.map((x) => ({ type: 'select' as const, id: x.id, selected: x.id === g })),
    )
    store().deleteSelection()
    expect(store().nodes).toHaveLength(0)
  })

  it('aligns the selection', () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    store().addNode('service', { x: 200, y: 80 })
    store().selectAll()
    store().align('top')
    expect(store().nodes.map((n) => n.position.y)).toEqual([0, 0])
    expect(store().nodes.find((n) => n.id === a)!.position.x).toBe(0)
  })
})

describe('nodes of known size', () => {
  const handleAt = (id: string, side: string) => {
    const found = store()
      .nodes.find((n) => n.id === id)!
      .handles!.find((x) => x.id === side)!
    const h = { ...found, width: found.width ?? 1, height: found.height ?? 1 }
    // Where React Flow ends an edge on this handle: the middle of its outer side.
    if (side === 'top') return { x: h.x + h.width / 2, y: h.y }
    if (side === 'right') return { x: h.x + h.width, y: h.y + h.height / 2 }
    if (side === 'bottom') return { x: h.x + h.width / 2, y: h.y + h.height }
    return { x: h.x, y: h.y + h.height / 2 }
  }

  it('come with their size and a handle centred on each side, so nothing waits to be measured', () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    const node = store().nodes.find((n) => n.id === a)!
    expect(node.measured).toEqual({ width: 168, height: 64 })
    expect(node.handles!.map((h) => h.id)).toEqual(['top', 'right', 'bottom', 'left'])
    expect(handleAt(a, 'top')).toEqual({ x: 84, y: -4.5 })
    expect(handleAt(a, 'right')).toEqual({ x: 172.5, y: 32 })
    expect(handleAt(a, 'bottom')).toEqual({ x: 84, y: 68.5 })
    expect(handleAt(a, 'left')).toEqual({ x: -4.5, y: 32 })
  })

  it('groups have no handles; loaded diagrams are sized from the file', () => {
    store().load({
      version: 1,
      nodes: [
        { id: 'g', kind: 'group', label: 'VPC', x: 0, y: 0, width: 400, height: 300, properties: [] },
        { id: 'n', kind: 'note', label: 'Hi', x: 10, y: 10, width: 220, height: 100, properties: [] },
      ],
      edges: [],
    })
    expect(store().nodes.find((n) => n.id === 'g')!.handles).toEqual([])
    expect(store().nodes.find((n) => n.id === 'n')!.measured).toEqual({ width: 220, height: 100 })
    expect(handleAt('n', 'right')).toEqual({ x: 224.5, y: 50 })
  })

  it('a resize moves the handles with the sides, is saved, and is one undo step', () => {
    const a = store().addNode('note', { x: 0, y: 0 })
    const revision = store().revision
    store().checkpoint() // as the resizer does when a resize starts
    store().onNodesChange([
      {
        id: a,
        type: 'dimensions',
        dimensions: { width: 300, height: 180 },
        resizing: true,
        setAttributes: true,
      },
    ])
    expect(store().revision).toBeGreaterThan(revision)
    expect(handleAt(a, 'right')).toEqual({ x: 304.5, y: 90 })
    expect(handleAt(a, 'bottom')).toEqual({ x: 150, y: 184.5 })
    store().undo()
    expect(handleAt(a, 'right')).toEqual({ x: 204.5, y: 48 })
  })

  it("React Flow's own measuring is neither saved nor an undo step", () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    const { revision, past } = store()
    store().onNodesChange([{ id: a, type: 'dimensions', dimensions: { width: 170, height: 64 } }])
    expect(store().revision).toBe(revision)
    expect(store().past).toHaveLength(past.length)
    expect(handleAt(a, 'right')).toEqual({ x: 174.5, y: 32 })
  })
})
