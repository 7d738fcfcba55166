import { useEffect, useRef, useState } from 'react'
import { useShortcuts } from '../lib/use-shortcuts'
import './search-box.css'

interface Props {
  /** Unique on the page: the input's id. */
  id: string
  /** The field's accessible name, e.g. "Search questions". */
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
}

/** A screen's search field; `/` focuses it from anywhere on the screen, Escape clears it. */
export function SearchBox({ id, label, placeholder, value, onChange }: Props) {
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
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="search-icon">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={input}
        id={id}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
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
