/** A failed write in words: a full disk says so plainly, anything else keeps its own message. */
const nameOf = (x: unknown) =>
  typeof x === 'object' && x !== null ? (x as { name?: unknown }).name : undefined

/** IndexedDB's QuotaExceededError, as is or wrapped by Dexie (a DOMException is not always an Error). */
export function isQuotaError(error: unknown): boolean {
  return (
    nameOf(error) === 'QuotaExceededError' ||
    nameOf((error as { inner?: unknown } | null)?.inner) === 'QuotaExceededError'
  )
}

export function describeWriteError(error: unknown): string {
  if (isQuotaError(error))
    return 'the browser’s storage for Backprep is full. Free some disk space, or download a backup and delete old diagrams or mocks, then try again'
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
  return String(error)
}
