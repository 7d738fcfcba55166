// First: starts loading the current screen's code in parallel with React.
import './app/screen-chunks'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
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
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )

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
