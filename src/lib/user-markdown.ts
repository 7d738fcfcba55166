/**
 * Markdown written by the user (or imported) → safe HTML. Raw HTML in the
 * Markdown is escaped, and the result goes through DOMPurify as well, so
 * nothing the user or an imported deck wrote can run script. Loaded on first
 * use: markdown-it and DOMPurify stay out of the first screen.
 */
export type RenderUserMarkdown = (markdown: string) => string

let pending: Promise<RenderUserMarkdown> | null = null

export function loadUserMarkdown(): Promise<RenderUserMarkdown> {
  pending ??= Promise.all([import('markdown-it'), import('dompurify')]).then(
    ([{ default: MarkdownIt }, { default: DOMPurify }]) => {
      const md = new MarkdownIt({ html: false, linkify: true, breaks: true })
      const purify = DOMPurify(window)
      purify.addHook('afterSanitizeAttributes', (node) => {
        if (node.tagName === 'A') {
          node.setAttribute('target', '_blank')
          node.setAttribute('rel', 'noopener noreferrer')
        }
      })
      return (markdown: string) =>
        purify.sanitize(md.render(markdown), { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'] })
    },
  )
  pending.catch(() => {
    pending = null
  })
  return pending
}
