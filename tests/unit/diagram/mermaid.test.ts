import { describe, expect, it } from 'vitest'
import { escapeMermaidLabel, toMermaid } from '../../../src/domain/diagram/mermaid'
import { emptyDiagram, type DiagramDoc } from '../../../src/domain/diagram/model'
import { sampleDiagram } from './fixtures'

describe('toMermaid', () => {
  it('writes a flowchart with shapes by kind, nested subgraphs, async edges and escaped labels', () => {
    expect(toMermaid(sampleDiagram())).toBe(
      [
        'flowchart LR',
        '    subgraph g1 ["Backend #quot;core#quot;"]',
        '        n2["API"]',
        '        subgraph g2 ["Data"]',
        '            n3[("Orders #lt;DB#gt;")]',
        '        end',
        '    end',
        '    n1(["Web #quot;app#quot;"])',
        '    n4[["Jobs"]]',
        `    n5>"Check #amp; retry<br>later, it's fine"]`,
        '    n1 -->|"HTTPS"| n2',
        '    n2 --> n3',
        '    n2 -.->|"enqueue #124; job"| n4',
        '',
      ].join('\n'),
    )
  })

  it('is deterministic', () => {
    expect(toMermaid(sampleDiagram())).toBe(toMermaid(sampleDiagram()))
  })

  it('names unlabelled nodes by their kind, and draws edges to groups', () => {
    const doc: DiagramDoc = {
      version: 1,
      nodes: [
        { id: 'x', kind: 'kv-store', label: ' ', x: 0, y: 0, width: 10, height: 10, properties: [] },
        { id: 'y', kind: 'group', label: '', x: 0, y: 0, width: 10, height: 10, properties: [] },
      ],
      edges: [{ id: 'e', source: 'x', target: 'y', label: '', style: 'async' }],
    }
    expect(toMermaid(doc)).toBe(
      [
        'flowchart LR',
        '    n1[("Key-value store")]',
        '    subgraph g1 ["Group"]',
        '    end',
        '    n1 -.-> g1',
        '',
      ].join('\n'),
    )
  })

  it('puts a node whose parent is missing or not a group at the top level, and skips dangling edges', () => {
    const doc: DiagramDoc = {
      version: 1,
      nodes: [
        {
          id: 'a',
          kind: 'service',
          label: 'A',
          x: 0,
          y: 0,
          width: 10,
          height: 10,
          parentId: 'b',
          properties: [],
        },
        {
          id: 'b',
          kind: 'worker',
          label: 'B',
          x: 0,
          y: 0,
          width: 10,
          height: 10,
          parentId: 'gone',
          properties: [],
        },
      ],
      edges: [{ id: 'e', source: 'a', target: 'gone', label: '', style: 'sync' }],
    }
    expect(toMermaid(doc)).toBe('flowchart LR\n    n1["A"]\n    n2["B"]\n')
  })

  it('still draws groups caught in a parent loop', () => {
    const group = (id: string, parentId: string) => ({
      id,
      kind: 'group' as const,
      label: id,
      x: 0,
      y: 0,
      width: 10,
      height: 10,
      parentId,
      properties: [],
    })
    const out = toMermaid({ version: 1, nodes: [group('a', 'b'), group('b', 'a')], edges: [] })
    expect(out).toContain('subgraph g1 ["a"]')
    expect(out).toContain('subgraph g2 ["b"]')
  })

  it('gives an empty diagram just the header', () => {
    expect(toMermaid(emptyDiagram())).toBe('flowchart LR\n')
  })
})

describe('escapeMermaidLabel', () => {
  it('escapes the characters that would end or change a quoted label', () => {
    expect(escapeMermaidLabel('a "b" #1 <i>&|`x`\r\nc')).toBe(
      'a #quot;b#quot; #35;1 #lt;i#gt;#amp;#124;#96;x#96;<br>c',
    )
  })
})
