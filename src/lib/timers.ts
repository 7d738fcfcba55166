/** Timers behind one seam, so tests can use fake timers and code never reaches for globals. */
export type TimerId = ReturnType<typeof globalThis.setTimeout>

export function startTimer(callback: () => void, ms: number): TimerId {
  return globalThis.setTimeout(callback, ms)
}

export function stopTimer(id: TimerId | undefined): void {
  if (id !== undefined) globalThis.clearTimeout(id)
}

/** Runs `callback` before the next paint; returns a function that cancels it. */
export function nextFrame(callback: () => void): () => void {
  const id = globalThis.requestAnimationFrame(callback)
  return () => globalThis.cancelAnimationFrame(id)
}
