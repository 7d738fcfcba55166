import { NodeResizer, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useCanvasStore } from './canvas-store'
import type { FlowNode } from './flow-model'

/** A box that holds nodes: a region, VPC or availability zone. Resizable. */
export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<FlowNode>) {
  return (
    <div className={`cn-group${selected ? ' cn-selected' : ''}`}>
      <NodeResizer
        isVisible={selected ?? false}
        minWidth={160}
        minHeight={100}
        onResizeStart={() => useCanvasStore.getState().checkpoint()}
      />
      <span className="cn-group-label">{data.label || 'Group'}</span>
    </div>
  )
})
