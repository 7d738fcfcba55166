import { describe, expect, it } from 'vitest'
import {
  maxDiagramFileBytes,
  parseDiagramFile,
  serializeDiagramFile,
} from '../../../src/domain/diagram/diagram-file'
import { emptyDiagram } from '../../../src/domain/diagram/model'
import { sampleDiagram } from './fixtures'

/** A valid file as a plain object, to break one thing at a time. */
const validFile = () => JSON.parse(serializeDiagramFile('Checkout', sampleDiagram())) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const parse = (file: unknown) => parseDiagramFile(JSON.stringify(file))
const errorOf = (file: unknown) => {
  const result = typeof file === 'string' ? parseDiagramFile(file) : parse(file)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.error
}

describe('serializeDiagramFile', () => {
  it('writes the format name and version first, then the name and the diagram', () => {
    const text = serializeDiagramFile('Checkout', sampleDiagram())
    expect(
      text.startsWith(
        '{\n  "format": "backprep-diagram",\n  "version": 1,\n  "name": "Checkout",\n  "diagram": {',
      ),
    ).toBe(true)
    const file = JSON.parse(text)
    expect(Object.keys(file.diagram)).toEqual(['nodes', 'edges', 'viewport'])
    expect(file.diagram.nodes[0]).not.toHaveProperty('parentId')
    expect(file.diagram.nodes[2].parentId).toBe('g-backend')
  })

  it('leaves the viewport out when the diagram has none', () => {
    const file = JSON.parse(serializeDiagramFile('Empty', emptyDiagram()))
    expect(file.diagram).toEqual({ nodes: [], edges: [] })
  })
})

describe('parseDiagramFile', () => {
  it('round-trips a diagram exactly', () => {
    const doc = sampleDiagram()
    const result = parseDiagramFile(serializeDiagramFile('Checkout "v2"', doc))
    expect(result).toEqual({ ok: true, name: 'Checkout "v2"', doc })
  })

  it('round-trips an empty diagram', () => {
    expect(parseDiagramFile(serializeDiagramFile('', emptyDiagram()))).toEqual({
      ok: true,
      name: '',
      doc: emptyDiagram(),
    })
  })

  it('fills in defaults a hand-written file may leave out and drops unknown fields', () => {
    const file = validFile()
    delete file.diagram.nodes[1].properties
    delete file.diagram.edges[0].label
    delete file.diagram.edges[0].style
    file.diagram.nodes[1].colour = 'red'
    const result = parse(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.doc.nodes[1]).toEqual({ ...sampleDiagram().nodes[1], properties: [] })
    expect(result.doc.edges[0]).toEqual({
      id: 'e1',
      source: 'client',
      target: 'api',
      label: '',
      style: 'sync',
    })
  })

  it('rejects text that is not JSON, saying why', () => {
    expect(errorOf('{"format": "backprep-diagram",')).toMatch(/^This file is not JSON: .+/)
    expect(errorOf('')).toBe('This file is empty.')
    expect(errorOf('[1, 2]')).toBe('This is not a Backprep diagram file: it is JSON, but not an object.')
  })

  it('rejects a file with another format or none', () => {
    expect(errorOf({ ...validFile(), format: 'drawio' })).toBe(
      "This is not a Backprep diagram file: its format is 'drawio', not 'backprep-diagram'.",
    )
    const noFormat = validFile()
    delete noFormat.format
    expect(errorOf(noFormat)).toBe(
      'This is not a Backprep diagram file: it has no "format": "backprep-diagram" field.',
    )
    expect(errorOf({ type: 'excalidraw', version: 2, elements: [] })).toMatch(/^This is an Excalidraw scene/)
  })

  it('rejects a file from a newer version and explains which version it reads', () => {
    expect(errorOf({ ...validFile(), version: 2 })).toBe(
      'This diagram was made by a newer version of Backprep (version 2); this version reads version 1. Update Backprep to open it.',
    )
    expect(errorOf({ ...validFile(), version: '1' })).toBe(
      "This diagram file has an invalid version ('1'); versions are whole numbers from 1.",
    )
    const noVersion = validFile()
    delete noVersion.version
    expect(errorOf(noVersion)).toBe('This diagram file has no version number.')
  })

  it('names the path of a field with the wrong shape', () => {
    const file = validFile()
    file.diagram.nodes[3].kind = 'databse'
    expect(errorOf(file)).toBe("nodes[3].kind: unknown component kind 'databse'")

    const missing = validFile()
    delete missing.diagram.nodes[0].x
    expect(errorOf(missing)).toBe('nodes[0].x: is missing')

    const wrongType = validFile()
    wrongType.diagram.edges[1].source = 42
    expect(errorOf(wrongType)).toBe('edges[1].source: must be text, not 42')

    const badStyle = validFile()
    badStyle.diagram.edges[2].style = 'dotted'
    expect(errorOf(badStyle)).toBe("edges[2].style: must be one of 'sync', 'async', not 'dotted'")

    const negative = validFile()
    negative.diagram.nodes[2].width = -5
    expect(errorOf(negative)).toBe('nodes[2].width: must be at least 0')

    const badName = validFile()
    badName.name = ['x']
    expect(errorOf(badName)).toBe('name: must be text, not a list')

    const noNodes = validFile()
    delete noNodes.diagram.nodes
    expect(errorOf(noNodes)).toBe('nodes: is missing')
  })

  it('counts the other problems after the first', () => {
    const file = validFile()
    file.diagram.nodes[0].kind = 'databse'
    file.diagram.nodes[1].y = 'top'
    file.diagram.edges[0].id = ''
    expect(errorOf(file)).toBe("nodes[0].kind: unknown component kind 'databse' (and 2 more problems)")
  })

  it('rejects edges that point at missing nodes', () => {
    const file = validFile()
    file.diagram.edges[1].target = 'cache'
    expect(errorOf(file)).toBe("edges[1].target: no node has the id 'cache'")
    const source = validFile()
    source.diagram.edges[0].source = 'phone'
    expect(errorOf(source)).toBe("edges[0].source: no node has the id 'phone'")
  })

  it('rejects duplicate node and edge ids', () => {
    const file = validFile()
    file.diagram.nodes[5].id = 'api'
    expect(errorOf(file)).toBe("nodes[5].id: duplicate node id 'api' (also used by nodes[2])")
    const edges = validFile()
    edges.diagram.edges[2].id = 'e1'
    expect(errorOf(edges)).toBe("edges[2].id: duplicate edge id 'e1' (also used by edges[0])")
  })

  it('rejects a parentId that names a missing node, a non-group or a loop', () => {
    const missing = validFile()
    missing.diagram.nodes[4].parentId = 'g-gone'
    expect(errorOf(missing)).toBe("nodes[4].parentId: no node has the id 'g-gone'")

    const notGroup = validFile()
    notGroup.diagram.nodes[4].parentId = 'api'
    expect(errorOf(notGroup)).toBe("nodes[4].parentId: 'api' is a service, not a group")

    const loop = validFile()
    loop.diagram.nodes[0].parentId = 'g-data'
    expect(errorOf(loop)).toBe('nodes[0].parentId: groups are nested inside each other in a loop')
  })

  it('rejects a diagram with more than 5,000 nodes', () => {
    const file = validFile()
    file.diagram.nodes = Array.from({ length: 5_001 }, (_, i) => ({
      id: `n${i}`,
      kind: 'service',
      label: '',
      x: 0,
      y: 0,
      width: 1,
      height: 1,
      properties: [],
    }))
    file.diagram.edges = []
    expect(errorOf(file)).toBe(
      'This diagram is too large: it has 5,001 nodes, and at most 5,000 nodes are allowed.',
    )
    file.diagram.nodes.pop()
    expect(parse(file).ok).toBe(true)
  })

  it('rejects a file over 5 MB before parsing it', () => {
    const file = validFile()
    file.name = 'x'.repeat(maxDiagramFileBytes)
    expect(errorOf(file)).toBe('This file is too large (5.01 MB); diagram files can be at most 5 MB.')
    // Multi-byte characters count by their UTF-8 size, not their string length.
    const wide = { ...validFile(), name: 'é'.repeat(2_600_000) }
    expect(errorOf(wide)).toBe('This file is too large (5.21 MB); diagram files can be at most 5 MB.')
  })

  it('never throws, whatever the input', () => {
    for (const text of [
      'null',
      '1',
      '"x"',
      'true',
      '{}',
      '{"format":"backprep-diagram","version":1}',
      '\u0000',
    ]) {
      const result = parseDiagramFile(text)
      expect(result.ok).toBe(false)
    }
  })
})
