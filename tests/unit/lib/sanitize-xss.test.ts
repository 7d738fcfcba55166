import { describe, expect, it } from 'vitest'
import { loadHtmlSanitizer, loadUserMarkdown } from '../../../src/lib/user-markdown'
import { xssPayloads } from '../../fixtures/xss-payloads'

/** Everything in a sanitized fragment that could run script or load something active. */
function dangers(html: string): string[] {
  const box = document.createElement('div')
  box.innerHTML = html
  const found: string[] = []
  for (const el of box.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase()
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'form',
        'style',
        'link',
        'meta',
        'base',
        'template',
        'animate',
        'set',
      ].includes(tag)
    )
      found.push(`<${tag}>`)
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase()
      // Browsers ignore whitespace and control characters inside a URL's scheme.
      const value = [...attr.value]
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase()
      if (name.startsWith('on')) found.push(`${tag}[${name}]`)
      if (name === 'style') found.push(`${tag}[style]`)
      if (name === 'srcdoc') found.push(`${tag}[srcdoc]`)
      // Loading anything from elsewhere breaks the offline promise (and tells a tracker you looked).
      if (
        ['src', 'srcset', 'poster', 'background'].includes(name) &&
        /(^|\s|,)(https?:)?\/\//.test(attr.value)
      )
        found.push(`${tag}[${name}] remote`)
      // An image may be inlined as data: (imported media); nothing else may use a script-capable scheme.
      const imageData = tag === 'img' && name === 'src' && /^data:image\/(png|jpeg|gif|webp);/.test(value)
      if (
        !imageData &&
        ['href', 'src', 'xlink:href', 'action', 'formaction', 'data'].includes(name) &&
        /^(javascript|data|vbscript):/.test(value)
      )
        found.push(`${tag}[${name}=${value.slice(0, 12)}…]`)
    }
  }
  return found
}

describe('sanitizing user and imported content', () => {
  it.each(xssPayloads)('imported HTML: $name leaves nothing that can run', async ({ html }) => {
    const sanitize = await loadHtmlSanitizer()
    expect(dangers(sanitize(html))).toEqual([])
  })

  it.each(xssPayloads)('Markdown: $name leaves nothing that can run', async ({ html }) => {
    const render = await loadUserMarkdown()
    expect(dangers(render(html))).toEqual([])
  })

  it('keeps ordinary formatting from an imported deck', async () => {
    const sanitize = await loadHtmlSanitizer()
    expect(
      sanitize('<b>bold</b><br><img src="data:image/png;base64,AA=="><a href="https://example.com">docs</a>'),
    ).toBe(
      '<b>bold</b><br><img src="data:image/png;base64,AA=="><a href="https://example.com" target="_blank" rel="noopener noreferrer">docs</a>',
    )
    expect(sanitize('<img src="https://i.imgur.com/x.png">')).toBe(
      '<img alt="[image from i.imgur.com, not loaded: Backprep works offline]">',
    )
  })

  it('the checker itself finds what it looks for', () => {
    expect(dangers(`<img src=x onerror="x()"><a href=" javascript:x()">a</a><script></script>`)).toEqual([
      'img[onerror]',
      'a[href=javascript:x…]',
      '<script>',
    ])
  })
})
