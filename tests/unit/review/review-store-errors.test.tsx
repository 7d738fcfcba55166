// A failure after a grade was stored is not reported as a lost grade: the
// grade stays (and can be undone), the error says what failed, and Try again
// shows the next card without rebuilding the session.
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/db/db'
import { replayJournal } from '../../../src/db/journal-replay'
import { saveSchedulingSettings } from '../../../src/db/scheduling-settings'
import { journalKeys } from '../../../src/lib/journal'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { useReviewStore } from '../../../src/features/review/review-store'
import type * as CardContentModule from '../../../src/features/review/card-content'
import { renderAt } from '../render-at'

const failures = vi.hoisted(() => ({ next: 0 }))
// The card's content is what fails to load (a chunk lost to a deploy, say); the database works.
vi.mock('../../../src/features/review/card-content', async (importOriginal) => {
  const original = await importOriginal<typeof CardContentModule>()
  return {
    ...original,
    loadCardContent: (...args: Parameters<typeof original.loadCardContent>) =>
      failures.next-- > 0
        ? Promise.reject(new Error('the topic chunk failed to load'))
        : original.loadCardContent(...args),
  }
})

beforeEach(async () => {
  localStorage.clear()
  await Promise.all(db.tables.map((t) => t.clear()))
  useReviewStore.getState().reset()
  failures.next = 0
})

describe('review errors are honest', { timeout: 20_000 }, () => {
  it('a grade saved before the next card fails to load stays saved, undoable, and the retry shows the card', async () => {
    await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 3 })
    const user = userEvent.setup()
    renderAt('/review')
    await screen.findByRole('article', { name: 'Card' }, { timeout: 5000 })
    if (screen.queryAllByRole('radio').length + screen.queryAllByRole('checkbox').length > 0)
      await user.click(screen.getByRole('button', { name: 'Show answer without picking' }))
    else await user.keyboard(' ')
    await screen.findByRole('group', { name: 'Grade your answer' })
    failures.next = 50
    await user.keyboard('3')
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('The next card could not be shown: the topic chunk failed to load')
    expect(alert).not.toHaveTextContent('not saved')
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1))
    expect(screen.getByRole('button', { name: /Undo/ })).toBeEnabled()

    failures.next = 0
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await screen.findByRole('article', { name: 'Card' }, { timeout: 5000 })
    expect(await db.reviewLogs.count()).toBe(1)
    await user.keyboard('u')
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(0))
  })

  it('a grade whose IndexedDB write fails after the next card showed says so, and stays journaled for the next start', async () => {
    await saveSchedulingSettings({ ...defaultSchedulingSettings, newPerDay: 3 })
    const user = userEvent.setup()
    renderAt('/review')
    const first = await screen.findByRole('article', { name: 'Card' }, { timeout: 5000 })
    const firstText = first.textContent
    if (screen.queryAllByRole('radio').length + screen.queryAllByRole('checkbox').length > 0)
      await user.click(screen.getByRole('button', { name: 'Show answer without picking' }))
    else await user.keyboard(' ')
    await screen.findByRole('group', { name: 'Grade your answer' })
    const add = vi.spyOn(db.reviewLogs, 'add').mockRejectedValueOnce(new Error('the disk is full'))
    await user.keyboard('3')
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('A grade was not stored: the disk is full')
    expect(alert).toHaveTextContent('stored when Backprep next starts')
    // The session went on to the next card; the grade is in the journal, not in IndexedDB.
    expect(screen.getByRole('article', { name: 'Card' }).textContent).not.toBe(firstText)
    expect(await db.reviewLogs.count()).toBe(0)
    expect(journalKeys().filter((k) => k.startsWith('grade:'))).toHaveLength(1)
    add.mockRestore()
    // The next start stores it.
    expect((await replayJournal()).replayed).toHaveLength(1)
    expect(await db.reviewLogs.count()).toBe(1)
  })

  it('a queue whose first card cannot load shows an error with a retry, not “Building today’s queue…” forever', async () => {
    failures.next = 50
    const user = userEvent.setup()
    renderAt('/review')
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('could not be shown')
    expect(screen.queryByText('Building today’s queue…')).toBeNull()
    failures.next = 0
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await screen.findByRole('article', { name: 'Card' }, { timeout: 5000 })
  })
})
