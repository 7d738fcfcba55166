/**
 * The browser's storage for this origin: whether it is persistent (kept
 * under storage pressure, not evicted like a cache) and how much is used.
 */
export interface StorageState {
  /** null when the browser cannot tell. */
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

export async function readStorageState(): Promise<StorageState> {
  const storage = globalThis.navigator?.storage
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ])
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }
}

/** Asks for persistent storage; resolves to whether it is granted (false when the browser has no such thing). */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage
  if (!storage?.persist) return false
  if (await storage.persisted?.().catch(() => false)) return true
  return storage.persist().catch(() => false)
}
