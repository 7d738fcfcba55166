// The baseline for bankFirstRenderMs: a bare React page that renders a list
// of as many rows as the bank has, with nothing else (no router, no data
// chunk, no styles), and marks when it is on screen the same way the bank does.
import { useEffect } from 'react'
import { createRoot } from 'react-dom/client'

const rows = Number(new URLSearchParams(location.search).get('n') ?? '100')

function BareList() {
  useEffect(() => {
    performance.mark('bare-first-render')
  }, [])
  return (
    <ol aria-label="Rows">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i}>
          <a href={`#${i}`}>Row {i}: what happens when a cache key expires under load?</a>
          <span> Topic · Mid · Card</span>
        </li>
      ))}
    </ol>
  )
}

createRoot(document.getElementById('root')!).render(<BareList />)
