interface Option {
  value: string
  label: string
}

interface Props {
  /** What the counts count, e.g. "questions" or "cards". */
  noun: string
  legend: string
  options: readonly Option[]
  selected: readonly string[]
  counts: ReadonlyMap<string, number>
  onToggle: (value: string) => void
}

/** A group of checkbox chips; the number beside each says how many rows choosing it would show. */
export function FilterChips({ noun, legend, options, selected, counts, onToggle }: Props) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((o) => {
          const count = counts.get(o.value) ?? 0
          const checked = selected.includes(o.value)
          return (
            <label
              key={o.value}
              className={`chip${checked ? ' chip-on' : ''}${count === 0 && !checked ? ' chip-empty' : ''}`}
            >
              <input type="checkbox" checked={checked} onChange={() => onToggle(o.value)} />
              <span>{o.label}</span>
              <span className="chip-count" aria-label={`${count} ${noun}`}>
                {count}
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
