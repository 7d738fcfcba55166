import { useEffect, useState, type ComponentType, type ReactNode } from 'react'

/**
 * A component (a screen, a panel) whose code loads on first use. Unlike React.lazy it does not
 * suspend: React 19 holds back Suspense content for ~300 ms after a fallback
 * shows, which would delay every cold load of a lazy screen by that much.
 * A load error is rethrown during render, so the error boundary shows it,
 * unless `failed` renders it in place (with a way to try again).
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ReactNode = <p className="muted loading">Loading…</p>,
  failed?: (error: unknown, retry: () => void) => ReactNode,
) {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = () => {
    pending ??= load().then((screen) => (loaded = screen))
    pending.catch(() => {
      pending = null
    })
    return pending
  }

  function LazyComponent(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded)
    const [error, setError] = useState<unknown>(null)
    useEffect(() => {
      if (Screen || error) return
      let live = true
      preload().then(
        (s) => live && setScreen(() => s),
        (e: unknown) => live && setError(e ?? new Error('the screen could not be loaded')),
      )
      return () => {
        live = false
      }
    }, [Screen, error])
    if (error && failed) return failed(error, () => setError(null))
    if (error) throw error
    if (!Screen) return placeholder
    return <Screen {...props} />
  }
  return Object.assign(LazyComponent, { preload })
}
