import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react'
import { memo, useContext } from 'react'
import type { FlowEdge } from './flow-model'
import { OverviewContext } from './overview-context'

/**
 * An arrow with an optional label; dashed when asynchronous.
 *
 * The label is plain SVG text with a halo (a stroke in the canvas colour drawn
 * under its fill), so nothing is measured. React Flow's own label (BaseEdge's
 * `label`) measures each text with getBBox in an effect and renders the edge a
 * second time with its background box: a forced layout in the middle of
 * opening a large diagram, and a second render of every labelled edge.
 * EdgeLabelRenderer is no better: its portal looks its container up on every
 * store update, once per labelled edge, which halves a drag's frame rate.
 */
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
  // Zoomed far out, the wide invisible path that makes an edge easy to click is skipped: one element fewer per edge.
  const overview = useContext(OverviewContext)
  return (
    <>
      <BaseEdge
        path={path}
        interactionWidth={overview ? 0 : 20}
        {...(markerEnd ? { markerEnd } : {})}
        className={`cn-edge${async ? ' cn-edge-async' : ''}${selected ? ' cn-edge-selected' : ''}`}
      />
      {data?.label ? (
        <text className="cn-edge-text" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central">
          {data.label}
        </text>
      ) : null}
    </>
  )
})
