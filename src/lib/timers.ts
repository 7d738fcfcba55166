/** Timers behind one seam, so tests can use fake timers and code never reaches for globals. */
export type TimerId = ReturnType<typeof globalThis.setTimeout>

export function startTimer(callback: () => void, ms: number): TimerId {
  return globalThis.setTimeout(callback, ms)
}

export function stopTimer(id: TimerId | undefined): void {
  if (id !== undefined) globalThis.clearTimeout(id)
}
