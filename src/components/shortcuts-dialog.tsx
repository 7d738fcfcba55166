import { useEffect, useRef } from 'react'

interface Props {
  title: string
  /** Each shortcut: the keys, and what they do. */
  keys: readonly (readonly [string, string])[]
  open: boolean
  onClose: () => void
}

/** A modal list of a screen's keyboard shortcuts (`?`). */
export function ShortcutsDialog({ title, keys, open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal?.()
    if (!open && dialog.open) dialog.close?.()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <h2>{title}</h2>
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
