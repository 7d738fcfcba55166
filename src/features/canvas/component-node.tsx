import { Handle, Position, type NodeProps } from '@xyflow/react'
import { nextFrame } from '../../lib/timers'
import { memo, useContext, useEffect, useState } from 'react'
import { KindIcon } from '../../components/kind-icon'
import { kindLabel } from '../../domain/diagram/components'
import type { FlowNode } from './flow-model'
import { OverviewContext } from './overview-context'

const sides = ['top', 'right', 'bottom', 'left'] as const

/**
 * The four handles' boxes and nothing else, for the overview, where nothing
 * is connected: React Flow measures each node's handles from the page once
 * the node is first drawn, and the edges end where it found them. A real
 * Handle would bring connection logic and a store subscription (four per
 * node); a hidden one still costs every frame of a drag its hit testing.
 */
function HandleBoxes() {
  return (
    <>
      {sides.map((side) => (
        <div
          key={side}
          className={`react-flow__handle source react-flow__handle-${side}`}
          data-handleid={side}
          data-handlepos={side}
        />
      ))}
    </>
  )
}

/** Handles on all four sides; with loose connections any side can start or end an edge. */
export function SideHandles() {
  return (
    <>
      <Handle type="source" position={Position.Top} id="top" />
      <Handle type="source" position={Position.Right} id="right" />
      <Handle type="source" position={Position.Bottom} id="bottom" />
      <Handle type="source" position={Position.Left} id="left" />
    </>
  )
}

/**
 * True during a node's first two frames when it starts in the overview: long
 * enough for React Flow's ResizeObserver to have measured its handle boxes
 * (it reports after the first layout), after which they can go.
 */
function useBeingMeasured(overview: boolean): boolean {
  const [measuring, setMeasuring] = useState(overview)
  useEffect(() => {
    if (!measuring) return
    let cancel = nextFrame(() => {
      cancel = nextFrame(() => setMeasuring(false))
    })
    return () => cancel()
  }, [measuring])
  return measuring
}

/** A system component: icon, name, kind and free properties. */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<FlowNode>) {
  const overview = useContext(OverviewContext)
  const measuring = useBeingMeasured(overview)
  const name = data.label || kindLabel(data.kind)
  // Zoomed far out the details are unreadable: draw the box and the name only,
  // and handles too small to grab as bare boxes.
  if (overview) {
    return (
      <div className={`cn-node${selected ? ' cn-selected' : ''}`} data-kind={data.kind}>
        {measuring ? <HandleBoxes /> : null}
        <span className="cn-label">{name}</span>
      </div>
    )
  }
  return (
    <div className={`cn-node${selected ? ' cn-selected' : ''}`} data-kind={data.kind}>
      <SideHandles />
      <span className="cn-icon">
        <KindIcon kind={data.kind} size={22} />
      </span>
      <span className="cn-text">
        <span className="cn-label">{name}</span>
        {data.label ? <span className="cn-kind">{kindLabel(data.kind)}</span> : null}
        {data.properties.length > 0 ? (
          <span className="cn-props">
            {data.properties.map((p, i) => (
              <span key={i}>
                {p.key}: {p.value}
              </span>
            ))}
          </span>
        ) : null}
      </span>
    </div>
  )
})
