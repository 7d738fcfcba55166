import { describe, expect, it } from 'vitest'
import type { UserCard } from '../../../src/db/db'
import { CardState, type CardRecord } from '../../../src/domain/scheduling/card'
import { buildBrowserRows, markdownTitle } from '../../../src/features/cards/browser-rows'
import { cardFacetCounts, dueBucket, filterCards, filterClock } from '../../../src/features/cards/card-filter'
import { relativeDue } from '../../../src/features/cards/card-labels'
import {
  emptyCardQuery,
  parseCardQuery,
  serializeCardQuery,
  type CardQuery,
} from '../../../src/features/cards/card-query'
import { historyRows } from '../../../src/features/cards/review-history'
import { card, day, minute, t0 } from '../scheduling/fixtures'

// t0 is 10:00 in Berlin (CEST) on 12 April 2026; with the 4 AM rollover that
// study day runs from 2026-04-12T02:00Z to 2026-04-13T02:00Z.
const berlin = { rolloverHour: 4, timeZone: 'Europe/Berlin' }
const clock = filterClock(t0, berlin)
const at = (iso: string) => Date.parse(iso)
const review = (id: string, due: number, over: Partial<CardRecord> = {}) =>
  card(id, { state: CardState.Review, due, reps: 3, scheduledDays: 4, lastReview: due - 4 * day, ...over })

const cards: CardRecord[] = [
  card('new-http', { position: 0 }),
  review('overdue', at('2026-04-12T01:00:00Z'), { position: 1 }), // 03:00 local: yesterday's study day
  review('today-early', at('2026-04-12T02:30:00Z'), { position: 2 }),
  review('today-late', at('2026-04-13T01:59:00Z'), { position: 3, leech: true }), // 03:59 local, still today
  review('tomorrow', at('2026-04-13T02:00:00Z'), { position: 4, flagged: true }),
  review('day-7', at('2026-04-19T12:00:00Z'), { position: 5, suspended: true }),
  review('day-8', at('2026-04-20T02:00:00Z'), { position: 6 }),
  card('learning', {
    state: CardState.Learning,
    due: t0 + 10 * minute,
    position: 7,
    deckId: 'topic:caching',
    topic: 'caching',
  }),
  card('buried', { position: 8, buriedUntil: t0 + day }),
  card('was-buried', { position: 9, buriedUntil: t0 - minute }),
  card('user:1', {
    position: 10,
    deckId: 'mine',
    topic: null,
    source: 'user',
    state: CardState.Review,
    due: t0 - 2 * day,
    lastReview: t0 - 6 * day,
  }),
]
const userCards = new Map<string, UserCard>([
  [
    'user:1',
    {
      id: 'user:1',
      front: '## What is *idempotency*?',
      back: 'Same effect when **repeated**',
      tags: ['apis'],
      createdAt: t0,
      updatedAt: t0,
    },
  ],
])
const titles = new Map(cards.filter((c) => c.source === 'bank').map((c) => [c.id, `Title of ${c.id}`]))
const rows = buildBrowserRows(cards, titles, userCards, [])
const ids = (query: Partial<CardQuery>) =>
  filterCards(rows, { ...emptyCardQuery, ...query }, clock).map((r) => r.card.id)

describe('due filters by study day', () => {
  it('puts each card in its bucket, with the rollover hour in Berlin time', () => {
    const buckets = Object.fromEntries(cards.map((c) => [c.id, dueBucket(c, clock)]))
    expect(buckets).toEqual({
      'new-http': null,
      overdue: 'overdue',
      'today-early': 'today',
      'today-late': 'today',
      tomorrow: 'week',
      'day-7': 'week',
      'day-8': null,
      learning: 'today',
      buried: null,
      'was-buried': null,
      'user:1': 'overdue',
    })
  })

  it('filters overdue, due today and the next 7 days, alone or together', () => {
    expect(ids({ due: ['overdue'] })).toEqual(['overdue', 'user:1'])
    expect(ids({ due: ['today'] })).toEqual(['today-early', 'today-late', 'learning'])
    expect(ids({ due: ['week'] })).toEqual(['tomorrow', 'day-7'])
    expect(ids({ due: ['overdue', 'today'] })).toHaveLength(5)
  })

  it('says when a card is due relative to now', () => {
    const label = (id: string) =>
      relativeDue(
        cards.find((c) => c.id === id)!,
        clock,
      )
    expect(label('overdue')).toBe('overdue 1d')
    expect(label('user:1')).toBe('overdue 2d')
    expect(label('today-early')).toBe('today')
    expect(label('learning')).toBe('in 10m')
    expect(label('tomorrow')).toBe('in 1d')
    expect(label('day-7')).toBe('in 7d')
    expect(label('new-http')).toBe('new')
  })
})

describe('state, deck and flag filters', () => {
  it('matches FSRS states and the queue flags', () => {
    expect(ids({ states: ['new'] })).toEqual(['new-http', 'buried', 'was-buried'])
    expect(ids({ states: ['learning'] })).toEqual(['learning'])
    expect(ids({ states: ['suspended'] })).toEqual(['day-7'])
    expect(ids({ states: ['buried'] })).toEqual(['buried'])
    expect(ids({ states: ['leech'] })).toEqual(['today-late'])
    expect(ids({ states: ['suspended', 'leech'] })).toEqual(['today-late', 'day-7'])
  })

  it('combines filters: OR within one, AND across them', () => {
    expect(ids({ decks: ['mine'] })).toEqual(['user:1'])
    expect(ids({ decks: ['topic:caching', 'mine'] })).toEqual(['learning', 'user:1'])
    expect(ids({ decks: ['topic:http'], states: ['review'], due: ['overdue'] })).toEqual(['overdue'])
    expect(ids({ topics: ['caching'] })).toEqual(['learning'])
    expect(ids({ flagged: true })).toEqual(['tomorrow'])
    expect(ids({ flagged: true, decks: ['mine'] })).toEqual([])
  })

  it('searches titles and the front and back of user cards, case-insensitively', () => {
    expect(ids({ q: 'IDEMPOTENCY' })).toEqual(['user:1'])
    expect(ids({ q: 'repeated same' })).toEqual(['user:1'])
    expect(ids({ q: 'TITLE of DAY-7' })).toEqual(['day-7'])
    expect(ids({ q: 'nowhere' })).toEqual([])
  })

  it('orders by due date with new cards last', () => {
    expect(ids({ sort: 'due', decks: ['topic:http'] }).slice(0, 3)).toEqual([
      'overdue',
      'today-early',
      'today-late',
    ])
    expect(ids({ sort: 'due', decks: ['topic:http'] }).at(-1)).toBe('was-buried')
  })

  it('counts what each value of a filter would show, given the others', () => {
    const query = { ...emptyCardQuery, decks: ['topic:http'] }
    const states = cardFacetCounts(rows, query, 'states', clock)
    expect(Object.fromEntries(states)).toEqual({ new: 3, review: 6, suspended: 1, buried: 1, leech: 1 })
    const decks = cardFacetCounts(rows, { ...query, states: ['review'] }, 'decks', clock)
    expect(Object.fromEntries(decks)).toEqual({ 'topic:http': 6, mine: 1 })
  })
})

describe('rows and URL', () => {
  it('titles a user card by the first line of its front as plain text', () => {
    expect(rows.find((r) => r.card.id === 'user:1')).toMatchObject({
      title: 'What is idempotency?',
      deckName: 'My cards',
    })
    expect(markdownTitle('\n\n> [RFC 9110](https://x.test) says `GET` is **safe**\nmore')).toBe(
      'RFC 9110 says GET is safe',
    )
    expect(markdownTitle('- [ ] snake_case_name')).toBe('snake_case_name')
  })

  it('keeps the filters in the URL and reads them back', () => {
    const search = '?q=tcp%20handshake&deck=mine,topic:http&state=review,leech&due=overdue&flagged=1&sort=due'
    const query = parseCardQuery(search)
    expect(query).toEqual({
      q: 'tcp handshake',
      decks: ['mine', 'topic:http'],
      topics: [],
      states: ['review', 'leech'],
      due: ['overdue'],
      flagged: true,
      sort: 'due',
    })
    expect(serializeCardQuery(query)).toBe(search)
    expect(parseCardQuery('?state=bogus,new&sort=nope&topic=http,nope')).toMatchObject({
      states: ['new'],
      sort: 'position',
      topics: ['http'],
    })
    expect(serializeCardQuery(emptyCardQuery)).toBe('')
  })

  it('gives each review the interval it set', () => {
    const logs = [
      {
        cardId: 'a',
        rating: 3 as const,
        state: CardState.New,
        due: t0,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        review: t0,
        day: 1,
        lastIntervalDays: 0,
      },
      {
        cardId: 'a',
        rating: 3 as const,
        state: CardState.Learning,
        due: t0 + 10 * minute,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 1,
        review: t0 + 10 * minute,
        day: 1,
        lastIntervalDays: 0,
      },
    ]
    const current = card('a', {
      state: CardState.Review,
      due: t0 + 10 * minute + 3 * day,
      lastReview: t0 + 10 * minute,
    })
    expect(historyRows(logs, current).map((r) => r.intervalAfterMs)).toEqual([10 * minute, 3 * day])
    expect(historyRows(logs, { ...current, lastReview: null }).at(-1)?.intervalAfterMs).toBeNull()
  })
})
