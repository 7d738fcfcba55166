import { KindIcon } from '../../components/kind-icon'
import { componentKinds, type NodeKind } from '../../domain/diagram/components'

export const dragMime = 'application/x-backprep-kind'

const groups = [...new Set(componentKinds.map((k) => k.group))]

/**
 * The components to draw with. Click or Enter adds one in the middle of the
 * view; dragging drops it where it lands.
 */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  const item = (kind: NodeKind, label: string) => (
    <li key={kind}>
      <button
        type="button"
        className="palette-item"
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(dragMime, kind)
          e.dataTransfer.effectAllowed = 'copy'
        }}
        onClick={() => onAdd(kind)}
        aria-label={`Add ${label}`}
        title={`Add ${label} (click, Enter, or drag onto the canvas)`}
      >
        <span className="palette-icon">
          <KindIcon kind={kind} size={18} />
        </span>
        <span className="palette-label">{label}</span>
      </button>
    </li>
  )
  return (
    <nav className="palette" aria-label="Components">
      {groups.map((g) => (
        <section key={g} aria-label={g}>
          <h3>{g}</h3>
          <ul>{componentKinds.filter((k) => k.group === g).map((k) => item(k.id, k.label))}</ul>
        </section>
      ))}
      <section aria-label="Annotations">
        <h3>Annotations</h3>
        <ul>
          {item('note', 'Text note')}
          {item('group', 'Group box (region, VPC, zone)')}
        </ul>
      </section>
    </nav>
  )
}
