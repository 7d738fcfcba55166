import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import summaries from 'virtual:bank/summaries'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import { renderAt } from '../render-at'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

const firstCard = summaries.find((s) => s.type === 'card')!
const httpItems = summaries.filter((s) => s.topic === 'http')

describe('the item screen', () => {
  it('shows the question, and the answer on Space', async () => {
    const user = userEvent.setup()
    renderAt(`/bank/${firstCard.id}`)
    expect(await screen.findByRole('button', { name: 'Show answer' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Answer' })).not.toBeInTheDocument()
    await user.keyboard(' ')
    expect(await screen.findByRole('region', { name: 'Answer' })).toBeInTheDocument()
  })

  it('saves a note as it is typed', async () => {
    const user = userEvent.setup()
    renderAt(`/bank/${firstCard.id}`)
    await user.type(await screen.findByRole('textbox', { name: 'Your notes' }), 'Mention QUIC')
    await waitFor(async () => expect((await db.notes.get(firstCard.id))?.text).toBe('Mention QUIC'), {
      timeout: 2000,
    })
    expect(screen.getByText('Saved')).toBeInTheDocument()
  })

  it('toggles a bookmark', async () => {
    const user = userEvent.setup()
    renderAt(`/bank/${firstCard.id}`)
    const button = await screen.findByRole('button', { name: /Bookmark/ })
    await waitFor(() => expect(button).toBeEnabled())
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'))
    expect(await db.bookmarks.get(firstCard.id)).toBeDefined()
  })

  it('moves to the next item of the filtered list', async () => {
    const user = userEvent.setup()
    const { location } = renderAt(`/bank/${httpItems[0]!.id}?topic=http`)
    expect(await screen.findByText(`1 of ${httpItems.length}`)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Next →' }))
    expect(location.history.at(-1)).toBe(`/bank/${httpItems[1]!.id}?topic=http`)
    expect(await screen.findByText(`2 of ${httpItems.length}`)).toBeInTheDocument()
  })

  it('answers an mcq by picking a choice, and shows every explanation', async () => {
    const user = userEvent.setup()
    const mcq = summaries.find((s) => s.type === 'mcq')!
    renderAt(`/bank/${mcq.id}`)
    await screen.findByText(/^(Pick one|Select all that apply)$/)
    const choices = [...screen.queryAllByRole('radio'), ...screen.queryAllByRole('checkbox')]
    await act(() => user.click(choices[0]!))
    if (choices[0]!.getAttribute('type') === 'checkbox') {
      await user.click(screen.getByRole('button', { name: 'Check answer' }))
    }
    expect(await screen.findByRole('region', { name: 'Explanation' })).toBeInTheDocument()
    expect(screen.getAllByText(/^(Correct|Wrong|Your pick: wrong)$/).length).toBe(choices.length)
  })

  it('says when an id does not exist', async () => {
    renderAt('/bank/no-such-item')
    expect(await screen.findByRole('heading', { name: 'Question not found' })).toBeInTheDocument()
  })
})
