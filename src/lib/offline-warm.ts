/**
 * Fills the offline copy's heavy part in the background: PostgreSQL, Monaco
 * and the optimizer's WebAssembly, which the service worker's precache leaves
 * out so the core works offline as soon as it is installed
 * (build/offline-heavy.ts). Runs once the core's service worker controls the
 * page and the page is idle, one file at a time so it never competes with
 * what the user opened; a file already cached is skipped, and files of an
 * older build are dropped.
 */
import { startTimer } from './timers'

/** The service worker serves these files cache-first from this cache (vite.config.ts). */
export const heavyCacheName = 'backprep-heavy'

/** The build's list of the heavy files (build/offline-heavy.ts writes it). */
export const heavyListUrl = '/offline-heavy.json'

/**
 * What to say when a heavy part is needed offline before the background fill
 * reached it: the browser's own "Failed to fetch" names nothing.
 */
export function notYetOffline(): string {
  return 'it is not in the offline copy yet (it downloads in the background while you are online). Connect once, then try again.'
}

/** Whether the browser reports being offline (false where it cannot tell). */
export function isOffline(): boolean {
  return globalThis.navigator?.onLine === false
}

export interface HeavyList {
  files: string[]
  bytes: number
}

/** The build's list of heavy files, read as untrusted: only the app's own `/assets/` paths. */
export function parseHeavyList(value: unknown): HeavyList | null {
  if (typeof value !== 'object' || value === null) return null
  const { files, bytes } = value as Record<string, unknown>
  if (!Array.isArray(files)) return null
  const paths = files.filter((f): f is string => typeof f === 'string' && /^\/assets\/[\w.-]+$/.test(f))
  if (paths.length !== files.length) return null
  return { files: paths, bytes: typeof bytes === 'number' && bytes >= 0 ? bytes : 0 }
}

export interface WarmResult {
  /** Files fetched now. */
  fetched: number
  /** Files that were already in the cache. */
  cached: number
}

/** Puts every listed file in the heavy cache; drops cached files no longer listed. */
export async function warmHeavyCache(list: HeavyList, cacheStorage: CacheStorage): Promise<WarmResult> {
  const cache = await cacheStorage.open(heavyCacheName)
  const wanted = new Set(list.files)
  for (const request of await cache.keys()) {
    if (!wanted.has(new URL(request.url).pathname)) await cache.delete(request)
  }
  const result: WarmResult = { fetched: 0, cached: 0 }
  for (const file of list.files) {
    if (await cache.match(file)) {
      result.cached += 1
      continue
    }
    // One at a time: the user's own requests go first.
    await cache.add(file)
    result.fetched += 1
  }
  return result
}

/** Resolves once a service worker controls the page; never, where there is none (dev, tests). */
function controlled(): Promise<void> {
  const sw = globalThis.navigator?.serviceWorker
  if (!sw) return new Promise(() => undefined)
  if (sw.controller) return Promise.resolve()
  return new Promise((resolve) => sw.addEventListener('controllerchange', () => resolve(), { once: true }))
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis)
      globalThis.requestIdleCallback(() => resolve(), { timeout: 5000 })
    else startTimer(resolve, 2000)
  })
}

/**
 * Starts the background fill once the core is installed and the page is
 * idle. Failures (offline, storage full) are left for the next start: the
 * files are then fetched when used, as online.
 */
export function warmOfflineCacheWhenIdle(): void {
  if (!('caches' in globalThis)) return
  void controlled()
    .then(idle)
    .then(async () => {
      if (isOffline()) return
      const response = await fetch(heavyListUrl, { cache: 'no-cache' })
      if (!response.ok) return
      const list = parseHeavyList(await response.json())
      if (list) await warmHeavyCache(list, globalThis.caches)
    })
    .catch(() => undefined)
}
