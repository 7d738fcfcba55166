// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { customPlan, presetPlan } from '../../../src/domain/mock/formats'
import { seededRandom } from '../../../src/domain/mock/seeded-random'
import {
  selectMockItems,
  topicWeakness,
  type MockCandidate,
  type SelectionSignals,
} from '../../../src/domain/mock/select-items'
import type { TopicId } from '../../../src/domain/content/topics'

const topicsUsed: TopicId[] = ['caching', 'http', 'databases', 'security']
const candidates: MockCandidate[] = topicsUsed.flatMap((topic) =>
  Array.from({ length: 20 }, (_, i): MockCandidate => ({
    id: `${topic}-${String(i).padStart(2, '0')}`,
    topic,
    kind: i % 2 === 0 ? 'mcq' : 'card',
  })),
)
const none: SelectionSignals = { seen: new Set(), weakness: new Map() }

describe('drawing mock items', () => {
  it('gives the same items for the same seed, whatever order the bank lists them in', () => {
    const plan = presetPlan('quiz')
    const a = selectMockItems(candidates, plan, none, 'seed-1').map((c) => c.id)
    const b = selectMockItems([...candidates].reverse(), plan, none, 'seed-1').map((c) => c.id)
    expect(a).toHaveLength(15)
    expect(new Set(a).size).toBe(15)
    expect(b).toEqual(a)
    expect(selectMockItems(candidates, plan, none, 'seed-2').map((c) => c.id)).not.toEqual(a)
  })

  it('keeps to the plan’s kinds and topics, and returns fewer when the pool is small', () => {
    const plan = customPlan({ minutes: 10, items: 30, kinds: ['mcq'], topics: ['caching'] })
    if ('error' in plan) throw new Error(plan.error)
    const drawn = selectMockItems(candidates, plan, none, 'x')
    expect(drawn).toHaveLength(10)
    expect(drawn.every((c) => c.kind === 'mcq' && c.topic === 'caching')).toBe(true)
  })

  it('favours unseen items and weak topics', () => {
    const seen = new Set(candidates.filter((c) => c.topic !== 'security').map((c) => c.id))
    const weakness = new Map([
      ['databases', 1],
      ['http', 0],
      ['caching', 0],
    ])
    const counts = new Map<string, number>()
    for (let i = 0; i < 300; i++) {
      for (const c of selectMockItems(
        candidates,
        { items: 4, kinds: ['mcq', 'card'], topics: [] },
        { seen, weakness },
        `s${i}`,
      ))
        counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1)
    }
    const share = (t: string) => (counts.get(t) ?? 0) / 1200
    // Unseen (security, weakness 0.5 by default: weight 3 × 2) beats seen and weak (databases: 1 × 3), which beats seen and strong.
    expect(share('security')).toBeGreaterThan(share('databases'))
    expect(share('databases')).toBeGreaterThan(share('http'))
    expect(share('databases')).toBeGreaterThan(share('caching'))
  })

  it('spreads a mock across topics instead of piling on one', () => {
    const weakness = new Map([['caching', 1]])
    const drawn = selectMockItems(
      candidates,
      { items: 8, kinds: ['mcq', 'card'], topics: [] },
      { seen: new Set(), weakness },
      'spread',
    )
    const caching = drawn.filter((c) => c.topic === 'caching').length
    expect(caching).toBeGreaterThan(0)
    expect(caching).toBeLessThan(8)
  })

  it('refuses a custom plan outside its limits, naming the problem', () => {
    expect(customPlan({ minutes: 0, items: 5, kinds: ['mcq'], topics: [] })).toEqual({
      error: expect.stringMatching(/duration/) as unknown as string,
    })
    expect(customPlan({ minutes: 5, items: 51, kinds: ['mcq'], topics: [] })).toHaveProperty('error')
    expect(customPlan({ minutes: 5, items: 5, kinds: ['design'], topics: [] })).toEqual({
      error: 'Choose at least one kind of question.',
    })
  })
})

describe('topic weakness', () => {
  it('is one minus the evidence of knowing the topic, from recall and past mocks', () => {
    const w = topicWeakness([
      { topic: 'caching', studied: 10, meanRecall: 0.9, mockGraded: 0, mockMissed: 0 },
      { topic: 'http', studied: 0, meanRecall: 0, mockGraded: 4, mockMissed: 3 },
      { topic: 'databases', studied: 6, meanRecall: 0.5, mockGraded: 4, mockMissed: 0 },
      { topic: 'security', studied: 0, meanRecall: 0, mockGraded: 0, mockMissed: 0 },
    ])
    expect(w.get('caching')).toBeCloseTo(0.1)
    expect(w.get('http')).toBeCloseTo(0.75)
    expect(w.get('databases')).toBeCloseTo(0.3)
    expect(w.has('security')).toBe(false)
  })
})

describe('the seeded generator', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom('repeat')
    const b = seededRandom('repeat')
    const xs = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
  })
})
