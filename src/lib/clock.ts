/** The app's one source of the current time, so tests can control it. */
export function now(): number {
  return Date.now()
}
