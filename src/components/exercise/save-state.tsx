import { saveStatusText, type SaveStatus } from '../../lib/use-autosave'

/** Whether the code in the editor is saved, in the exercise toolbar. */
export function SaveState({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-state${status.kind === 'failed' ? ' save-failed' : ''}`} role="status">
      {saveStatusText(status)}
    </span>
  )
}
