import { describe, expect, it } from 'vitest'
import { loadUserMarkdown } from '../../../src/lib/user-markdown'

describe('user Markdown', () => {
  it('renders Markdown and escapes raw HTML', async () => {
    const render = await loadUserMarkdown()
    expect(render('**bold** `code`')).toBe('<p><strong>bold</strong> <code>code</code></p>\n')
    const html = render('<img src=x onerror=alert(1)><script>alert(2)</script>')
    expect(html).not.toMatch(/<img|<script/)
    expect(html).toContain('&lt;script&gt;')
  })

  it('drops javascript: links and opens others in a new tab', async () => {
    const render = await loadUserMarkdown()
    expect(render('[x](javascript:alert(1))')).not.toMatch(/href="javascript/i)
    expect(render('[docs](https://example.com)')).toContain('rel="noopener noreferrer"')
  })
})
