import type { NodeKind } from '../domain/diagram/components'
import { iconPaths } from '../domain/diagram/icons'

/** The line icon of a diagram component kind. */
export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="kind-icon"
    >
      <path d={iconPaths[kind]} />
    </svg>
  )
}
