import { useEffect, useState } from 'react'
import { describeError } from '../domain/validation/describe-error'

interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): { unsubscribe(): void }
}

/**
 * The latest value of an observable whose code is loaded on demand (e.g. a
 * Dexie liveQuery), so a screen can paint before that code arrives.
 * `value` is undefined until the first value; a failure to load the code or
 * a query error is `error`, not an endless wait.
 */
export function useDeferredObservable<T>(load: () => Promise<Subscribable<T>>): {
  value: T | undefined
  error: string | null
} {
  const [value, setValue] = useState<T | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    let subscription: { unsubscribe(): void } | null = null
    const fail = (e: unknown) => live && setError(describeError(e))
    load().then((observable) => {
      if (live) subscription = observable.subscribe({ next: setValue, error: fail })
    }, fail)
    return () => {
      live = false
      subscription?.unsubscribe()
    }
    // `load` is a module-level function: the subscription is made once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return { value, error }
}
