import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowEdge } from './flow-model'

// The label is drawn in the edge's own SVG (BaseEdge's label), not through
// EdgeLabelRenderer: that portal looks its container up with querySelector on
// every store update, once per labelled edge, which halves the frame rate of
// a drag on a large diagram.
const labelStyle = { fill: 'var(--text)', fontSize: 11 }
const labelBgStyle = { fill: 'var(--surface)', stroke: 'var(--border)' }
const labelBgPadding: [number, number] = [5, 3]

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
    <BaseEdge
      path={path}
      {...(markerEnd ? { markerEnd } : {})}
      className={`cn-edge${async ? ' cn-edge-async' : ''}${selected ? ' cn-edge-selected' : ''}`}
      {...(data?.label
        ? {
            label: data.label,
            labelX,
            labelY,
            labelStyle,
            labelShowBg: true,
            labelBgStyle,
            labelBgPadding,
            labelBgBorderRadius: 4,
          }
        : {})}
    />
  )
})
