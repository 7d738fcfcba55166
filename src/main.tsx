// First: starts loading the current screen's code in parallel with React.
import './app/screen-chunks'
import { StrictMode, useLayoutEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App, preloadScreen } from './app/app'
import './app/styles.css'
import { pendingReplayKeys } from './lib/journal'
import { warmOfflineCacheWhenIdle } from './lib/offline-warm'
import { requestPersistentStorage } from './lib/persistent-storage'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Changes a reload or a closed tab cut off are in the journal: store them
// before any screen reads (rarely needed, so its code loads only then).
const replayed =
  pendingReplayKeys().length > 0
    ? import('./db/journal-replay').then((m) => m.replayJournal()).catch(() => undefined)
    : Promise.resolve()

// A failed load still renders: the screen then shows the error and a way back.
void replayed
  .then(() => preloadScreen(location.pathname))
  .catch(() => undefined)
  .then(() => {
    const app = (
      <StrictMode>
        <App />
        <TakeOver />
      </StrictMode>
    )
    // /bank from bank.html: #root holds the build's rendering of this very page (see
    // build/prerender-plugin.ts), which React adopts instead of building it again. With a query
    // its rows are not this page's: React renders over it.
    if (root.hasAttribute('inert') && location.pathname === '/bank' && location.search === '')
      hydrateRoot(root, app)
    else createRoot(root).render(app)
  })

/** The build's copy in #root stays inert (no clicks or typing React would drop) until React has it. */
function TakeOver() {
  useLayoutEffect(() => {
    root?.removeAttribute('inert')
    root?.style.removeProperty('visibility')
  }, [])
  return null
}

// Weeks of reviews must not be evicted like a cache: ask for persistent storage
// once the app is up (Chromium decides silently; Firefox asks the user once).
// Then, in the background, the heavy part of the offline copy (PostgreSQL, the editor).
globalThis.addEventListener(
  'load',
  () => {
    void requestPersistentStorage()
    warmOfflineCacheWhenIdle()
  },
  { once: true },
)
