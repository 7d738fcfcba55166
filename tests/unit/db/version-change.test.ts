import { describe, expect, it, vi } from 'vitest'

const reloadPage = vi.fn()
vi.mock('../../../src/lib/page', () => ({ reloadPage, onPageHide: () => () => undefined }))

describe('a newer version of the app in another tab', () => {
  it('closes this tab’s database and reloads it, so the other tab’s upgrade is not blocked', async () => {
    const { db } = await import('../../../src/db/db')
    await db.open()
    // Another tab opens the database at a higher version, as a newer app would.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backprep', db.verno * 10 + 10)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
      request.onblocked = () => reject(new Error('the upgrade was blocked by this tab'))
    })
    expect(reloadPage).toHaveBeenCalledTimes(1)
    expect(db.isOpen()).toBe(false)
    upgraded.close()
  })
})
