import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  // Tests that run in the node environment (the runner, PGlite) have no DOM.
  if (typeof document === 'undefined') return
  cleanup()
  localStorage.clear()
  delete document.documentElement.dataset.theme
})
