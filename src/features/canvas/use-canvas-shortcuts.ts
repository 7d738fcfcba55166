import { useEffect } from 'react'
import { useCanvasStore } from './canvas-store'

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))

/**
 * Editing shortcuts while the canvas is open: Ctrl/Cmd + C, X, V, D, A, Z,
 * Shift+Z (or Y) for redo. Delete and Backspace are React Flow's own.
 */
export function useCanvasShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return
      const s = useCanvasStore.getState()
      if (!e.ctrlKey && !e.metaKey) {
        if (e.key === '?') {
          e.preventDefault()
          onHelp()
        }
        return
      }
      const key = e.key.toLowerCase()
      const run = (f: () => void) => {
        e.preventDefault()
        f()
      }
      if (key === 'z' && e.shiftKey) run(s.redo)
      else if (key === 'z') run(s.undo)
      else if (key === 'y') run(s.redo)
      else if (key === 'c') run(s.copy)
      else if (key === 'x') run(s.cut)
      else if (key === 'v') run(() => void s.paste())
      else if (key === 'd') run(() => void s.duplicate())
      else if (key === 'a') run(s.selectAll)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onHelp])
}
