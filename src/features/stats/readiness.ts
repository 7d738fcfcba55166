/**
 * Topic readiness: for each roadmap topic, how much of its bank cards have
 * been studied and how well they would be recalled now (FSRS retrievability).
 */
import { CardState, type CardRecord } from '../../domain/scheduling/card'
import type { TopicId } from '../../domain/content/topics'

export interface ReadinessRow {
  topic: TopicId
  label: string
  /** Bank cards of the topic. */
  cards: number
  /** Of those, cards no longer New. */
  studied: number
  /** studied / cards, 0–1 (0 for a topic without cards). */
  studiedShare: number
  /** Mean probability of recall now over the studied cards, 0–1; 0 when none is studied. */
  meanRecall: number
}

/**
 * Readiness of every topic in `topics`, over the bank cards in `cards`,
 * weakest first: by mean recall (a topic with nothing studied counts as 0),
 * then by the share studied, then in roadmap order. Topics without any bank
 * card come last: there is nothing to study in them.
 *
 * @param recall the card's probability of recall now, e.g.
 *   `(c) => createScheduler(settings).retrievability(c, now)`.
 */
export function topicReadiness<C extends Pick<CardRecord, 'source' | 'topic' | 'state'>>(
  cards: readonly C[],
  topics: readonly { id: TopicId; label: string }[],
  recall: (card: C) => number,
): ReadinessRow[] {
  const sums = new Map<string, { cards: number; studied: number; recall: number }>()
  for (const t of topics) sums.set(t.id, { cards: 0, studied: 0, recall: 0 })
  for (const card of cards) {
    if (card.source !== 'bank' || card.topic === null) continue
    const sum = sums.get(card.topic)
    if (!sum) continue
    sum.cards++
    if (card.state !== CardState.New) {
      sum.studied++
      const r = recall(card)
      sum.recall += Number.isFinite(r) ? r : 0
    }
  }
  const rows = topics.map((t, order) => {
    const sum = sums.get(t.id) ?? { cards: 0, studied: 0, recall: 0 }
    return {
      order,
      row: {
        topic: t.id,
        label: t.label,
        cards: sum.cards,
        studied: sum.studied,
        studiedShare: sum.cards > 0 ? sum.studied / sum.cards : 0,
        meanRecall: sum.studied > 0 ? sum.recall / sum.studied : 0,
      },
    }
  })
  rows.sort(
    (a, b) =>
      Number(a.row.cards === 0) - Number(b.row.cards === 0) ||
      a.row.meanRecall - b.row.meanRecall ||
      a.row.studiedShare - b.row.studiedShare ||
      a.order - b.order,
  )
  return rows.map((r) => r.row)
}

/** The ids of the `count` weakest topics that have cards to study. */
export function weakestTopics(readiness: readonly ReadinessRow[], count = 3): TopicId[] {
  return readiness
    .filter((r) => r.cards > 0)
    .slice(0, count)
    .map((r) => r.topic)
}

/** Where "Study the weakest topics" goes. */
export function weakestTopicsHref(topics: readonly TopicId[]): string {
  return `/review?topics=${topics.join(',')}`
}
