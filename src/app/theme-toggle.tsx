import { selectPreference, selectSetPreference, useThemeStore, type ThemePreference } from './theme-store'

const next: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' }
const icon: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' }
const label: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Cycles the theme: system → light → dark. The choice is remembered. */
export function ThemeToggle() {
  const preference = useThemeStore(selectPreference)
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
