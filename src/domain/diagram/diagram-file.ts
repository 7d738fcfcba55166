/**
 * Backprep's own diagram file (`.backprep.json`): a versioned JSON envelope
 * around the diagram, and an importer that explains exactly what is wrong
 * with a file it cannot open instead of throwing.
 */
import { z } from 'zod'
import { isNodeKind, kindLabel, type NodeKind } from './components.ts'
import { diagramFormatVersion, type DiagramDoc, type DiagramEdge, type DiagramNode } from './model.ts'
import {
  describeValue,
  formatPath,
  isRecord,
  megabytes as mb,
  plainIssueMessage,
  utf8Length,
} from '../validation/plain-errors.ts'
import { describeError } from '../validation/describe-error.ts'

export const diagramFileFormat = 'backprep-diagram'
/** The file format version this build writes and reads. */
export const diagramFileVersion = 1
export const maxDiagramNodes = 5_000
export const maxDiagramEdges = 20_000
/** 5 MB, in decimal units like every size the app shows. */
export const maxDiagramFileBytes = 5_000_000

export interface DiagramFile {
  format: typeof diagramFileFormat
  version: typeof diagramFileVersion
  name: string
  diagram: Pick<DiagramDoc, 'nodes' | 'edges' | 'viewport'>
}

export type ParseDiagramFileResult =
  { ok: true; name: string; doc: DiagramDoc } | { ok: false; error: string }

/**
 * The file text for a diagram: pretty-printed JSON with the format name and
 * version first, so a person opening it can tell what it is.
 */
export function serializeDiagramFile(name: string, doc: DiagramDoc): string {
  const file: DiagramFile = {
    format: diagramFileFormat,
    version: diagramFileVersion,
    name,
    diagram: {
      nodes: doc.nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        label: n.label,
        x: n.x,
        y: n.y,
        width: n.width,
        height: n.height,
        ...(n.parentId === undefined ? {} : { parentId: n.parentId }),
        properties: n.properties.map((p) => ({ key: p.key, value: p.value })),
      })),
      edges: doc.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        ...(e.sourceSide === undefined ? {} : { sourceSide: e.sourceSide }),
        ...(e.targetSide === undefined ? {} : { targetSide: e.targetSide }),
        label: e.label,
        style: e.style,
      })),
      ...(doc.viewport ? { viewport: { ...doc.viewport } } : {}),
    },
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const handleSides = ['top', 'right', 'bottom', 'left'] as const
const edgeStyles = ['sync', 'async'] as const

const text = (max: number) => z.string().max(max)
const coordinate = z.number()
const size = z.number().nonnegative()

const kindSchema = z.custom<NodeKind>((v) => typeof v === 'string' && isNodeKind(v), {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `unknown component kind '${issue.input}'`
      : issue.input === undefined
        ? 'is missing'
        : `must be a component kind such as 'service' or 'sql-db', not ${describeValue(issue.input)}`,
})

const nodeSchema = z.object({
  id: text(200).min(1),
  kind: kindSchema,
  label: text(10_000),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  parentId: text(200).optional(),
  properties: z.array(z.object({ key: text(200), value: text(10_000) })).default([]),
})

const edgeSchema = z.object({
  id: text(200).min(1),
  source: text(200).min(1),
  target: text(200).min(1),
  sourceSide: z.enum(handleSides).optional(),
  targetSide: z.enum(handleSides).optional(),
  label: text(10_000).default(''),
  style: z.enum(edgeStyles).default('sync'),
})

const fileSchema = z.object({
  name: text(300),
  diagram: z.object({
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
    viewport: z.object({ x: coordinate, y: coordinate, zoom: z.number().positive() }).optional(),
  }),
})

/** `['diagram', 'nodes', 3, 'kind']` → `nodes[3].kind`: the path as a person reads the file. */
function pathInFile(path: readonly PropertyKey[]): string {
  return formatPath(path[0] === 'diagram' && path.length > 1 ? path.slice(1) : path)
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`

/** Checks zod cannot express: ids that must be unique, references that must resolve. */
function checkReferences(nodes: DiagramNode[], edges: DiagramEdge[]): string | null {
  const firstIndex = new Map<string, number>()
  for (const [i, node] of nodes.entries()) {
    const earlier = firstIndex.get(node.id)
    if (earlier !== undefined)
      return `nodes[${i}].id: duplicate node id '${node.id}' (also used by nodes[${earlier}])`
    firstIndex.set(node.id, i)
  }
  for (const [i, node] of nodes.entries()) {
    if (node.parentId === undefined) continue
    const parent = nodes[firstIndex.get(node.parentId) ?? -1]
    if (!parent) return `nodes[${i}].parentId: no node has the id '${node.parentId}'`
    if (parent.kind !== 'group') {
      return `nodes[${i}].parentId: '${node.parentId}' is a ${kindLabel(parent.kind).toLowerCase()}, not a group`
    }
  }
  for (const [i, node] of nodes.entries()) {
    const seen = new Set<string>([node.id])
    let parentId = node.parentId
    while (parentId !== undefined) {
      if (seen.has(parentId)) return `nodes[${i}].parentId: groups are nested inside each other in a loop`
      seen.add(parentId)
      parentId = nodes[firstIndex.get(parentId) ?? -1]?.parentId
    }
  }
  const edgeIds = new Map<string, number>()
  for (const [i, edge] of edges.entries()) {
    const earlier = edgeIds.get(edge.id)
    if (earlier !== undefined)
      return `edges[${i}].id: duplicate edge id '${edge.id}' (also used by edges[${earlier}])`
    edgeIds.set(edge.id, i)
    if (!firstIndex.has(edge.source)) return `edges[${i}].source: no node has the id '${edge.source}'`
    if (!firstIndex.has(edge.target)) return `edges[${i}].target: no node has the id '${edge.target}'`
  }
  return null
}

/**
 * Reads a diagram file. Never throws: a file it cannot open gives `ok: false`
 * and one message naming the problem and, for a bad field, where it is
 * (`nodes[3].kind: unknown component kind 'databse'`). Checks, in order: size
 * (5 MB), JSON syntax, the format name, the version, the shape of every field,
 * the node count (5,000), unique ids, and that edges and `parentId`s point at
 * existing nodes (a `parentId` at a group).
 */
export function parseDiagramFile(text: string): ParseDiagramFileResult {
  const fail = (error: string): ParseDiagramFileResult => ({ ok: false, error })
  const bytes = text.length > maxDiagramFileBytes ? text.length : utf8Length(text)
  if (bytes > maxDiagramFileBytes) {
    return fail(
      `This file is too large (${mb(bytes)}); diagram files can be at most ${mb(maxDiagramFileBytes)}.`,
    )
  }
  if (text.trim() === '') return fail('This file is empty.')

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return fail(`This file is not JSON: ${describeError(e)}`)
  }
  if (!isRecord(data)) return fail('This is not a Backprep diagram file: it is JSON, but not an object.')
  if (data.type === 'excalidraw') {
    return fail(
      'This is an Excalidraw scene, not a Backprep diagram file. Backprep exports to Excalidraw but cannot import it.',
    )
  }
  if (data.format !== diagramFileFormat) {
    return fail(
      data.format === undefined
        ? `This is not a Backprep diagram file: it has no "format": "${diagramFileFormat}" field.`
        : `This is not a Backprep diagram file: its format is ${describeValue(data.format)}, not '${diagramFileFormat}'.`,
    )
  }
  const version = data.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      version === undefined
        ? 'This diagram file has no version number.'
        : `This diagram file has an invalid version (${describeValue(version)}); versions are whole numbers from 1.`,
    )
  }
  if (version > diagramFileVersion) {
    return fail(
      `This diagram was made by a newer version of Backprep (version ${version}); this version reads version ${diagramFileVersion}. Update Backprep to open it.`,
    )
  }

  const raw = isRecord(data.diagram) ? data.diagram : undefined
  if (raw && Array.isArray(raw.nodes) && raw.nodes.length > maxDiagramNodes) {
    return fail(
      `This diagram is too large: it has ${plural(raw.nodes.length, 'node')}, and at most ${plural(maxDiagramNodes, 'node')} are allowed.`,
    )
  }
  if (raw && Array.isArray(raw.edges) && raw.edges.length > maxDiagramEdges) {
    return fail(
      `This diagram is too large: it has ${plural(raw.edges.length, 'edge')}, and at most ${plural(maxDiagramEdges, 'edge')} are allowed.`,
    )
  }

  const parsed = fileSchema.safeParse(data, { error: plainIssueMessage })
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues
    const more = rest.length > 0 ? ` (and ${plural(rest.length, 'more problem')})` : ''
    return fail(
      first ? `${pathInFile(first.path)}: ${first.message}${more}` : 'This diagram file is invalid.',
    )
  }

  const { name, diagram } = parsed.data
  const nodes: DiagramNode[] = diagram.nodes.map((n) => {
    const { parentId, ...rest } = n
    return parentId === undefined ? rest : { ...rest, parentId }
  })
  const edges: DiagramEdge[] = diagram.edges.map((e) => {
    const { sourceSide, targetSide, ...rest } = e
    return {
      ...rest,
      ...(sourceSide === undefined ? {} : { sourceSide }),
      ...(targetSide === undefined ? {} : { targetSide }),
    }
  })
  const referenceError = checkReferences(nodes, edges)
  if (referenceError) return fail(referenceError)

  const doc: DiagramDoc = { version: diagramFormatVersion, nodes, edges }
  if (diagram.viewport) doc.viewport = diagram.viewport
  return { ok: true, name, doc }
}

/**
 * A diagram document read back from storage (the autosave journal): checked
 * exactly as a file's diagram is, since what storage returns is untrusted.
 */
export function parseDiagramDoc(value: unknown): ParseDiagramFileResult {
  if (!isRecord(value)) return { ok: false, error: 'the stored diagram is not an object' }
  const { nodes, edges, viewport } = value
  return parseDiagramFile(
    JSON.stringify({
      format: diagramFileFormat,
      version: diagramFileVersion,
      name: '',
      diagram: { nodes, edges, viewport },
    }),
  )
}
