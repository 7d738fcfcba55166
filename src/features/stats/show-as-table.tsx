import type { ReactNode } from 'react'

/** A chart's data as a table, folded under the chart: for screen readers and for exact numbers. */
export function ShowAsTable({ children }: { children: ReactNode }) {
  return (
    <details className="stats-data-table">
      <summary>Show as table</summary>
      {children}
    </details>
  )
}
