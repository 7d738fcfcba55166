import { difficultyLabels, itemTypeLabels, type ItemSummary } from '../domain/content/item'
import { topicLabel } from '../domain/content/topics'
import { Badge } from './badge'

/** Topic, difficulty and type of an item as badges. */
export function ItemMeta({ item }: { item: ItemSummary }) {
  return (
    <span className="item-meta">
      <Badge tone="topic">{topicLabel(item.topic)}</Badge>
      <Badge tone={item.difficulty}>{difficultyLabels[item.difficulty]}</Badge>
      <Badge tone="type">{itemTypeLabels[item.type]}</Badge>
    </span>
  )
}
