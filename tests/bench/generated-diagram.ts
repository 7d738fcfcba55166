/** A deterministic diagram of `nodeCount` components and `edgeCount` connections, laid out on a grid. */
import type { DiagramDoc } from '../../src/domain/diagram/model'
import { componentKinds } from '../../src/domain/diagram/components'

export function generatedDiagram(nodeCount: number, edgeCount: number): DiagramDoc {
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const columns = Math.ceil(Math.sqrt(nodeCount))
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    kind: componentKinds[i % componentKinds.length]!.id,
    label: `Component ${i}`,
    x: (i % columns) * 240,
    y: Math.floor(i / columns) * 120,
    width: 168,
    height: 64,
    properties: [],
  }))
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    const source = Math.floor(random() * nodeCount)
    let target = Math.floor(random() * nodeCount)
    if (target === source) target = (source + 1) % nodeCount
    return {
      id: `e${i}`,
      source: `n${source}`,
      target: `n${target}`,
      label: i % 5 === 0 ? 'HTTPS' : '',
      style: i % 4 === 0 ? ('async' as const) : ('sync' as const),
    }
  })
  return { version: 1, nodes, edges }
}
