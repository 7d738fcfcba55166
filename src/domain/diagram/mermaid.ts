/**
 * Export to a Mermaid flowchart, for pasting a design into Markdown (GitHub,
 * GitLab, Notion and Obsidian render it). Ids are generated (n1, g1 …), so
 * nothing a person typed can break the syntax; labels are quoted and escaped.
 */
import { componentKinds, kindLabel, type NodeKind } from './components.ts'
import { parentGroupOf } from './geometry.ts'
import type { DiagramDoc, DiagramNode } from './model.ts'

const dataKinds = new Set<string>(componentKinds.filter((k) => k.group === 'Data').map((k) => k.id))
const messagingKinds = new Set<string>(componentKinds.filter((k) => k.group === 'Messaging').map((k) => k.id))

/**
 * Text for inside a quoted Mermaid label. Mermaid's escapes are `#name;` or
 * `#code;` entities, so `#` itself is escaped first; line breaks become `<br>`.
 */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/`/g, '#96;')
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** `["label"]` in the shape Mermaid draws for the kind. */
function shape(kind: NodeKind, label: string): string {
  const q = `"${escapeMermaidLabel(label)}"`
  if (kind === 'client-web' || kind === 'client-mobile') return `([${q}])`
  if (dataKinds.has(kind)) return `[(${q})]`
  if (messagingKinds.has(kind)) return `[[${q}]]`
  if (kind === 'note') return `>${q}]`
  return `[${q}]`
}

const shownLabel = (node: DiagramNode) => (node.label.trim() === '' ? kindLabel(node.kind) : node.label)

/**
 * The diagram as a `flowchart LR`. One Mermaid node per component (clients
 * as stadiums, data stores as cylinders, queues and streams as subroutine
 * boxes, notes as flags, the rest as rectangles); groups as nested
 * `subgraph … end` blocks; sync edges `-->`, async edges `-.->`, labels as
 * `|"…"|`. Nodes come out in diagram order, children inside their group, so
 * the same diagram always gives the same text.
 */
export function toMermaid(doc: DiagramDoc): string {
  const byId = new Map<string, DiagramNode>()
  for (const node of doc.nodes) if (!byId.has(node.id)) byId.set(node.id, node)

  const mermaidId = new Map<string, string>()
  let nodeCount = 0
  let groupCount = 0
  for (const node of byId.values()) {
    mermaidId.set(node.id, node.kind === 'group' ? `g${++groupCount}` : `n${++nodeCount}`)
  }

  const children = new Map<string | undefined, DiagramNode[]>()
  for (const node of byId.values()) {
    const parent = parentGroupOf(byId, node)
    const list = children.get(parent) ?? []
    list.push(node)
    children.set(parent, list)
  }

  const lines = ['flowchart LR']
  const emitted = new Set<string>()
  const emit = (node: DiagramNode, depth: number) => {
    if (emitted.has(node.id)) return
    emitted.add(node.id)
    const indent = '    '.repeat(depth)
    const id = mermaidId.get(node.id) ?? ''
    if (node.kind === 'group') {
      lines.push(`${indent}subgraph ${id} ["${escapeMermaidLabel(shownLabel(node))}"]`)
      for (const child of children.get(node.id) ?? []) emit(child, depth + 1)
      lines.push(`${indent}end`)
    } else {
      lines.push(`${indent}${id}${shape(node.kind, shownLabel(node))}`)
    }
  }
  for (const node of children.get(undefined) ?? []) emit(node, 1)
  // Groups caught in a parent loop have no top-level ancestor; draw them anyway.
  for (const node of byId.values()) emit(node, 1)

  for (const edge of doc.edges) {
    const from = mermaidId.get(edge.source)
    const to = mermaidId.get(edge.target)
    if (from === undefined || to === undefined) continue
    const arrow = edge.style === 'async' ? '-.->' : '-->'
    const label = edge.label.trim() === '' ? '' : `|"${escapeMermaidLabel(edge.label)}"|`
    lines.push(`    ${from} ${arrow}${label} ${to}`)
  }
  return `${lines.join('\n')}\n`
}
