/**
 * An item's key points: the few things a candidate must say, one per line.
 * The flashcard back, the item page and the mock results show them; the
 * HTML comes from the build's rendering of the bank (trusted, see BankHtml).
 */
import { useId, type ReactNode, type Ref } from 'react'
import './key-points.css'

export function KeyPoints({
  points,
  children,
  ref,
}: {
  points: readonly string[]
  children?: ReactNode
  ref?: Ref<HTMLElement>
}) {
  const headingId = useId()
  if (points.length === 0) return null
  return (
    <section className="key-points" aria-labelledby={headingId} ref={ref}>
      <h2 id={headingId}>Key points</h2>
      <ul className="prose">
        {points.map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
      {children}
    </section>
  )
}

/** The references an item was checked against, at its foot. Plain links: the app never fetches them. */
export function Sources({ sources }: { sources: readonly string[] }) {
  const headingId = useId()
  if (sources.length === 0) return null
  return (
    <section className="item-sources" aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      <ul className="prose">
        {sources.map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ul>
    </section>
  )
}
