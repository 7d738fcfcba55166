import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo, useContext } from 'react'
import { KindIcon } from '../../components/kind-icon'
import { kindLabel } from '../../domain/diagram/components'
import type { FlowNode } from './flow-model'
import { OverviewContext } from './overview-context'

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

/** A system component: icon, name, kind and free properties. */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<FlowNode>) {
  const overview = useContext(OverviewContext)
  const name = data.label || kindLabel(data.kind)
  // Zoomed far out the details are unreadable: draw the box and the name only.
  if (overview) {
    return (
      <div className={`cn-node${selected ? ' cn-selected' : ''}`} data-kind={data.kind}>
        <SideHandles />
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
