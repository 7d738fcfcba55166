/** A row of headline numbers: a label over each value. */
export function StatFigures({ figures }: { figures: readonly { label: string; value: string }[] }) {
  return (
    <dl className="stats-figures">
      {figures.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  )
}
