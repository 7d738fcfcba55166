/** Starting a mock: draw its items from the bank, make a diagram for a design round, store the session. */
import outline from 'virtual:bank/outline'
import summaries from 'virtual:bank/summaries'
import { createDiagram } from '../../db/diagrams'
import { createMock, loadSelectionSignals, saveMockAnswer } from '../../db/mocks'
import { emptyDiagram } from '../../domain/diagram/model'
import { mockItemKinds, type MockItemKind, type MockPlan } from '../../domain/mock/formats'
import { seedFromBytes } from '../../domain/mock/seeded-random'
import { selectMockItems, type MockCandidate } from '../../domain/mock/select-items'
import { startMock, type MockItemRef, type MockMode } from '../../domain/mock/session'
import { now } from '../../lib/clock'

const kinds = new Set<string>(mockItemKinds)
const candidates: MockCandidate[] = outline.flatMap(([id, topic, type]) =>
  kinds.has(type) ? [{ id, topic, kind: type as MockItemKind }] : [],
)
const titles = new Map(summaries.map((s) => [s.id, s.title]))

export function newSeed(): string {
  return seedFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(6)))
}

/** How many items of the plan's kinds and topics the bank holds. */
export function poolSize(plan: Pick<MockPlan, 'kinds' | 'topics'>): number {
  const topics = plan.topics.length > 0 ? new Set<string>(plan.topics) : null
  return candidates.filter((c) => plan.kinds.includes(c.kind) && (topics === null || topics.has(c.topic)))
    .length
}

export interface StartOptions {
  plan: MockPlan
  mode: MockMode
  seed: string
  missedToReview: boolean
  /** Retake: these items instead of a new draw. */
  items?: MockItemRef[]
}

/** Starts a mock and returns its id. Throws with a message when the plan has nothing to draw. */
export async function beginMock({ plan, mode, seed, missedToReview, items }: StartOptions): Promise<string> {
  const at = now()
  const drawn = items ?? selectMockItems(candidates, plan, await loadSelectionSignals(at), seed)
  if (drawn.length === 0) throw new Error('The bank has no items of those kinds in those topics.')
  const id = `mock-${globalThis.crypto.randomUUID()}`
  await createMock(
    startMock(
      {
        id,
        format: plan.format,
        mode,
        seed,
        items: drawn.map(({ id, kind, topic }) => ({ id, kind, topic })),
        durationMs: plan.minutes * 60_000,
        missedToReview,
      },
      at,
    ),
  )
  // A design round draws on a diagram of its own, kept in the diagram list afterwards.
  for (const item of drawn) {
    if (item.kind !== 'design') continue
    const diagramId = await createDiagram(`Mock: ${titles.get(item.id) ?? item.id}`, emptyDiagram(), item.id)
    await saveMockAnswer(id, item, { diagramId })
  }
  return id
}
