import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import summaries from 'virtual:bank/summaries'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import { saveSchedulingSettings } from '../../../src/db/scheduling-settings'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { useReviewStore } from '../../../src/features/review/review-store'
import { renderAt } from '../render-at'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
  useReviewStore.getState().reset()
})

const counts = () => screen.getByText(/^\d+ new, \d+ learning, \d+ to review$/)

async function showAnswer(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('article', { name: 'Card' })
  // An mcq is answered by picking; a card by Space.
  if (screen.queryAllByRole('radio').length > 0 || screen.queryAllByRole('checkbox').length > 0) {
    await user.click(screen.getByRole('button', { name: 'Show answer without picking' }))
  } else {
    await user.keyboard(' ')
  }
  await screen.findByRole('group', { name: 'Grade your answer' })
}

describe('the review screen', () => {
  it('reviews with the keyboard: reveal, grade, undo; a read after a grade finds it stored (IndexedDB orders it after the write)', async () => {
    await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 5 })
    const user = userEvent.setup()
    renderAt('/review')
    await waitFor(() => expect(counts()).toHaveTextContent('5 new, 0 learning, 0 to review'))

    await showAnswer(user)
    await user.keyboard('3')
    await waitFor(() => expect(counts()).toHaveTextContent('4 new, 1 learning, 0 to review'))
    expect(await db.reviewLogs.count()).toBe(1)

    await showAnswer(user)
    await user.keyboard('1')
    await waitFor(() => expect(counts()).toHaveTextContent('3 new, 2 learning, 0 to review'))
    expect(await db.reviewLogs.count()).toBe(2)

    await user.keyboard('u')
    await waitFor(() => expect(counts()).toHaveTextContent('4 new, 1 learning, 0 to review'))
    expect(await db.reviewLogs.count()).toBe(1)
  })

  it('shows the interval each grade would give', async () => {
    const user = userEvent.setup()
    renderAt('/review')
    await screen.findByText(/new, \d+ learning/)
    await showAnswer(user)
    expect(screen.getByRole('button', { name: 'Again, next in 1m' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Good, next in 10m' })).toBeInTheDocument()
  })

  it('studies one deck, or a custom session on chosen topics', async () => {
    const user = userEvent.setup()
    const { location } = renderAt('/review')
    await screen.findByRole('article', { name: 'Card' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Study' }), 'Caching')
    expect(location.history.at(-1)).toBe('/review?deck=topic:caching')
    const cachingCards = summaries.filter(
      (x) => x.topic === 'caching' && (x.type === 'card' || x.type === 'mcq'),
    ).length
    await waitFor(() =>
      expect(counts()).toHaveTextContent(`${Math.min(20, cachingCards)} new, 0 learning, 0 to review`),
    )

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Study' }),
      'Custom session: choose topics…',
    )
    const custom = screen.getByRole('group', { name: 'Custom session: study these topics' })
    await user.click(within(custom).getByRole('checkbox', { name: 'Security' }))
    await user.click(within(custom).getByRole('checkbox', { name: 'Serverless' }))
    await user.click(screen.getByRole('button', { name: 'Start the session' }))
    expect(location.history.at(-1)).toBe('/review?topics=security,serverless')
    const chosenCards = summaries.filter(
      (x) => (x.topic === 'security' || x.topic === 'serverless') && (x.type === 'card' || x.type === 'mcq'),
    ).length
    await waitFor(() =>
      expect(counts()).toHaveTextContent(`${Math.min(20, chosenCards)} new, 0 learning, 0 to review`),
    )
  })

  it('says when the queue is done and what tomorrow holds', async () => {
    await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 0 })
    renderAt('/review')
    expect(await screen.findByRole('heading', { name: 'You are done for now' })).toBeInTheDocument()
    expect(await screen.findByText(/No reviews are due tomorrow yet/)).toBeInTheDocument()
  })
})
