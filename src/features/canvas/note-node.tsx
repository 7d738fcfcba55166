import { NodeResizer, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useCanvasStore } from './canvas-store'
import { SideHandles } from './component-node'
import type { FlowNode } from './flow-model'

/** A free text note. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<FlowNode>) {
  return (
    <div className={`cn-note${selected ? ' cn-selected' : ''}`}>
      <NodeResizer
        isVisible={selected ?? false}
        minWidth={80}
        minHeight={40}
        onResizeStart={() => useCanvasStore.getState().checkpoint()}
      />
      <SideHandles />
      <p>{data.label}</p>
    </div>
  )
})
