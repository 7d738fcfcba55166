import { useEffect, useState } from 'react'
import { now } from './clock'

/** The current time, updated every `intervalMs` while `active`; for countdowns. */
export function useNow(intervalMs: number, active = true): number {
  const [time, setTime] = useState(now)
  useEffect(() => {
    if (!active) return
    setTime(now())
    const id = globalThis.setInterval(() => setTime(now()), intervalMs)
    return () => globalThis.clearInterval(id)
  }, [intervalMs, active])
  return time
}
