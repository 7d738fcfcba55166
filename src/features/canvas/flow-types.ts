/** Custom node and edge types, declared once at module level (React Flow's performance guide). */
import { ComponentNode } from './component-node'
import { GroupNode } from './group-node'
import { LabeledEdge } from './labeled-edge'
import { NoteNode } from './note-node'

export const nodeTypes = { component: ComponentNode, note: NoteNode, group: GroupNode }
export const edgeTypes = { labeled: LabeledEdge }
