import { useEffect, useState } from 'react'
import { loadHtmlSanitizer, type SanitizeHtml } from '../../lib/user-markdown'

/** A field as the card will show it: HTML through the sanitizer, text as text. */
export function PreviewCell({ text, html }: { text: string; html: boolean }) {
  const [sanitize, setSanitize] = useState<SanitizeHtml | null>(null)
  useEffect(() => {
    if (!html) return
    let live = true
    void loadHtmlSanitizer().then((s) => live && setSanitize(() => s))
    return () => {
      live = false
    }
  }, [html])
  if (html && sanitize) return <td dangerouslySetInnerHTML={{ __html: sanitize(text) }} />
  return <td>{text}</td>
}
