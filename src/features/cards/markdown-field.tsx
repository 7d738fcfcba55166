import { useId } from 'react'

interface Props {
  label: string
  hint: string
  value: string
  error: string | undefined
  autoFocus?: boolean
  onChange: (value: string) => void
}

/** A Markdown textarea with its label, a hint, and the reason it cannot be saved right beside it. */
export function MarkdownField({ label, hint, value, error, autoFocus, onChange }: Props) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={value}
        autoFocus={autoFocus}
        spellCheck
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
