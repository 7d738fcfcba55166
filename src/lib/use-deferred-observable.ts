import { useEffect, useState } from 'react'

interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): { unsubscribe(): void }
}

/**
 * The latest value of an observable whose code is loaded on demand (e.g. a
 * Dexie liveQuery), so a screen can paint before that code arrives.
 * `undefined` until the first value.
 */
export function useDeferredObservable<T>(load: () => Promise<Subscribable<T>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined)
  useEffect(() => {
    let live = true
    let subscription: { unsubscribe(): void } | null = null
    load().then(
      (observable) => {
        if (live) subscription = observable.subscribe({ next: setValue, error: () => undefined })
      },
      () => undefined,
    )
    return () => {
      live = false
      subscription?.unsubscribe()
    }
    // `load` is a module-level function: the subscription is made once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return value
}
