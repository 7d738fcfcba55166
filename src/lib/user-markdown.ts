/**
 * Markdown written by the user (or imported) → safe HTML. Raw HTML in the
 * Markdown is escaped, and the result goes through DOMPurify as well, so
 * nothing the user or an imported deck wrote can run script. Imported HTML
 * (an Anki field, a CSV with `#html:true`) goes through the same DOMPurify
 * configuration. Loaded on first use: markdown-it and DOMPurify stay out of
 * the first screen.
 */
/** Renders a card side: Markdown by default, or HTML from an imported deck. */
export type RenderUserMarkdown = (text: string, format?: 'markdown' | 'html') => string
export type SanitizeHtml = (html: string) => string

let pending: Promise<{ markdown: RenderUserMarkdown; html: SanitizeHtml }> | null = null

function load() {
  pending ??= Promise.all([import('markdown-it'), import('dompurify')]).then(
    ([{ default: MarkdownIt }, { default: DOMPurify }]) => {
      const md = new MarkdownIt({ html: false, linkify: true, breaks: true })
      const purify = DOMPurify(window)
      purify.addHook('afterSanitizeAttributes', (node) => {
        if (node.tagName === 'A') {
          node.setAttribute('target', '_blank')
          node.setAttribute('rel', 'noopener noreferrer')
        }
        // The app never loads anything from elsewhere: an image from the web is not fetched;
        // its alt text says where it was. Images inlined as data: URLs (imported media) show.
        if (node.tagName === 'IMG') {
          const src = node.getAttribute('src') ?? ''
          if (!/^data:image\//i.test(src)) {
            node.removeAttribute('src')
            const host = /^(?:https?:)?\/\/([^/]+)/i.exec(src)?.[1]
            node.setAttribute(
              'alt',
              host ? `[image from ${host}, not loaded: Backprep works offline]` : '[missing image]',
            )
          }
        }
      })
      const html: SanitizeHtml = (dirty) =>
        purify.sanitize(dirty, {
          USE_PROFILES: { html: true },
          FORBID_TAGS: [
            'style',
            'form',
            'input',
            'button',
            'textarea',
            'select',
            'video',
            'audio',
            'source',
            'track',
            'picture',
          ],
          FORBID_ATTR: ['style', 'srcset', 'poster', 'background'],
        })
      return {
        markdown: (text: string, format?: 'markdown' | 'html') =>
          html(format === 'html' ? text : md.render(text)),
        html,
      }
    },
  )
  pending.catch(() => {
    pending = null
  })
  return pending
}

export function loadUserMarkdown(): Promise<RenderUserMarkdown> {
  return load().then((m) => m.markdown)
}

/** For HTML from elsewhere (imported decks): the same sanitizer, without Markdown. */
export function loadHtmlSanitizer(): Promise<SanitizeHtml> {
  return load().then((m) => m.html)
}
