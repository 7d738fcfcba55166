/** Page-level side effects: reloads and lifecycle events. */
export function reloadPage(): void {
  globalThis.location.reload()
}

/** Calls `onHide` when the page is hidden or closed, the last safe moment to save. */
export function onPageHide(onHide: () => void): () => void {
  const visibility = () => {
    if (document.visibilityState === 'hidden') onHide()
  }
  document.addEventListener('visibilitychange', visibility)
  window.addEventListener('pagehide', onHide)
  return () => {
    document.removeEventListener('visibilitychange', visibility)
    window.removeEventListener('pagehide', onHide)
  }
}
