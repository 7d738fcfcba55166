import { useEffect, useRef, useState } from 'react'
import { useShortcuts } from '../../lib/use-shortcuts'

interface Props {
  value: string
  onChange: (value: string) => void
}

/** The search field; `/` focuses it from anywhere on the bank screen, Escape clears it. */
export function BankSearchBox({ value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null)
  // Local state keeps typing instant; the URL follows on every keystroke.
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])

  useShortcuts({
    '/': () => {
      input.current?.focus()
      input.current?.select()
    },
  })

  return (
    <div className="search-box" role="search">
      <label htmlFor="bank-search" className="visually-hidden">
        Search questions
      </label>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="search-icon">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={input}
        id="bank-search"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search questions, answers, tags"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          onChange(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== '') {
            e.preventDefault()
            setText('')
            onChange('')
          }
        }}
      />
      <kbd className="search-hint" aria-hidden="true">
        /
      </kbd>
    </div>
  )
}
