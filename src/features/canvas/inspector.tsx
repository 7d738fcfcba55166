import { useShallow } from 'zustand/react/shallow'
import { componentKinds, kindLabel, type NodeKind } from '../../domain/diagram/components'
import { useCanvasStore } from './canvas-store'

/** Edits the selected node (label, kind, properties) or edge (label, sync/async). */
export function Inspector() {
  // The selection's id and data only: moving the node must not re-render the form.
  const node = useCanvasStore(
    useShallow((s) => {
      let found: (typeof s.nodes)[number] | undefined
      for (const n of s.nodes) {
        if (!n.selected) continue
        if (found) return { id: '', data: undefined }
        found = n
      }
      return found ? { id: found.id, data: found.data } : { id: '', data: undefined }
    }),
  )
  const edge = useCanvasStore(
    useShallow((s) => {
      if (s.nodes.some((n) => n.selected)) return { id: '', data: undefined }
      const picked = s.edges.filter((e) => e.selected)
      return picked.length === 1 ? { id: picked[0]!.id, data: picked[0]!.data } : { id: '', data: undefined }
    }),
  )
  const { updateNodeData, updateEdgeData, deleteSelection } = useCanvasStore.getState()

  if (node.data) {
    const { kind, label, properties } = node.data
    const isComponent = kind !== 'note' && kind !== 'group'
    return (
      <section className="inspector" aria-label="Selected node">
        <h3>{kindLabel(kind)}</h3>
        <div className="field">
          <label htmlFor="inspector-label">{kind === 'note' ? 'Text' : 'Label'}</label>
          {kind === 'note' ? (
            <textarea
              id="inspector-label"
              rows={3}
              value={label}
              onChange={(e) => updateNodeData(node.id, { label: e.target.value })}
            />
          ) : (
            <input
              id="inspector-label"
              value={label}
              placeholder={kindLabel(kind)}
              onChange={(e) => updateNodeData(node.id, { label: e.target.value })}
            />
          )}
        </div>
        {isComponent ? (
          <>
            <div className="field">
              <label htmlFor="inspector-kind">Component</label>
              <select
                id="inspector-kind"
                value={kind}
                onChange={(e) => updateNodeData(node.id, { kind: e.target.value as NodeKind })}
              >
                {componentKinds.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="inspector-props">
              <legend>Properties</legend>
              {properties.map((p, i) => (
                <div className="prop-row" key={i}>
                  <input
                    aria-label={`Property ${i + 1} name`}
                    value={p.key}
                    placeholder="replicas"
                    onChange={(e) =>
                      updateNodeData(node.id, {
                        properties: properties.map((q, j) => (j === i ? { ...q, key: e.target.value } : q)),
                      })
                    }
                  />
                  <input
                    aria-label={`Property ${i + 1} value`}
                    value={p.value}
                    placeholder="3"
                    onChange={(e) =>
                      updateNodeData(node.id, {
                        properties: properties.map((q, j) => (j === i ? { ...q, value: e.target.value } : q)),
                      })
                    }
                  />
                  <button
                    type="button"
                    className="button-link"
                    aria-label={`Remove property ${p.key || i + 1}`}
                    onClick={() =>
                      updateNodeData(node.id, { properties: properties.filter((_, j) => j !== i) })
                    }
                  >
                    ×
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="button button-quiet"
                onClick={() =>
                  updateNodeData(node.id, { properties: [...properties, { key: '', value: '' }] })
                }
              >
                Add property
              </button>
            </fieldset>
          </>
        ) : null}
        <button type="button" className="button button-quiet" onClick={deleteSelection}>
          Delete <kbd aria-hidden="true">Del</kbd>
        </button>
      </section>
    )
  }

  if (edge.id) {
    return (
      <section className="inspector" aria-label="Selected connection">
        <h3>Connection</h3>
        <div className="field">
          <label htmlFor="inspector-edge-label">Label (protocol or what flows)</label>
          <input
            id="inspector-edge-label"
            value={edge.data?.label ?? ''}
            placeholder="HTTPS, enqueue order…"
            onChange={(e) => updateEdgeData(edge.id, { label: e.target.value })}
          />
        </div>
        <fieldset className="inspector-style">
          <legend>Style</legend>
          <label className="toggle">
            <input
              type="radio"
              name="edge-style"
              checked={(edge.data?.style ?? 'sync') === 'sync'}
              onChange={() => updateEdgeData(edge.id, { style: 'sync' })}
            />
            Synchronous (solid)
          </label>
          <label className="toggle">
            <input
              type="radio"
              name="edge-style"
              checked={edge.data?.style === 'async'}
              onChange={() => updateEdgeData(edge.id, { style: 'async' })}
            />
            Asynchronous (dashed)
          </label>
        </fieldset>
        <button type="button" className="button button-quiet" onClick={deleteSelection}>
          Delete <kbd aria-hidden="true">Del</kbd>
        </button>
      </section>
    )
  }

  return (
    <section className="inspector" aria-label="Selection">
      <p className="muted">
        Select a component or a connection to edit it. Drag from a dot on a component’s side to connect it.
      </p>
    </section>
  )
}
