/**
 * Synchronous key-value storage for the few preferences that must apply
 * before the first paint (the theme). Everything else lives in IndexedDB.
 * Never throws: private modes and disabled storage read as empty.
 */
const prefix = 'backprep:'

export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage.getItem(prefix + key)
  } catch {
    return null
  }
}

export function writePreference(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage.removeItem(prefix + key)
    else globalThis.localStorage.setItem(prefix + key, value)
  } catch {
    // Storage is unavailable: the preference lasts for this page only.
  }
}
