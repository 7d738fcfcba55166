import { describe, expect, it } from 'vitest'
import { heavyCacheName, parseHeavyList, warmHeavyCache } from '../../../src/lib/offline-warm'

/** The Cache API as the browser keeps it, in memory: what `cache.add` fetched, by URL. */
function memoryCaches(fetched: string[], failFor: string[] = []) {
  const stores = new Map<string, Map<string, Response>>()
  const cacheStorage = {
    open(name: string) {
      const store = stores.get(name) ?? new Map<string, Response>()
      stores.set(name, store)
      const url = (r: RequestInfo | URL) =>
        new URL(String(r instanceof Request ? r.url : r), 'https://app.test').href
      return Promise.resolve({
        keys: () => Promise.resolve([...store.keys()].map((u) => new Request(u))),
        delete: (r: RequestInfo) => Promise.resolve(store.delete(url(r))),
        match: (r: RequestInfo) => Promise.resolve(store.get(url(r))),
        add: (r: RequestInfo) => {
          const path = new URL(url(r)).pathname
          if (failFor.includes(path)) return Promise.reject(new TypeError('Failed to fetch'))
          fetched.push(path)
          store.set(url(r), new Response(path))
          return Promise.resolve()
        },
      } as unknown as Cache)
    },
  } as unknown as CacheStorage
  return { cacheStorage, stores }
}

describe('the heavy files list', () => {
  it('keeps only the app’s own /assets/ paths, and refuses a list with anything else', () => {
    expect(parseHeavyList({ files: ['/assets/pglite-VfT9wtrq.wasm'], bytes: 9 })).toEqual({
      files: ['/assets/pglite-VfT9wtrq.wasm'],
      bytes: 9,
    })
    expect(parseHeavyList({ files: ['https://cdn.example/x.js'] })).toBeNull()
    expect(parseHeavyList({ files: ['/assets/../sw.js'] })).toBeNull()
    expect(parseHeavyList({ files: [42] })).toBeNull()
    expect(parseHeavyList({ files: 'x' })).toBeNull()
    expect(parseHeavyList(null)).toBeNull()
    expect(parseHeavyList({ files: [], bytes: -1 })).toEqual({ files: [], bytes: 0 })
  })
})

describe('warming the heavy cache', () => {
  const list = { files: ['/assets/a-11111111.wasm', '/assets/b-22222222.js'], bytes: 2 }

  it('fetches every listed file once, into the cache the service worker serves them from', async () => {
    const fetched: string[] = []
    const { cacheStorage, stores } = memoryCaches(fetched)
    expect(await warmHeavyCache(list, cacheStorage)).toEqual({ fetched: 2, cached: 0 })
    expect(fetched).toEqual(list.files)
    expect([...stores.keys()]).toEqual([heavyCacheName])
    // A second start fetches nothing again.
    expect(await warmHeavyCache(list, cacheStorage)).toEqual({ fetched: 0, cached: 2 })
    expect(fetched).toHaveLength(2)
  })

  it('drops the files of an older build', async () => {
    const fetched: string[] = []
    const { cacheStorage, stores } = memoryCaches(fetched)
    await warmHeavyCache({ files: ['/assets/a-00000000.wasm'], bytes: 1 }, cacheStorage)
    await warmHeavyCache(list, cacheStorage)
    const paths = [...stores.get(heavyCacheName)!.keys()].map((u) => new URL(u).pathname)
    expect(paths.sort()).toEqual(list.files)
  })

  it('stops at a failed download and keeps what it had, for the next start to finish', async () => {
    const fetched: string[] = []
    const { cacheStorage, stores } = memoryCaches(fetched, ['/assets/b-22222222.js'])
    await expect(warmHeavyCache(list, cacheStorage)).rejects.toThrow('Failed to fetch')
    expect(stores.get(heavyCacheName)!.size).toBe(1)
    const again = memoryCaches(fetched)
    expect(await warmHeavyCache(list, again.cacheStorage)).toEqual({ fetched: 2, cached: 0 })
  })
})
