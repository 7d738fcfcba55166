import { useEffect, useState } from 'react'
import { readStorageState, requestPersistentStorage, type StorageState } from '../../lib/persistent-storage'

function size(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} KB`
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`
  return `${(bytes / 1e9).toFixed(1)} GB`
}

/** Whether the browser keeps Backprep's data for good, and how much room it takes. */
export function StoragePanel() {
  const [state, setState] = useState<StorageState | null>(null)
  const [asked, setAsked] = useState(false)
  useEffect(() => {
    void readStorageState().then(setState)
  }, [])
  const ask = async () => {
    await requestPersistentStorage()
    setAsked(true)
    setState(await readStorageState())
  }
  return (
    <section className="panel storage-panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {!state ? (
        <p className="muted">Checking…</p>
      ) : (
        <>
          <p>
            {state.persisted === true
              ? 'Persistent: the browser keeps your data even when the disk runs low.'
              : state.persisted === false
                ? 'Not persistent: the browser may delete your data if the disk runs low. Download backups, and ask the browser to keep it.'
                : 'This browser does not say whether it keeps your data for good. Download backups.'}
          </p>
          {state.usage !== null ? (
            <p>
              Backprep uses {size(state.usage)}
              {state.quota !== null ? ` of the ${size(state.quota)} this browser allows it` : ''}.
            </p>
          ) : null}
          {state.persisted === false ? (
            <button type="button" className="button" onClick={() => void ask()}>
              Ask the browser to keep my data
            </button>
          ) : null}
          {asked && state.persisted === false ? (
            <p className="field-error" role="status">
              The browser said no. Chromium grants it to sites you use often or install; installing Backprep
              as an app usually helps.
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
