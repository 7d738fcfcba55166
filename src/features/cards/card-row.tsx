import { memo } from 'react'
import type { BrowserRow } from './browser-rows'
import type { FilterClock } from './card-filter'
import { CardFlags } from './card-flags'
import { cardStateLabels, intervalText, relativeDue } from './card-labels'

interface Props {
  row: BrowserRow
  clock: FilterClock
  selected: boolean
  checked: boolean
  onSelect: (id: string) => void
  onCheck: (id: string, checked: boolean) => void
}

/** One card in the browser's table; the title opens its details. */
export const CardRow = memo(function CardRow({ row, clock, selected, checked, onSelect, onCheck }: Props) {
  const { card, title, deckName } = row
  return (
    <tr className={`card-row${selected ? ' card-row-selected' : ''}`}>
      <td className="card-check">
        <input
          type="checkbox"
          aria-label={`Select ${title}`}
          checked={checked}
          onChange={(e) => onCheck(card.id, e.target.checked)}
        />
      </td>
      <th scope="row" className="card-title-cell">
        <button
          type="button"
          className="card-title"
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(card.id)}
        >
          {title}
        </button>
      </th>
      <td className="card-deck">{deckName}</td>
      <td>{cardStateLabels[card.state]}</td>
      <td className="card-due">{relativeDue(card, clock)}</td>
      <td className="num card-interval">{intervalText(card.scheduledDays)}</td>
      <td className="num card-reps">{card.reps}</td>
      <td className="num card-lapses">{card.lapses}</td>
      <td>
        <CardFlags card={card} now={clock.now} />
      </td>
    </tr>
  )
})
