/**
 * HTML the build rendered from the bank's own Markdown (raw HTML escaped by
 * markdown-it), so it is trusted. User and imported content must never come
 * through here: it goes through the sanitizer.
 */
import './prose.css'

export function BankHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div className={`prose${className ? ` ${className}` : ''}`} dangerouslySetInnerHTML={{ __html: html }} />
  )
}
