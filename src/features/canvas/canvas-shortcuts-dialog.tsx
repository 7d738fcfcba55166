import { useEffect, useRef } from 'react'

const keys: [string, string][] = [
  ['Click, Enter or drag a palette item', 'Add a component'],
  ['Drag from a side dot to another component', 'Connect them'],
  ['Click, Shift/Ctrl+click, Shift+drag', 'Select one, several, a box of them'],
  ['Delete or Backspace', 'Delete the selection'],
  ['Ctrl+C, Ctrl+X, Ctrl+V', 'Copy, cut, paste (also into another diagram)'],
  ['Ctrl+D', 'Duplicate'],
  ['Ctrl+A', 'Select everything'],
  ['Ctrl+Z, Ctrl+Shift+Z (or Ctrl+Y)', 'Undo, redo'],
  ['?', 'Show this list'],
]

/** The canvas shortcuts (`?`). */
export function CanvasShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal?.()
    if (!open && d.open) d.close?.()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="canvas-keys-heading" onClose={onClose}>
      <h2 id="canvas-keys-heading">Canvas shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {keys.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  )
}
