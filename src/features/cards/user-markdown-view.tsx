import type { RenderUserMarkdown } from '../../lib/user-markdown'
import '../../components/prose.css'

interface Props {
  markdown: string
  render: RenderUserMarkdown | null
  className?: string
  /** Imported cards may be HTML. */
  format?: 'markdown' | 'html'
}

/**
 * Markdown the user wrote or imported, as HTML that went through the sanitizer.
 * Until the renderer has loaded, the text shows as it was typed (React escapes it).
 */
export function UserMarkdownView({ markdown, render, className, format }: Props) {
  const classes = `prose${className ? ` ${className}` : ''}`
  if (!render) return <div className={`${classes} user-markdown-raw`}>{markdown}</div>
  return <div className={classes} dangerouslySetInnerHTML={{ __html: render(markdown, format) }} />
}
