import { useId, type ReactNode } from 'react'

/**
 * The full model answer, folded behind one control (key `f`): the back of a
 * card leads with its key points, and the essay is there when wanted. Folded
 * again for every new card.
 */
export function FullAnswer({
  open,
  onToggle,
  children,
}: {
  open: boolean
  onToggle: () => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <div className="full-answer">
      <button
        type="button"
        className="button button-quiet full-answer-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={onToggle}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Full answer <kbd aria-hidden="true">f</kbd>
      </button>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  )
}
