// @vitest-environment node
// bank.html: the built index.html with the app's rendering of /bank in #root.
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes } from '../../../build/csp-plugin'
import { appMarkup, prerenderFrameScript, prerenderedPage } from '../../../build/prerender-plugin'
import { routePreloadScript } from '../../../build/route-preload-plugin'

const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-theme=' 'unsafe-eval'; style-src 'self'" />`
const index = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${csp}
    <title>Backprep</title>
    <script>theme()</script>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  <script>${routePreloadScript([{ path: '/bank', prefix: false, files: ['/assets/bank-screen-1.js'] }])}</script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

describe('the prerendered bank page', () => {
  const page = prerenderedPage(index, '<h1>Question bank</h1><ol><li>Row</li></ol>', {
    stylesheets: ['/assets/search-box-1.css', '/assets/bank-1.css'],
    modules: ['/assets/bank-screen-1.js', '/assets/summaries-1.js'],
  })

  it('holds the markup in #root, inert until the app takes it over, under the screen’s title', () => {
    expect(page).toContain('<div id="root" inert><h1>Question bank</h1><ol><li>Row</li></ol></div>')
    expect(page).not.toContain('<div id="root"></div>')
    expect(page).toContain('<title>Question bank · Backprep</title>')
  })

  it("links the bank's stylesheets and chunks in the head, in place of the route table's script", () => {
    const links = [...page.matchAll(/<link rel="(stylesheet|modulepreload)"[^>]*href="([^"]+)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    )
    expect(links).toEqual([
      'stylesheet /assets/index-1.css',
      'stylesheet /assets/search-box-1.css',
      'stylesheet /assets/bank-1.css',
      'modulepreload /assets/bank-screen-1.js',
      'modulepreload /assets/summaries-1.js',
    ])
    expect(page).not.toContain('var routes')
    expect(page.indexOf('</head>')).toBeGreaterThan(page.indexOf('summaries-1.js'))
  })

  it('runs its frame script before any stylesheet, allowed by its hash beside the others', () => {
    expect(page.indexOf(prerenderFrameScript)).toBeGreaterThan(page.indexOf('</title>'))
    expect(page.indexOf(prerenderFrameScript)).toBeLessThan(page.indexOf('<link rel="stylesheet"'))
    const policy = /content="([^"]*)"/.exec(page)?.[1] ?? ''
    const [frameHash] = inlineScriptHashes(`<script>${prerenderFrameScript}</script>`)
    expect(policy).toContain(`script-src 'self' ${frameHash} 'sha256-theme='`)
  })

  it('refuses an index.html it cannot fill', () => {
    const none = { stylesheets: [], modules: [] }
    expect(() => prerenderedPage(index.replace('<div id="root"></div>', ''), '', none)).toThrow(/root/)
    expect(() => prerenderedPage(index.replace(csp, ''), '', none)).toThrow(/CSP/)
  })

  it("drops React's leading resource hints, so #root holds only what the app renders", () => {
    expect(appMarkup('<link rel="preload" as="image" href="/favicon.svg"/><a href="#main">Skip</a>')).toBe(
      '<a href="#main">Skip</a>',
    )
  })
})

describe('the frame script', () => {
  /** Runs the script with #root as given; returns what it marked and the root's style. */
  function frameWith(search: string, root: { inert: boolean; hasChild: boolean } | null) {
    const marks: string[] = []
    const frames: (() => void)[] = []
    const style: Record<string, string> = {}
    const element = root && {
      firstChild: root.hasChild ? {} : null,
      hasAttribute: (name: string) => name === 'inert' && root.inert,
      style,
    }
    runInNewContext(prerenderFrameScript, {
      location: { search },
      document: { getElementById: () => element },
      performance: { mark: (name: string) => marks.push(name) },
      requestAnimationFrame: (f: () => void) => frames.push(f),
    })
    for (let i = 0; i < 3 && frames.length > 0; i++) frames.shift()!()
    return { marks, style, waiting: frames.length > 0 }
  }

  it('marks the first frame with the copy on screen', () => {
    expect(frameWith('', { inert: true, hasChild: true })).toEqual({
      marks: ['bank-first-render'],
      style: {},
      waiting: false,
    })
  })

  it('hides the copy when the address has a query: its rows would be the unfiltered ones', () => {
    expect(frameWith('?q=kafka', { inert: true, hasChild: true })).toEqual({
      marks: [],
      style: { visibility: 'hidden' },
      waiting: false,
    })
  })

  it('waits for #root to be parsed, and leaves a page the app already has alone', () => {
    expect(frameWith('', null).waiting).toBe(true)
    expect(frameWith('?q=x', { inert: false, hasChild: true })).toEqual({
      marks: [],
      style: {},
      waiting: false,
    })
  })
})
