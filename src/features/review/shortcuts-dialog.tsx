import { useEffect, useRef } from 'react'

const keys: [string, string][] = [
  ['Space or Enter', 'Show the answer; on the answer, grade Good'],
  ['1 2 3 4', 'Grade Again, Hard, Good, Easy (on an mcq’s front: pick a choice)'],
  ['u or Ctrl+Z', 'Undo the last answer (several steps back)'],
  ['-', 'Bury the card until tomorrow'],
  ['@', 'Suspend the card'],
  ['*', 'Flag or unflag the card'],
  ['?', 'Show this list'],
]

/** Every review shortcut (`?`). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal?.()
    if (!open && dialog.open) dialog.close?.()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Review shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {keys.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
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
