import { useEffect, useState } from 'react'
import { loadHtmlSanitizer, type SanitizeHtml } from '../../lib/user-markdown'

export interface PreviewRow {
  /** What the first column shows: the file's line, or the card's number. */
  label: number
  front: string
  back: string
  tags: readonly string[]
}

/** The first cards of an import as they will show: HTML through the sanitizer (loaded once), text as text. */
export function CardPreviewTable({
  rows,
  total,
  html,
  labelHeader,
}: {
  rows: readonly PreviewRow[]
  total: number
  html: boolean
  labelHeader: string
}) {
  const [sanitize, setSanitize] = useState<SanitizeHtml | null>(null)
  useEffect(() => {
    if (!html) return
    let live = true
    void loadHtmlSanitizer().then((s) => live && setSanitize(() => s))
    return () => {
      live = false
    }
  }, [html])
  const cell = (text: string) =>
    html && sanitize ? <td dangerouslySetInnerHTML={{ __html: sanitize(text) }} /> : <td>{text}</td>
  return (
    <table className="preview-table">
      <caption>
        {total > rows.length ? `The first ${rows.length} of ${total.toLocaleString()} cards` : 'The cards'}
      </caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">Front</th>
          <th scope="col">Back</th>
          <th scope="col">Tags</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td className="num">{r.label}</td>
            {cell(r.front)}
            {cell(r.back)}
            <td>{r.tags.join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
