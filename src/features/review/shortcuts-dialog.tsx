import { ShortcutsDialog } from '../../components/shortcuts-dialog'

const keys: readonly (readonly [string, string])[] = [
  ['Space or Enter', 'Show the answer; on the answer, grade Good'],
  ['1 2 3 4', 'Grade Again, Hard, Good, Easy (on an mcq’s front: pick a choice)'],
  ['u or Ctrl+Z', 'Undo the last answer (several steps back)'],
  ['-', 'Bury the card until tomorrow'],
  ['@', 'Suspend the card'],
  ['*', 'Flag or unflag the card'],
  ['?', 'Show this list'],
]

/** Every review shortcut (`?`). */
export function ReviewShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return <ShortcutsDialog title="Review shortcuts" keys={keys} open={open} onClose={onClose} />
}
