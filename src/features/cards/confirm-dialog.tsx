import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { describeError } from '../../domain/validation/describe-error'

interface Props {
  title: string
  children: ReactNode
  confirmLabel: string
  /** A destructive action gets the danger style. */
  danger?: boolean
  /** Runs the action; the dialog stays open, with the error, if it fails. */
  onConfirm: () => Promise<void>
  onClose: () => void
}

/**
 * A modal question: focus moves to "Cancel" when it opens, stays inside
 * while it is open (Tab wraps), Escape cancels, and focus returns to where it
 * was when it closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose }: Props) {
  const titleId = useId()
  const box = useRef<HTMLDivElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const before = document.activeElement
    cancel.current?.focus()
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'Tab') {
      const focusable = [...(box.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])]
      const first = focusable[0]
      const last = focusable.at(-1)
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault()
        last?.focus()
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault()
        first?.focus()
      }
    }
  }

  const confirm = () => {
    setBusy(true)
    setError(null)
    onConfirm().then(onClose, (e: unknown) => {
      setBusy(false)
      setError(describeError(e))
    })
  }

  return (
    <div className="confirm-backdrop">
      <div
        ref={box}
        className="panel confirm-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="confirm-body">{children}</div>
        <ErrorAlert message={error} />
        <div className="confirm-actions">
          <button ref={cancel} type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button-danger' : 'button-primary'}`}
            disabled={busy}
            onClick={confirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
