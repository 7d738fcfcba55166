import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowEdge } from './flow-model'

/** An arrow with an optional label; dashed when asynchronous. */
export const LabeledEdge = memo(function LabeledEdge(props: EdgeProps<FlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } =
    props
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 8,
  })
  const async = data?.style === 'async'
  return (
    <>
      <BaseEdge
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        className={`cn-edge${async ? ' cn-edge-async' : ''}${selected ? ' cn-edge-selected' : ''}`}
      />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div
            className="cn-edge-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  )
})
