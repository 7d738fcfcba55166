import { useState } from 'react'
import { saveNote, useNote } from '../../db/notes'
import { saveStatusText, useAutosave } from '../../lib/use-autosave'

/** A personal note on an item, saved as you type. */
export function NoteEditor({ itemId }: { itemId: string }) {
  const stored = useNote(itemId)
  if (stored === undefined) return <p className="muted">Loading your note…</p>
  return <NoteField key={itemId} itemId={itemId} initial={stored} />
}

function NoteField({ itemId, initial }: { itemId: string; initial: string }) {
  const [text, setText] = useState(initial)
  const { status, schedule } = useAutosave((value: string, at) => saveNote(itemId, value, at), {
    journalKey: `note:${itemId}`,
  })
  return (
    <div className="note">
      <div className="note-header">
        <label htmlFor="item-note">Your notes</label>
        <span className={`note-status${status.kind === 'failed' ? ' error' : ''}`} role="status">
          {saveStatusText(status)}
        </span>
      </div>
      <textarea
        id="item-note"
        rows={4}
        value={text}
        placeholder="What to remember, a mistake you made, a follow-up to look up…"
        onChange={(e) => {
          setText(e.target.value)
          schedule(e.target.value)
        }}
      />
    </div>
  )
}
