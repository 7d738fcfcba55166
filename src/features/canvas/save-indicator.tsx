import { saveStatusText } from '../../lib/use-autosave'
import { useCanvasAutosave } from './use-canvas-autosave'

/** Autosave, and what it says: in a component of its own, so its status changes re-render nothing else. */
export function SaveIndicator({ id }: { id: string }) {
  const status = useCanvasAutosave(id)
  return (
    <span role="status" className={`save-status${status.kind === 'failed' ? ' field-error' : ' muted'}`}>
      {saveStatusText(status, 'All changes saved', 'All changes saved')}
    </span>
  )
}
