/**
 * The bank's first screenful in the HTML: `bank.html`, served for /bank.
 *
 * A cold load of /bank used to paint nothing until the entry, the bank's
 * chunks and React had run (about 1.3× a bare React page). At build time this
 * plugin renders the app at /bank (src/app/prerender.tsx: the layout and the
 * bank screen with its first rows, as their first client render) and writes
 * it into a copy of the built index.html, with the bank's stylesheets and
 * chunks linked, so the list paints as soon as the HTML and CSS are in. When
 * the app starts, main.tsx hydrates it: React adopts the same DOM, nothing
 * blanks or moves, and focus and scroll stay where they are.
 *
 * Until then #root is `inert`: the copy's links and search box take no input
 * before React has them (main.tsx lifts it in the hydrating commit). A /bank
 * address with a query (a search, filters) hides the copy, since its rows
 * would be the unfiltered ones, and React renders over it instead.
 *
 * Hosts serve /bank from bank.html by the usual clean-URL rule (Vite's
 * preview, the service worker's precache, Netlify, nginx `try_files $uri
 * $uri.html /index.html`); one that does not serves index.html, as before.
 */
import type { OutputAsset, OutputChunk } from 'rolldown'
import { createServer, type Plugin } from 'vite'
import { scriptHash } from './csp-plugin.ts'
import { screenChunks, withoutRoutePreloadScript } from './route-preload-plugin.ts'

/**
 * In the head, before any stylesheet (a script after one would wait for it, and hold the parser
 * and the app's start with it). At the first frame with the copy in #root, before it paints: hides
 * the copy when the address has a query (its rows would be the unfiltered ones), or marks that the
 * list is on screen (`bank-first-render`, read by `npm run bench`).
 */
export const prerenderFrameScript = `(function () {
  function frame() {
    var root = document.getElementById('root');
    if (!root || !root.firstChild) return requestAnimationFrame(frame);
    if (!root.hasAttribute('inert')) return;
    if (location.search !== '') root.style.visibility = 'hidden';
    else performance.mark('bank-first-render');
  }
  requestAnimationFrame(frame);
})();`

/**
 * The prerendered page from the built index.html: the markup in #root, inert; the bank's
 * stylesheets and chunks linked after the entry's stylesheet; the frame script first in the head,
 * allowed by its hash in the CSP; the tab's title the one the screen sets (lib/use-document-title).
 */
export function prerenderedPage(
  indexHtml: string,
  markup: string,
  assets: { stylesheets: string[]; modules: string[] },
  title = 'Question bank · Backprep',
): string {
  const emptyRoot = '<div id="root"></div>'
  if (!indexHtml.includes(emptyRoot)) throw new Error('prerender: index.html has no empty <div id="root">')
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/
  if (!csp.test(indexHtml)) throw new Error('prerender: index.html has no script-src in its CSP')
  const entryCss = /<link rel="stylesheet"[^>]*>/.exec(indexHtml)?.[0]
  if (!entryCss) throw new Error('prerender: index.html links no stylesheet')
  if (!/<title>[^<]*<\/title>/.test(indexHtml)) throw new Error('prerender: index.html has no <title>')
  const links = [
    ...assets.stylesheets.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
    ...assets.modules.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
  ]
    .map((link) => `\n    ${link}`)
    .join('')
  // The page is for one route: its chunks are plain links, found by the preload scanner as the HTML
  // arrives, instead of the route table's script (which waits for the entry's stylesheet, and holds
  // the parser, and so the copy's paint, until then).
  return withoutRoutePreloadScript(indexHtml)
    .replace(csp, `$1 ${scriptHash(prerenderFrameScript)}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>\n    <script>${prerenderFrameScript}</script>`)
    .replace(entryCss, `${entryCss}${links}`)
    .replace(emptyRoot, `<div id="root" inert>${markup}</div>`)
}

/**
 * React's markup without the resource hints it puts first (a preload of the logo): #root must hold
 * exactly what the app renders, or hydration fails.
 */
export function appMarkup(rendered: string): string {
  return rendered.replace(/^(<link rel="preload"[^>]*\/>)+/, '')
}

export function prerenderPlugin(configFile: string): Plugin {
  let base = '/'
  return {
    name: 'backprep-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html'] as OutputAsset | undefined
      if (!index) return // a worker's or a library's build
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
      const screen = screenChunks(chunks, 'src/features/bank/bank-screen.tsx')
      if (!screen) throw new Error('prerender: no chunk for src/features/bank/bank-screen.tsx')
      const stylesheets = screen.stylesheets.map((css) => base + css)
      const modules = screen.files.map((f) => base + f)

      // The same components as the app, rendered by Vite's SSR loader with the project's config.
      const server = await createServer({
        configFile,
        mode: 'production',
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      })
      try {
        const { prerenderBank } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          prerenderBank: () => Promise<string>
        }
        this.emitFile({
          type: 'asset',
          fileName: 'bank.html',
          source: prerenderedPage(String(index.source), appMarkup(await prerenderBank()), {
            stylesheets,
            modules,
          }),
        })
      } finally {
        await server.close()
      }
    },
  }
}
