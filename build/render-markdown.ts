/**
 * Markdown → HTML for the bank, at build time only: markdown-it with raw HTML
 * off (escaped) and highlight.js, so the browser gets finished, class-based
 * markup and no highlighter ships to the client.
 */
import hljs from 'highlight.js'
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({
  html: false,
  linkify: false,
  typographer: false,
  highlight(code, lang) {
    const language = lang && hljs.getLanguage(lang) ? lang : null
    if (language === null) return ''
    return hljs.highlight(code, { language, ignoreIllegals: true }).value
  },
})

// External links leave the app in a new tab and carry no referrer.
const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]
  const href = String(token?.attrGet('href') ?? '')
  if (token && /^https?:/.test(href)) {
    token.attrSet('target', '_blank')
    token.attrSet('rel', 'noopener noreferrer')
  }
  return defaultLinkOpen(tokens, idx, options, env, self)
}

export function renderMarkdown(markdown: string): string {
  return md.render(markdown)
}

/** Renders Markdown that should stay on one line (an mcq choice): no wrapping <p>. */
export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown)
}

/** The text a reader sees, without markup: for search and list titles. */
export function markdownToText(markdown: string): string {
  const out: string[] = []
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'inline') {
      out.push((token.children ?? []).map((c) => (c.type === 'softbreak' ? ' ' : c.content)).join(''))
    } else if (token.type === 'fence' || token.type === 'code_block') {
      out.push(token.content)
    }
  }
  return out
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** The first paragraph of a Markdown text, as plain text. */
export function firstParagraphText(markdown: string): string {
  const tokens = md.parse(markdown, {})
  const first = tokens.findIndex((t) => t.type === 'inline')
  const token = first === -1 ? undefined : tokens[first]
  if (!token) return markdownToText(markdown)
  return (token.children ?? [])
    .map((c) => (c.type === 'softbreak' ? ' ' : c.content))
    .join('')
    .trim()
}
