import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import outline from 'virtual:bank/outline'
import summaries from 'virtual:bank/summaries'
import { beforeEach, describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { db } from '../../../src/db/db'
import { addUserCard } from '../../../src/db/user-cards'
import { CardState, newCardRecord } from '../../../src/domain/scheduling/card'
import { CardBrowserScreen } from '../../../src/features/cards/card-browser-screen'
import { day, t0 } from '../scheduling/fixtures'

// The database, the lazy Markdown renderer and a table of a hundred rows are
// slow in jsdom when the whole suite runs at once.
configure({ asyncUtilTimeout: 5000 })

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

const bankIds = outline.filter(([, , type]) => type === 'card' || type === 'mcq').map(([id]) => id)
const bankCardCount = bankIds.length
const titleOf = (id: string) => summaries.find((s) => s.id === id)!.title
const logBase = {
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  day: 20_000,
  lastIntervalDays: 0,
}

function renderBrowser(url = '/cards') {
  const [path = '/cards', search = ''] = url.split('?')
  const location = memoryLocation({ path, searchPath: search, record: true })
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <CardBrowserScreen />
    </Router>,
  )
  return location
}

const table = () => screen.getByRole('table', { name: 'Cards' })
const bodyRows = () => within(table()).getAllByRole('row').slice(1)

// Each test renders a table of about a hundred rows, which jsdom lays out slowly.
describe('the card browser', { timeout: 15_000 }, () => {
  it('lists bank and imported cards, 100 rows at a time', async () => {
    const user = userEvent.setup()
    const imported = Array.from({ length: 150 }, (_, i) =>
      newCardRecord(
        { id: `import:x-${i}`, deckId: 'import:x', topic: null, source: 'import', position: 1000 + i },
        t0,
      ),
    )
    await db.cards.bulkPut(imported)
    await db.decks.put({ id: 'import:x', name: 'Networking deck', kind: 'import', createdAt: t0 })
    const total = bankCardCount + imported.length
    renderBrowser()

    expect(await screen.findByRole('status')).toHaveTextContent(`${total} cards`)
    // The bank's cards were added, as new, before the list was read.
    expect(await db.cards.count()).toBe(total)
    expect(bodyRows()).toHaveLength(100)
    expect(within(bodyRows()[0]!).getByRole('cell', { name: 'new' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show more' }))
    expect(bodyRows()).toHaveLength(200)
    expect(screen.getByText(`Showing 200 of ${total}`)).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'Networking deck (150)' })).toBeInTheDocument()
  })

  it('keeps filters in the URL', async () => {
    const user = userEvent.setup()
    const location = renderBrowser('/cards?state=suspended')
    expect(await screen.findByText('No card matches these filters.')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: /^Suspended/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a deck filter' }), 'topic:http')
    expect(location.history.at(-1)).toBe('/cards?deck=topic:http')
    const http = outline.filter(([, topic, type]) => topic === 'http' && (type === 'card' || type === 'mcq'))
    await waitFor(() => expect(bodyRows()).toHaveLength(http.length))
    await user.click(screen.getByRole('button', { name: 'Remove deck HTTP & networking' }))
    expect(location.history.at(-1)).toBe('/cards')
  })

  it('adds a card of your own, finds it, opens it and suspends it', async () => {
    const user = userEvent.setup()
    renderBrowser()
    await screen.findByRole('table', { name: 'Cards' })

    // `n` opens the form with the front focused; an empty card is refused beside its fields.
    await user.keyboard('n')
    const front = screen.getByRole('textbox', { name: 'Front' })
    expect(front).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Save card' }))
    expect(front).toHaveAccessibleDescription(/Write the front of the card/)
    expect(screen.getByRole('textbox', { name: 'Back' })).toHaveAccessibleDescription(/Write the back/)
    expect(await db.userCards.count()).toBe(0)

    await user.type(front, 'What does **ACID** stand for?<img src=x onerror=alert(1)>')
    await user.click(screen.getByRole('textbox', { name: 'Back' }))
    await user.paste('Atomicity, consistency, isolation, durability')
    await user.click(screen.getByRole('textbox', { name: 'Tags' }))
    await user.paste('databases, transactions')
    const preview = screen.getByRole('region', { name: 'Preview' })
    await waitFor(() => expect(within(preview).getByText('ACID').tagName).toBe('STRONG'))
    expect(preview.querySelector('img')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save card' }))

    const title = 'What does ACID stand for?<img src=x onerror=alert(1)>'
    // Focus moves to the card once it has rendered (an effect): wait for it, not for the first paint.
    await waitFor(async () =>
      expect(await screen.findByRole('heading', { name: title, level: 2 })).toHaveFocus(),
    )
    const [stored] = await db.userCards.toArray()
    expect(stored).toMatchObject({
      back: 'Atomicity, consistency, isolation, durability',
      tags: ['databases', 'transactions'],
    })
    await user.click(screen.getByRole('button', { name: 'Close details' }))

    await user.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'durability')
    await waitFor(() => expect(bodyRows()).toHaveLength(1))
    await user.click(within(table()).getByRole('button', { name: title }))

    const details = screen.getByRole('region', { name: title })
    expect(within(details).getByText('Atomicity, consistency, isolation, durability')).toBeInTheDocument()
    expect(within(details).getByText('Not reviewed yet.')).toBeInTheDocument()
    await user.click(within(details).getByRole('button', { name: 'Suspend' }))

    await waitFor(async () => expect((await db.cards.get(stored!.id))?.suspended).toBe(true))
    expect(await within(details).findByRole('button', { name: 'Unsuspend' })).toBeInTheDocument()
    expect(within(details).getByText('Suspended')).toBeInTheDocument()
    expect(within(bodyRows()[0]!).getByText('Suspended')).toBeInTheDocument()
  })

  it('shows a review history, resets after asking, and flags checked cards together', async () => {
    const user = userEvent.setup()
    const [first, second] = bankIds
    const studied = newCardRecord(
      { id: first!, deckId: 'topic:x', topic: null, source: 'bank', position: 0 },
      t0,
    )
    await db.cards.put({
      ...studied,
      state: CardState.Review,
      reps: 2,
      stability: 3.2,
      difficulty: 5.5,
      due: t0 + 3 * day,
      scheduledDays: 3,
      lastReview: t0,
    })
    await db.reviewLogs.bulkAdd([
      { ...logBase, cardId: first!, rating: 1, state: CardState.New, due: t0 - day, review: t0 - day },
      {
        ...logBase,
        cardId: first!,
        rating: 3,
        state: CardState.Learning,
        due: t0 - day + 600_000,
        review: t0,
      },
    ])
    renderBrowser('/cards?state=review')
    await waitFor(() => expect(bodyRows()).toHaveLength(1))
    const title = within(bodyRows()[0]!).getAllByRole('button')[0]!
    await user.click(title)

    const history = screen.getByRole('table', { name: 'Review history' })
    const [, latest, earliest] = within(history).getAllByRole('row')
    expect(within(latest!).getByText('Good')).toBeInTheDocument()
    expect(within(latest!).getByText('3d')).toBeInTheDocument()
    expect(within(earliest!).getByText('Again')).toBeInTheDocument()
    expect(within(earliest!).getByText('10m')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Reset…' }))
    const dialog = screen.getByRole('dialog', { name: 'Reset this card?' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }))
    await waitFor(async () => expect((await db.cards.get(first!))?.state).toBe(CardState.New))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(await db.reviewLogs.count()).toBe(2)

    await user.click(screen.getByRole('checkbox', { name: /^Review/ }))
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${titleOf(first!)}` }))
    await user.click(within(table()).getByRole('checkbox', { name: `Select ${titleOf(second!)}` }))
    const bulk = screen.getByRole('region', { name: 'Checked cards' })
    expect(bulk).toHaveTextContent('2 cards checked')
    expect(within(bulk).queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument()
    await user.click(within(bulk).getByRole('button', { name: 'Flag' }))
    await waitFor(async () =>
      expect((await db.cards.bulkGet([first!, second!])).map((c) => c?.flagged)).toEqual([true, true]),
    )
  })

  it('edits and deletes a card of your own', async () => {
    const user = userEvent.setup()
    const id = await addUserCard({ front: 'Old front', back: 'Old back', tags: [] }, t0)
    await db.reviewLogs.add({ ...logBase, cardId: id, rating: 3, state: CardState.New, due: t0, review: t0 })
    renderBrowser('/cards?deck=mine')
    await waitFor(() => expect(bodyRows()).toHaveLength(1))
    await user.click(within(table()).getByRole('button', { name: 'Old front' }))
    await user.click(screen.getByRole('button', { name: 'Edit' }))
    const front = screen.getByRole('textbox', { name: 'Front' })
    await user.clear(front)
    await user.type(front, 'New front')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('heading', { name: 'New front', level: 2 })).toBeInTheDocument()
    expect((await db.userCards.get(id))?.front).toBe('New front')

    await user.click(screen.getByRole('button', { name: 'Delete…' }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete this card?' })).getByRole('button', {
        name: 'Delete',
      }),
    )
    expect(await screen.findByText('No card matches these filters.')).toBeInTheDocument()
    expect(await db.cards.get(id)).toBeUndefined()
    expect(await db.userCards.get(id)).toBeUndefined()
    expect(await db.reviewLogs.count()).toBe(0)
  })
})
