/**
 * On a cold load of a deep link (/bank, /review, /stats, /canvas/…), the
 * screen's code used to be requested only after the entry chunk had loaded
 * and run: two round trips and two compiles in a row. This plugin puts a tiny
 * inline script in the built index.html (allowed by its hash in the CSP): it
 * knows each screen's chunks (the screen's module and everything it imports
 * statically, the bank's data included) and adds `<link rel="modulepreload">`
 * for the current path, so they download and compile beside the entry.
 */
import type { Plugin } from 'vite'

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

/** The classic script: the route table and a few lines that add the links for `location.pathname`. */
export function routePreloadScript(routes: { path: string; prefix: boolean; files: string[] }[]): string {
  return `(function () {
  var routes = ${JSON.stringify(routes)};
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

export function routePreloadPlugin(): Plugin {
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
        const byFile = new Map(chunks.map((c) => [c.fileName, c]))
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName))
        /** A chunk and every chunk it imports statically, the entry's (already loading) left out. */
        const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(fileName) || entries.has(fileName)) return seen
          seen.add(fileName)
          for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, seen)
          return seen
        }
        const routes = routeScreens.flatMap((route) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(route.module))
          if (!chunk) return []
          const files = [...closure(chunk.fileName)].map((f) => base + f)
          return [{ path: route.path, prefix: route.prefix, files }]
        })
        if (routes.length === 0) this.warn('route-preload: no screen chunk found')
        return html.replace('</head>', `  <script>${routePreloadScript(routes)}</script>\n  </head>`)
      },
    },
  }
}
