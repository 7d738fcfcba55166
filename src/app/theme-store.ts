import { create } from 'zustand'
import { readPreference, writePreference } from '../lib/storage'

export type ThemePreference = 'system' | 'light' | 'dark'

interface ThemeState {
  preference: ThemePreference
  setPreference: (preference: ThemePreference) => void
}

const stored = readPreference('theme')
const initial: ThemePreference = stored === 'light' || stored === 'dark' ? stored : 'system'

/** Applies a preference to the page; an inline script in index.html does the same before the first paint. */
export function applyTheme(preference: ThemePreference): void {
  if (preference === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = preference
}

export const useThemeStore = create<ThemeState>((set) => ({
  preference: initial,
  setPreference: (preference) => {
    writePreference('theme', preference === 'system' ? null : preference)
    applyTheme(preference)
    set({ preference })
  },
}))

export const selectPreference = (s: ThemeState) => s.preference
export const selectSetPreference = (s: ThemeState) => s.setPreference
