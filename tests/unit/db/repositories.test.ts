import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setBookmarked } from '../../../src/db/bookmarks'
import { db } from '../../../src/db/db'
import { recordItemView } from '../../../src/db/item-views'
import { saveNote } from '../../../src/db/notes'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-01T10:00:00Z'))
  await Promise.all(db.tables.map((t) => t.clear()))
})
afterEach(() => vi.useRealTimers())

describe('notes', () => {
  it('saves a note with its time and deletes an emptied one', async () => {
    await saveNote('http-a', 'remember the 3-way handshake')
    expect(await db.notes.get('http-a')).toEqual({
      itemId: 'http-a',
      text: 'remember the 3-way handshake',
      updatedAt: Date.parse('2026-03-01T10:00:00Z'),
    })
    await saveNote('http-a', '   ')
    expect(await db.notes.get('http-a')).toBeUndefined()
  })
})

describe('bookmarks', () => {
  it('adds and removes a bookmark', async () => {
    await setBookmarked('http-a', true)
    expect(await db.bookmarks.count()).toBe(1)
    await setBookmarked('http-a', false)
    expect(await db.bookmarks.count()).toBe(0)
  })
})

describe('item views', () => {
  it('counts views and keeps the first view time', async () => {
    await recordItemView('http-a', 'TCP?', 'http')
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'))
    await recordItemView('http-a', 'TCP vs UDP?', 'http')
    expect(await db.itemViews.get('http-a')).toEqual({
      itemId: 'http-a',
      title: 'TCP vs UDP?',
      topic: 'http',
      firstViewedAt: Date.parse('2026-03-01T10:00:00Z'),
      lastViewedAt: Date.parse('2026-03-02T10:00:00Z'),
      count: 2,
    })
  })
})
