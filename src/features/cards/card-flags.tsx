import { Badge } from '../../components/badge'
import type { CardRecord } from '../../domain/scheduling/card'

/** The queue flags of a card as badges: suspended, buried, leech, flagged. */
export function CardFlags({ card, now }: { card: CardRecord; now: number }) {
  return (
    <span className="card-flags">
      {card.suspended ? <Badge tone="suspended">Suspended</Badge> : null}
      {card.buriedUntil > now ? <Badge tone="buried">Buried</Badge> : null}
      {card.leech ? <Badge tone="leech">Leech</Badge> : null}
      {card.flagged ? (
        <Badge tone="flagged">
          <span aria-hidden="true">⚑ </span>Flagged
        </Badge>
      ) : null}
    </span>
  )
}
