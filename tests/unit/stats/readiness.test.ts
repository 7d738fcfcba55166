import { describe, expect, it } from 'vitest'
import { topics } from '../../../src/domain/content/topics'
import { CardState, type CardRecord } from '../../../src/domain/scheduling/card'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { topicReadiness, weakestTopics, weakestTopicsHref } from '../../../src/features/stats/readiness'
import { card as baseCard, day, t0 } from '../scheduling/fixtures'
import type { TopicId } from '../../../src/domain/content/topics'

const card = (id: string, topic: TopicId, over: Partial<CardRecord> = {}) =>
  baseCard(id, { topic, deckId: `topic:${topic}`, ...over })
const studied = (id: string, topic: TopicId, over: Partial<CardRecord> = {}) =>
  card(id, topic, { state: CardState.Review, lastReview: t0 - 10 * day, stability: 10, ...over })

const some = topics.filter((t) => ['http', 'databases', 'apis', 'caching'].includes(t.id))

describe('topic readiness', () => {
  const recall = new Map([
    ['http-1', 0.9],
    ['http-2', 0.7],
    ['db-1', 0.95],
  ])
  const rows = topicReadiness(
    [
      studied('http-1', 'http'),
      studied('http-2', 'http'),
      card('http-3', 'http'),
      studied('db-1', 'databases'),
      card('caching-1', 'caching'),
      card('caching-2', 'caching'),
      // Only bank cards count.
      studied('mine', 'http', { source: 'user', topic: null }),
      studied('imported', 'http', { source: 'import' }),
    ],
    some,
    (c) => recall.get(c.id) ?? 0,
  )

  it('gives the share studied and the mean recall over studied cards', () => {
    const http = rows.find((r) => r.topic === 'http')!
    expect(http).toMatchObject({ label: 'HTTP & networking', cards: 3, studied: 2 })
    expect(http.studiedShare).toBeCloseTo(2 / 3)
    expect(http.meanRecall).toBeCloseTo(0.8)
    expect(rows.find((r) => r.topic === 'caching')).toMatchObject({
      cards: 2,
      studied: 0,
      studiedShare: 0,
      meanRecall: 0,
    })
  })

  it('orders weakest first: nothing studied counts as 0, topics without cards last', () => {
    expect(rows.map((r) => r.topic)).toEqual(['caching', 'http', 'databases', 'apis'])
    expect(weakestTopics(rows)).toEqual(['caching', 'http', 'databases'])
    expect(weakestTopics(rows, 2)).toEqual(['caching', 'http'])
    expect(weakestTopicsHref(weakestTopics(rows))).toBe('/review?topics=caching,http,databases')
  })

  it('breaks ties by the share studied, then by roadmap order', () => {
    const tied = topicReadiness(
      [card('a', 'http'), card('b', 'databases'), studied('c', 'apis'), card('d', 'apis')],
      some,
      () => 0,
    )
    expect(tied.map((r) => r.topic)).toEqual(['http', 'databases', 'apis', 'caching'])
  })

  it('uses FSRS retrievability now', () => {
    const scheduler = createScheduler({ ...defaultSchedulingSettings, fuzz: false })
    const fresh = studied('fresh', 'http', { lastReview: t0 - day, stability: 10 })
    const stale = studied('stale', 'http', { lastReview: t0 - 10 * day, stability: 10 })
    const [http] = topicReadiness([fresh, stale], some.slice(0, 1), (c) => scheduler.retrievability(c, t0))
    const expected = (scheduler.retrievability(fresh, t0) + scheduler.retrievability(stale, t0)) / 2
    expect(http!.meanRecall).toBeCloseTo(expected)
    // FSRS: stability is the interval at which recall falls to 90 %.
    expect(scheduler.retrievability(stale, t0)).toBeCloseTo(0.9, 2)
    expect(http!.meanRecall).toBeGreaterThan(0.9)
  })
})
