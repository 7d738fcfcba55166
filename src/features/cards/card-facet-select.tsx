import { useId } from 'react'

interface Option {
  value: string
  label: string
}

interface Props {
  legend: string
  /** The thing chosen, in words: "deck", "topic". */
  noun: string
  options: readonly Option[]
  selected: readonly string[]
  counts: ReadonlyMap<string, number>
  onToggle: (value: string) => void
}

/**
 * A filter with many values (decks, topics): the chosen ones as removable
 * chips, the others in a drop-down with how many cards each would show.
 */
export function CardFacetSelect({ legend, noun, options, selected, counts, onToggle }: Props) {
  const id = useId()
  const labelOf = new Map(options.map((o) => [o.value, o.label]))
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {selected.length > 0 ? (
        <div className="chips">
          {selected.map((v) => (
            <button
              key={v}
              type="button"
              className="chip chip-on"
              aria-label={`Remove ${noun} ${labelOf.get(v) ?? v}`}
              onClick={() => onToggle(v)}
            >
              {labelOf.get(v) ?? v} <span aria-hidden="true">×</span>
            </button>
          ))}
        </div>
      ) : null}
      <label className="visually-hidden" htmlFor={id}>
        Add a {noun} filter
      </label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value) onToggle(e.target.value)
        }}
      >
        <option value="">{selected.length > 0 ? `Or another ${noun}…` : `Any ${noun}`}</option>
        {options
          .filter((o) => !selected.includes(o.value))
          .map((o) => (
            <option key={o.value} value={o.value}>
              {o.label} ({counts.get(o.value) ?? 0})
            </option>
          ))}
      </select>
    </fieldset>
  )
}
