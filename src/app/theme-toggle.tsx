import { useSyncExternalStore } from 'react'
import { selectPreference, selectSetPreference, useThemeStore, type ThemePreference } from './theme-store'

const next: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' }
const icon: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' }
const label: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Cycles the theme: system → light → dark. The choice is remembered. */
export function ThemeToggle() {
  // The build renders /bank with the system theme (bank.html); hydrating it starts from that too,
  // then React shows the stored preference. Elsewhere the server snapshot is never read.
  const preference = useSyncExternalStore(
    useThemeStore.subscribe,
    () => selectPreference(useThemeStore.getState()),
    () => 'system' as const,
  )
  const setPreference = useThemeStore(selectSetPreference)
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Theme: ${label[preference]}. Switch to ${label[next[preference]].toLowerCase()}`}
      title={`Theme: ${label[preference]}`}
      onClick={() => setPreference(next[preference])}
    >
      <span aria-hidden="true">{icon[preference]}</span>
      <span className="theme-toggle-text" aria-hidden="true">
        {label[preference]}
      </span>
    </button>
  )
}
