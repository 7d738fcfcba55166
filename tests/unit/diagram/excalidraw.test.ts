import { describe, expect, it } from 'vitest'
import {
  toExcalidraw,
  type ExcalidrawArrowElement,
  type ExcalidrawElement,
  type ExcalidrawTextElement,
} from '../../../src/domain/diagram/excalidraw'
import { emptyDiagram } from '../../../src/domain/diagram/model'
import { sampleDiagram } from './fixtures'

const scene = toExcalidraw(sampleDiagram())
const elements = scene.elements
const byId = new Map<string, ExcalidrawElement>(elements.map((e) => [e.id, e]))
const arrows = elements.filter((e): e is ExcalidrawArrowElement => e.type === 'arrow')
const texts = elements.filter((e): e is ExcalidrawTextElement => e.type === 'text')
const shapeOf = (nodeId: string) => elements.find((e) => e.type === 'rectangle' && e.id === `node-${nodeId}`)

const commonFields = [
  'id',
  'type',
  'x',
  'y',
  'width',
  'height',
  'angle',
  'strokeColor',
  'backgroundColor',
  'fillStyle',
  'strokeWidth',
  'strokeStyle',
  'roughness',
  'opacity',
  'groupIds',
  'frameId',
  'roundness',
  'seed',
  'version',
  'versionNonce',
  'isDeleted',
  'boundElements',
  'updated',
  'link',
  'locked',
]
const textFields = [
  'text',
  'fontSize',
  'fontFamily',
  'textAlign',
  'verticalAlign',
  'containerId',
  'originalText',
  'autoResize',
  'lineHeight',
]

describe('toExcalidraw', () => {
  it('writes an Excalidraw scene envelope', () => {
    expect(scene).toMatchObject({
      type: 'excalidraw',
      version: 2,
      source: 'backprep',
      appState: { viewBackgroundColor: '#ffffff', gridSize: null },
      files: {},
    })
  })

  it('makes one shape and one label per node, one arrow per edge, and a label per labelled edge', () => {
    expect(elements.filter((e) => e.type === 'rectangle')).toHaveLength(7)
    expect(arrows).toHaveLength(3)
    expect(texts).toHaveLength(7 + 2)
  })

  it('gives every element the fields Excalidraw expects, with unique ids', () => {
    for (const e of elements) {
      for (const field of commonFields) expect(e, `${e.id}.${field}`).toHaveProperty(field)
      expect(e).toMatchObject({
        angle: 0,
        fillStyle: 'solid',
        roughness: 1,
        opacity: 100,
        groupIds: [],
        frameId: null,
        version: 1,
        isDeleted: false,
        updated: 1,
        link: null,
        locked: false,
      })
      expect(Number.isInteger(e.seed) && e.seed > 0).toBe(true)
      expect(Number.isInteger(e.versionNonce)).toBe(true)
      for (const n of [e.x, e.y, e.width, e.height]) expect(Number.isFinite(n)).toBe(true)
    }
    for (const t of texts) {
      for (const field of textFields) expect(t, `${t.id}.${field}`).toHaveProperty(field)
      expect(t).toMatchObject({
        fontSize: 16,
        fontFamily: 1,
        textAlign: 'center',
        autoResize: true,
        lineHeight: 1.25,
      })
      expect(t.originalText).toBe(t.text)
    }
    expect(new Set(elements.map((e) => e.id)).size).toBe(elements.length)
  })

  it('binds every arrow to shapes that list it', () => {
    for (const arrow of arrows) {
      for (const binding of [arrow.startBinding, arrow.endBinding]) {
        expect(binding).toMatchObject({ focus: 0, gap: 4 })
        const shape = byId.get(binding?.elementId ?? '')
        expect(shape?.type).toBe('rectangle')
        expect(shape?.boundElements).toContainEqual({ type: 'arrow', id: arrow.id })
      }
      expect(arrow.endArrowhead).toBe('arrow')
      expect(arrow.points[0]).toEqual([0, 0])
    }
    expect(shapeOf('client')?.boundElements).toEqual([
      { type: 'text', id: 'node-client-label' },
      { type: 'arrow', id: 'edge-e1' },
    ])
  })

  it('binds every text to a container that lists it', () => {
    for (const t of texts) {
      const container = byId.get(t.containerId ?? '')
      expect(container, t.id).toBeDefined()
      expect(container?.boundElements).toContainEqual({ type: 'text', id: t.id })
    }
    expect(byId.get('edge-e3-label')).toMatchObject({ text: 'enqueue | job', containerId: 'edge-e3' })
    expect(byId.get('node-db-label')).toMatchObject({
      text: 'Orders <DB>\n(SQL database)',
      containerId: 'node-db',
    })
  })

  it('dashes async arrows and group boxes, and draws groups behind their children', () => {
    expect(byId.get('edge-e3')?.strokeStyle).toBe('dashed')
    expect(byId.get('edge-e1')?.strokeStyle).toBe('solid')
    expect(shapeOf('g-backend')?.strokeStyle).toBe('dashed')
    const order = elements.map((e) => e.id)
    expect(order.indexOf('node-g-backend')).toBeLessThan(order.indexOf('node-g-data'))
    expect(order.indexOf('node-g-data')).toBeLessThan(order.indexOf('node-db'))
  })

  it('uses absolute coordinates and runs arrows between the facing sides', () => {
    // db sits at (20, 60) in g-data at (200, 40) in g-backend at (200, 0).
    expect(shapeOf('db')).toMatchObject({ x: 420, y: 100, width: 140, height: 60 })
    // client (0,100 120×60) → api (240,60 140×60): right side to left side, 4 units off each.
    const e1 = byId.get('edge-e1') as ExcalidrawArrowElement
    expect([e1.x, e1.y]).toEqual([124, 130])
    expect(e1.points[1]).toEqual([236 - 124, 90 - 130])
    expect([e1.width, e1.height]).toEqual([112, 40])
  })

  it('is deterministic, stamps the given time and survives JSON', () => {
    expect(toExcalidraw(sampleDiagram())).toEqual(scene)
    expect(JSON.parse(JSON.stringify(scene))).toEqual(scene)
    expect(toExcalidraw(sampleDiagram(), { updated: 1_700_000_000_000 }).elements[0]?.updated).toBe(
      1_700_000_000_000,
    )
  })

  it('keeps ids unique when the diagram repeats one', () => {
    const doc = sampleDiagram()
    doc.nodes.push({ ...doc.nodes[1]!, x: 900 })
    const ids = toExcalidraw(doc).elements.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('exports an empty diagram as an empty scene', () => {
    expect(toExcalidraw(emptyDiagram()).elements).toEqual([])
  })
})
