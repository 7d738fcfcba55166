import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import outline from 'virtual:bank/outline'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { db } from '../../../src/db/db'
import { topics } from '../../../src/domain/content/topics'
import { CardState, newCardRecord, topicDeckId, type CardRecord } from '../../../src/domain/scheduling/card'
import { emptyReviewDay } from '../../../src/domain/scheduling/review-days'
import type * as StudyDay from '../../../src/domain/scheduling/study-day'
import { StatsScreen } from '../../../src/features/stats/stats-screen'
import { day, t0 } from '../scheduling/fixtures'

// The screen's clock and time zone, fixed: 2026-04-12 10:00 in Berlin, study day 20555.
vi.mock('../../../src/lib/clock', () => ({ now: () => Date.parse('2026-04-12T08:00:00Z') }))
vi.mock('../../../src/domain/scheduling/study-day', async (importOriginal) => ({
  ...(await importOriginal<typeof StudyDay>()),
  localTimeZone: () => 'Europe/Berlin',
}))

const today = 20555
const bankCards = outline.flatMap(([id, topic, type], position) =>
  type === 'card' || type === 'mcq' ? [{ id, topic, position }] : [],
)
const bankCard = (i: number, over: Partial<CardRecord>): CardRecord => {
  const { id, topic, position } = bankCards.find((c) => c.topic === topics[i]!.id && !seeded.has(c.id))!
  seeded.add(id)
  return {
    ...newCardRecord({ id, topic, position, deckId: topicDeckId(topic), source: 'bank' }, t0 - 60 * day),
    ...over,
  }
}
const seeded = new Set<string>()

/** One card studied per topic, later topics with less stability (so weaker); a few flags. */
async function seedReviews() {
  seeded.clear()
  const studied = topics.map((_, i) => {
    const stability = 100 - 5 * i
    return bankCard(i, {
      state: CardState.Review,
      stability,
      difficulty: 5,
      reps: 3,
      scheduledDays: stability,
      lastReview: t0 - 20 * day,
      due: t0 - 20 * day + stability * day,
    })
  })
  await db.cards.bulkPut([
    ...studied,
    bankCard(0, { suspended: true }),
    bankCard(1, {
      state: CardState.Relearning,
      stability: 3,
      difficulty: 7,
      lapses: 8,
      lastReview: t0 - day,
      due: t0 - 3_600_000,
      leech: true,
      flagged: true,
    }),
    bankCard(2, { buriedUntil: t0 + day }),
  ])
  await db.reviewDays.bulkPut([
    {
      ...emptyReviewDay(today),
      reviews: 20,
      review: 14,
      youngPass: 3,
      youngFail: 1,
      maturePass: 9,
      matureFail: 1,
    },
    { ...emptyReviewDay(today - 2), reviews: 5, newCards: 5 },
  ])
}

function renderStats() {
  const location = memoryLocation({ path: '/stats', record: true })
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <StatsScreen />
    </Router>,
  )
  return location
}

const rowOf = (header: string) => screen.getByRole('rowheader', { name: header }).closest('tr')!

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
  performance.clearMarks()
})

describe('the statistics screen', () => {
  it('shows counts, retention, the forecast and the year, and marks when drawn', async () => {
    await seedReviews()
    renderStats()
    await screen.findByRole('heading', { name: 'Reviews this year' })

    expect(within(rowOf('New')).getByText(String(bankCards.length - 19))).toBeInTheDocument()
    expect(within(rowOf('Review')).getByText('18')).toBeInTheDocument()
    expect(within(rowOf('Relearning')).getByText('1')).toBeInTheDocument()
    expect(within(rowOf('All cards')).getByText(String(bankCards.length))).toBeInTheDocument()
    for (const flag of ['Suspended', 'Buried', 'Leeches', 'Flagged']) {
      expect(within(rowOf(flag)).getByText('1')).toBeInTheDocument()
    }

    const retentionToday = within(rowOf('Today'))
    expect(retentionToday.getByText('75%')).toBeInTheDocument()
    expect(retentionToday.getByText('90%')).toBeInTheDocument()
    expect(retentionToday.getByText('85.7%')).toBeInTheDocument()
    expect(within(rowOf('Past year')).getByText('12 of 14')).toBeInTheDocument()

    // Overdue and due today: the relearning card and the two weakest review cards.
    expect(within(rowOf('Today (Apr 12)')).getByText('3')).toBeInTheDocument()
    expect(
      screen.getByRole('img', { name: /^Cards due over the next 30 days: .* 3 today/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /^Reviews per day .*: 25 reviews on 2 days/ })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Start reviewing' })).not.toBeInTheDocument()
    await waitFor(() => expect(performance.getEntriesByName('stats-rendered')).toHaveLength(1))
  })

  it('lists topics weakest first and studies the three weakest', async () => {
    await seedReviews()
    const user = userEvent.setup()
    const location = renderStats()
    const button = await screen.findByRole('button', { name: 'Study the weakest topics' })
    const table = screen.getByRole('heading', { name: 'Topic readiness' }).closest('section')!
    const topicRows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent)
    expect(topicRows).toHaveLength(18)
    expect(topicRows.slice(0, 3)).toEqual(['System design', 'Concurrency & async I/O', 'Event-driven design'])
    // One HTTP card studied of however many the bank has.
    const httpCards = outline.filter(
      ([, topic, type]) => topic === 'http' && (type === 'card' || type === 'mcq'),
    ).length
    expect(
      within(rowOf('HTTP & networking')).getByText(`${Math.round(100 / httpCards)}%`),
    ).toBeInTheDocument()

    await user.click(button)
    expect(location.history.at(-1)).toBe('/review?topics=system-design,concurrency,event-driven')
  })

  it('says plainly when nothing was reviewed, and still lists topics and counts', async () => {
    renderStats()
    expect(await screen.findByRole('heading', { name: 'No reviews yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Start reviewing' })).toHaveAttribute('href', '/review')
    expect(screen.queryByRole('heading', { name: 'True retention' })).not.toBeInTheDocument()
    // Every bank card now has a row, new.
    await waitFor(async () => expect(await db.cards.count()).toBe(bankCards.length))
    expect(within(rowOf('New')).getByText(String(bankCards.length))).toBeInTheDocument()
    expect(within(rowOf('Caching')).getAllByText('0%')).toHaveLength(2)
  })
})
