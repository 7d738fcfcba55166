/**
 * Drawing a mock's items from the bank: weighted towards weak topics and
 * items the user has not seen, spread across topics, and reproducible from a
 * seed.
 */
import type { TopicId } from '../content/topics.ts'
import type { MockItemKind, MockPlan } from './formats.ts'
import { seededRandom } from './seeded-random.ts'

export interface MockCandidate {
  id: string
  topic: TopicId
  kind: MockItemKind
}

export interface SelectionSignals {
  /** Items the user has met before: reviewed, attempted, drawn or in an earlier mock. */
  seen: ReadonlySet<string>
  /** Per topic, 0 (strong) to 1 (weak); a topic not in the map counts as 0.5. */
  weakness: ReadonlyMap<string, number>
}

/** How much more likely an unseen item is drawn than a seen one. */
export const unseenWeight = 3
/** An item of the weakest topic is up to this many times as likely as one of the strongest. */
export const weakTopicWeight = 3
/** Each item already drawn from a topic halves the chance of drawing another from it. */
export const sameTopicDamping = 0.5

/** The weight an item starts with, before the spread across topics. */
export function itemWeight(candidate: MockCandidate, signals: SelectionSignals): number {
  const weakness = clamp01(signals.weakness.get(candidate.topic) ?? 0.5)
  const seen = signals.seen.has(candidate.id) ? 1 : unseenWeight
  return seen * (1 + (weakTopicWeight - 1) * weakness)
}

/**
 * Draws up to `plan.items` items of the plan's kinds and topics, one at a
 * time, each with probability proportional to its weight. The same
 * candidates, signals and seed always give the same items in the same order.
 */
export function selectMockItems(
  candidates: readonly MockCandidate[],
  plan: Pick<MockPlan, 'items' | 'kinds' | 'topics'>,
  signals: SelectionSignals,
  seed: string,
): MockCandidate[] {
  const topics = plan.topics.length > 0 ? new Set<string>(plan.topics) : null
  const kinds = new Set<string>(plan.kinds)
  // Sorted, so the draw does not depend on the order the bank lists items in.
  const pool = candidates
    .filter((c) => kinds.has(c.kind) && (topics === null || topics.has(c.topic)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const weights = pool.map((c) => itemWeight(c, signals))
  const random = seededRandom(seed)
  const picked: MockCandidate[] = []
  const perTopic = new Map<string, number>()
  const taken = new Array<boolean>(pool.length).fill(false)

  while (picked.length < plan.items && picked.length < pool.length) {
    let total = 0
    const effective = pool.map((c, i) => {
      if (taken[i]) return 0
      const w = (weights[i] ?? 0) * sameTopicDamping ** (perTopic.get(c.topic) ?? 0)
      total += w
      return w
    })
    let target = random() * total
    let index = effective.findIndex((w) => w > 0 && (target -= w) < 0)
    // Rounding can leave `target` a hair above zero at the end: take the last open item.
    if (index < 0) index = effective.findLastIndex((w) => w > 0)
    const chosen = pool[index]
    if (!chosen) break
    taken[index] = true
    picked.push(chosen)
    perTopic.set(chosen.topic, (perTopic.get(chosen.topic) ?? 0) + 1)
  }
  return picked
}

export interface TopicEvidence {
  topic: string
  /** Cards of the topic studied at least once. */
  studied: number
  /** Mean FSRS probability of recall now over those cards (0–1). */
  meanRecall: number
  /** Items of the topic graded in past mocks, and how many of them were missed. */
  mockGraded: number
  mockMissed: number
}

/**
 * How weak each topic is, 0 to 1: one minus the share of evidence that the
 * user knows it (recall of studied cards, items right in past mocks). A topic
 * without evidence is left out, and so counts as 0.5.
 */
export function topicWeakness(evidence: readonly TopicEvidence[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const e of evidence) {
    const n = e.studied + e.mockGraded
    if (n <= 0) continue
    const known = e.meanRecall * e.studied + (e.mockGraded - e.mockMissed)
    out.set(e.topic, clamp01(1 - known / n))
  }
  return out
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5
}
