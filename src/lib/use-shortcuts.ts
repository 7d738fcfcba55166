import { useEffect, useRef } from 'react'

export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>

const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'])

/** A field that takes typed text, where every key belongs to the field. */
const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !nonTextInputs.has(target.type)))

const isActivatable = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName)

/**
 * Single-key shortcuts on the page (`/`, `b`, Space, arrows), keyed by
 * `KeyboardEvent.key`. They stay out of the way of typing: nothing fires in a
 * text field, with a modifier held, or (for Space and Enter) on a focused
 * button or link, which keep their own meaning.
 */
export function useShortcuts(shortcuts: ShortcutMap): void {
  const ref = useRef(shortcuts)
  useEffect(() => {
    ref.current = shortcuts
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isEditable(event.target)) return
      if ((event.key === ' ' || event.key === 'Enter') && isActivatable(event.target)) return
      const handler = ref.current[event.key]
      if (handler) {
        event.preventDefault()
        handler(event)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
