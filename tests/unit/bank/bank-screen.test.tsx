import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import summaries from 'virtual:bank/summaries'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import { renderAt } from '../render-at'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

const rows = () => within(screen.getByRole('list', { name: 'Questions' })).getAllByRole('listitem')

describe('the question bank screen', () => {
  it('lists every item with its topic, difficulty and type', async () => {
    renderAt('/bank')
    expect(await screen.findByRole('heading', { name: 'Question bank' })).toBeInTheDocument()
    // Hundreds of rows take jsdom a while after the first screenful.
    await waitFor(() => expect(rows()).toHaveLength(summaries.length), { timeout: 8000 })
    expect(screen.getByRole('status')).toHaveTextContent(`${summaries.length} questions`)
    const first = rows()[0]!
    expect(within(first).getByText('HTTP & networking')).toBeInTheDocument()
  })

  it('filters by topic and difficulty together, and keeps the filters in the URL', async () => {
    const user = userEvent.setup()
    const { location } = renderAt('/bank')
    await user.click(await screen.findByRole('checkbox', { name: /^Caching/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Senior/ }))
    const expected = summaries.filter((s) => s.topic === 'caching' && s.difficulty === 'senior')
    expect(expected.length).toBeGreaterThan(0)
    await waitFor(() => expect(rows()).toHaveLength(expected.length))
    expect(location.history.at(-1)).toBe('/bank?topic=caching&difficulty=senior')
  })

  it('restores a filtered view from its URL', async () => {
    renderAt('/bank?type=mcq&topic=http')
    await screen.findByRole('heading', { name: 'Question bank' })
    const expected = summaries.filter((s) => s.type === 'mcq' && s.topic === 'http')
    await waitFor(() => expect(rows()).toHaveLength(expected.length))
    expect(screen.getByRole('checkbox', { name: /^Multiple choice/ })).toBeChecked()
  })

  it('searches with a typo and highlights the matched words', async () => {
    const user = userEvent.setup()
    const { location } = renderAt('/bank')
    await user.type(await screen.findByRole('searchbox', { name: 'Search questions' }), 'idempotnt')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/of \d+ questions/))
    expect(rows().length).toBeGreaterThan(0)
    const marks = screen.getAllByText((_, el) => el?.tagName === 'MARK')
    expect(marks.some((m) => /idempoten/i.test(m.textContent ?? ''))).toBe(true)
    expect(location.history.at(-1)).toBe('/bank?q=idempotnt')
    // One history entry for the whole word, not one per keystroke.
    expect(location.history.filter((h) => h.startsWith('/bank?q=')).length).toBe(1)
  })

  it('focuses the search box with /', async () => {
    const user = userEvent.setup()
    renderAt('/bank')
    const box = await screen.findByRole('searchbox', { name: 'Search questions' })
    expect(box).not.toHaveFocus()
    await user.keyboard('/')
    expect(box).toHaveFocus()
  })

  it('says so when nothing matches and offers the way back', async () => {
    const user = userEvent.setup()
    renderAt('/bank?q=zzzzqqqq')
    expect(await screen.findByText(/No question matches/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all questions' }))
    await waitFor(() => expect(rows()).toHaveLength(summaries.length), { timeout: 8000 })
  })
})
