import type { ReactNode } from 'react'

/** An error the user must see, announced as it appears; nothing when there is none. */
export function ErrorAlert({ message }: { message: ReactNode }) {
  return message ? (
    <p className="error-box" role="alert">
      {message}
    </p>
  ) : null
}
