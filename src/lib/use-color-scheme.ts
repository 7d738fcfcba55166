import { useSyncExternalStore } from 'react'

/** The theme in effect: the user's choice (data-theme on <html>) or the system's. */
function current(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)')
  media?.addEventListener('change', onChange)
  return () => {
    observer.disconnect()
    media?.removeEventListener('change', onChange)
  }
}

export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, current, () => 'light')
}
