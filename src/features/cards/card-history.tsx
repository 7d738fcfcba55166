import { useCardHistory } from '../../db/cards'
import type { CardRecord } from '../../domain/scheduling/card'
import { intervalLabel } from '../../domain/scheduling/interval-label'
import { cardStateLabels, formatDateTime, gradeLabels } from './card-labels'
import { historyRows } from './review-history'

/** Every review of a card, newest first: when, the grade, the interval it gave, the state before. */
export function CardHistory({ card }: { card: CardRecord }) {
  const logs = useCardHistory(card.id)
  if (logs === undefined) return <p className="muted">Loading the review history…</p>
  if (logs.length === 0) return <p className="muted">Not reviewed yet.</p>
  const rows = historyRows(logs, card).reverse()
  return (
    <table className="card-history">
      <caption>Review history</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Rating</th>
          <th scope="col">Interval after</th>
          <th scope="col">State before</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ log, intervalAfterMs }) => (
          <tr key={log.id ?? log.review}>
            <td>{formatDateTime(log.review)}</td>
            <td className={`rating rating-${log.rating}`}>{gradeLabels[log.rating]}</td>
            <td>{intervalAfterMs === null ? '—' : intervalLabel(intervalAfterMs)}</td>
            <td>{cardStateLabels[log.state]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
