import { ShortcutsDialog } from '../../components/shortcuts-dialog'

const keys: readonly (readonly [string, string])[] = [
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
  return <ShortcutsDialog title="Canvas shortcuts" keys={keys} open={open} onClose={onClose} />
}
