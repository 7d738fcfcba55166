/**
 * Two inline scripts that start a cold load's work before the entry has run.
 *
 * On a cold load of a deep link (/bank, /review, /stats, /canvas/…), the
 * screen's code used to be requested only after the entry chunk had loaded
 * and run: two round trips and two compiles in a row. This plugin puts a tiny
 * inline script in the built index.html (allowed by its hash in the CSP): it
 * knows each screen's chunks (the screen's module and everything it imports
 * statically, the bank's data included) and adds `<link rel="modulepreload">`
 * for the current path, so they download and compile beside the entry.
 */
import { readFileSync } from 'node:fs'
import type { OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'
import type { EarlyReadsOptions } from '../src/lib/early-reads.ts'
import { toClassicScript } from './classic-script-plugin.ts'

/** Which screen module serves a path: exact paths, then prefixes. Mirrors src/app/app.tsx. */
export const routeScreens: { path: string; prefix: boolean; module: string }[] = [
  { path: '/bank', prefix: false, module: 'src/features/bank/bank-screen.tsx' },
  { path: '/bank/', prefix: true, module: 'src/features/bank/item-screen.tsx' },
  { path: '/review', prefix: false, module: 'src/features/review/review-screen.tsx' },
  { path: '/stats', prefix: false, module: 'src/features/stats/stats-screen.tsx' },
  { path: '/cards', prefix: false, module: 'src/features/cards/card-browser-screen.tsx' },
  { path: '/canvas', prefix: false, module: 'src/features/canvas/diagram-list-screen.tsx' },
  { path: '/canvas/', prefix: true, module: 'src/features/canvas/canvas-screen.tsx' },
  { path: '/exercises', prefix: false, module: 'src/features/exercises/exercise-list-screen.tsx' },
  { path: '/exercises/', prefix: true, module: 'src/features/exercises/exercise-screen.tsx' },
  { path: '/mock', prefix: false, module: 'src/features/mock/mock-home-screen.tsx' },
  { path: '/mock/', prefix: true, module: 'src/features/mock/mock-screen.tsx' },
  { path: '/settings', prefix: false, module: 'src/features/settings/settings-screen.tsx' },
  { path: '/data', prefix: false, module: 'src/features/import/data-screen.tsx' },
]

export interface RoutePreload {
  path: string
  prefix: boolean
  /** The screen's chunks not already loading with the entry. */
  files: string[]
}

const routeTableStart = '(function () {\n  var routes = '

/** The classic script: the route table and a few lines that add the links for `location.pathname`. */
export function routePreloadScript(routes: RoutePreload[]): string {
  return `${routeTableStart}${JSON.stringify(routes)};
  var path = location.pathname;
  for (var i = 0; i < routes.length; i++) {
    var r = routes[i];
    if (r.prefix ? path.indexOf(r.path) === 0 && path.length > r.path.length : path === r.path) {
      for (var j = 0; j < r.files.length; j++) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = r.files[j];
        document.head.appendChild(link);
      }
      return;
    }
  }
})();
`
}

/**
 * The chunks a screen's module needs beyond what the page loads anyway (the entry and its static
 * imports, which Vite links itself): its own chunk and every chunk it imports statically. Also the
 * stylesheets those chunks bring, but the entry's. `null` when no chunk is the module's.
 */
export function screenChunks(
  chunks: OutputChunk[],
  module: string,
): { files: string[]; stylesheets: string[] } | null {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (fileName: string, skip: Set<string>, seen = new Set<string>()): Set<string> => {
    if (seen.has(fileName) || skip.has(fileName)) return seen
    seen.add(fileName)
    for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, skip, seen)
    return seen
  }
  const screen = chunks.find((c) => c.facadeModuleId?.endsWith(module))
  if (!screen) return null
  const withEntry = new Set<string>()
  for (const entry of chunks.filter((c) => c.isEntry)) closure(entry.fileName, new Set(), withEntry)
  const files = [...closure(screen.fileName, withEntry)]
  const cssOf = (fileNames: Iterable<string>) =>
    [...fileNames].flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])])
  const entryCss = new Set(cssOf(withEntry))
  return { files, stylesheets: [...new Set(cssOf(files))].filter((css) => !entryCss.has(css)) }
}

/** A page without the route preload script: for a page made for one route, which links its chunks. */
export function withoutRoutePreloadScript(html: string): string {
  const start = html.indexOf(`<script>${routeTableStart}`)
  if (start < 0) throw new Error('route-preload: the page has no route preload script')
  const end = html.indexOf('</script>', start) + '</script>'.length
  return html.slice(0, start).trimEnd() + html.slice(end)
}

/**
 * The early reads (src/lib/early-reads.ts) as one classic script that starts them: on /review
 * and /stats the IndexedDB reads of the first paint start before any module has downloaded.
 * Given the chunks of the Markdown renderer to preload once the reads find user cards.
 */
export function earlyReadsScript(file: string, options: EarlyReadsOptions): string {
  return toClassicScript(file, `${readFileSync(file, 'utf8')}\nstartEarlyReads(${JSON.stringify(options)})\n`)
}

/** `earlyReadsFile`: src/lib/early-reads.ts, inlined first in the head (see earlyReadsScript). */
export function routePreloadPlugin(earlyReadsFile: string): Plugin {
  let base = '/'
  return {
    name: 'backprep-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      // After Vite has written its own tags, before the CSP plugin hashes the inline scripts.
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
        const routes = routeScreens.flatMap((route): RoutePreload[] => {
          const files = screenChunks(chunks, route.module)?.files.map((f) => base + f)
          return files ? [{ path: route.path, prefix: route.prefix, files }] : []
        })
        if (routes.length === 0) this.warn('route-preload: no screen chunk found')
        // The chunks lib/user-markdown imports on first use (markdown-it, DOMPurify).
        const renderer = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('src/lib/user-markdown.ts')))
        if (!renderer) throw new Error('route-preload: no chunk holds src/lib/user-markdown.ts')
        const early = earlyReadsScript(earlyReadsFile, {
          userMarkdownFiles: renderer.dynamicImports.map((f) => base + f),
        })
        if (!html.includes('</title>')) throw new Error('route-preload: index.html has no <title>')
        return html
          .replace('</title>', `</title>\n    <script>${early}</script>`)
          .replace('</head>', `  <script>${routePreloadScript(routes)}</script>\n  </head>`)
      },
    },
  }
}
