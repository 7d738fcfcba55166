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

  it('copies and pastes nodes with the edges between them, into another diagram too', () => {
    const a = store().addNode('service', { x: 0, y: 0 })
    const b = store().addNode('sql-db', { x: 300, y: 0 })
    store().onConnect({ source: a, target: b, sourceHandle: null, targetHandle: null })
    store().selectAll()
    store().copy()
    store().load(emptyDiagram()) // another diagram
    store().paste()
    expect(
      store()
        .nodes.map((n) => n.data.kind)
        .sort(),
    ).toEqual(['service', 'sql-db'])
    expect(store().edges).toHaveLength(1)
    expect(store().nodes.every((n) => n.id !== a && n.id !== b)).toBe(true)
    expect(store().nodes.find((n) => n.data.kind === 'service')!.position).toEqual({ x: 32, y: 32 })
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
