import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { bankPlugin } from './build/bank-plugin.ts'
import { classicScriptPlugin } from './build/classic-script-plugin.ts'
import { cspPlugin } from './build/csp-plugin.ts'
import {
  heavyAssetGlobs,
  heavyAssetPattern,
  heavyCacheName,
  offlineHeavyPlugin,
} from './build/offline-heavy.ts'
import { pgliteDataDirPlugin } from './build/pglite-datadir-plugin.ts'
import { prerenderPlugin } from './build/prerender-plugin.ts'
import { routePreloadPlugin } from './build/route-preload-plugin.ts'

/**
 * Cross-origin isolation: the FSRS optimizer (fsrs-browser, WebAssembly with
 * threads) needs SharedArrayBuffer, which a page has only when its document
 * and its workers are served with these two headers. Every response gets them
 * (a dedicated worker of an isolated page must send COEP too); a host that
 * serves the built app must send them as well (README, "Hosting").
 */
const crossOriginIsolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
}

export default defineConfig({
  plugins: [
    bankPlugin(),
    classicScriptPlugin(),
    routePreloadPlugin(fileURLToPath(new URL('./src/lib/early-reads.ts', import.meta.url))),
    offlineHeavyPlugin(),
    cspPlugin(fileURLToPath(new URL('./src/workers/sandbox.html', import.meta.url))),
    prerenderPlugin(fileURLToPath(import.meta.url)),
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Backprep — backend interview practice',
        short_name: 'Backprep',
        description:
          'Offline practice for backend-engineering interviews: question bank, flashcards, design canvas and timed mocks.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#0f1115',
        theme_color: '#2f5bd3',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm,data,tgz,woff2,ttf}'],
        // The precache is the core (shell, bank, review, canvas), installed at once; the heavy
        // part (PostgreSQL, Monaco, the optimizer) is served from its own cache, filled in the
        // background after the core is in (build/offline-heavy.ts, src/lib/offline-warm.ts).
        globIgnores: ['**/node_modules/**/*', ...heavyAssetGlobs],
        runtimeCaching: [
          {
            urlPattern: heavyAssetPattern,
            handler: 'CacheFirst',
            options: {
              cacheName: heavyCacheName,
              cacheableResponse: { statuses: [200] },
              // Hashed, immutable files: a `Vary: Origin` from the host (Vite's preview sends one)
              // must not make a module script's request, which carries Origin, miss the copy.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Take control on the first visit, so the app works offline from then on.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: [
      // Dexie's default entry wraps its UMD build (about 10 KB more gzipped);
      // the ES module build is the same library, tree-shaken and smaller.
      {
        find: /^dexie$/,
        replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)),
      },
      // Monaco's ESM sources by path: its package exports map every subpath to
      // `.js`, which hides the CSS its contributions import.
      {
        find: /^monaco-esm\//,
        replacement: fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url)),
      },
      // SES's lockdown as one classic script, which its package does not export: the
      // code sandbox's worker runs it before the test runtime (src/lib/code-sandbox.ts).
      {
        find: /^ses-dist\//,
        replacement: fileURLToPath(new URL('./node_modules/ses/dist/', import.meta.url)),
      },
      // PGlite's engine files, which its package does not export: the SQL worker
      // downloads them itself, to show progress.
      {
        find: /^pglite-dist\//,
        replacement: fileURLToPath(new URL('./node_modules/@electric-sql/pglite/dist/', import.meta.url)),
      },
    ],
  },
  // PGlite finds its files next to its modules; pre-bundling would move it away from them.
  // Monaco's `?worker` imports must reach Vite's worker plugin, not the dependency optimizer
  // (pre-bundled, they lose their default export and the editor fails in `npm run dev`).
  // fsrs-browser finds its WebAssembly and its thread helper next to its module, too.
  optimizeDeps: { exclude: ['@electric-sql/pglite', 'monaco-esm', 'monaco-editor', 'fsrs-browser'] },
  server: { headers: crossOriginIsolationHeaders },
  preview: { headers: crossOriginIsolationHeaders },
  // The SQL worker imports the build-time data directory.
  worker: { format: 'es', plugins: () => [pgliteDataDirPlugin()] },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Through Vite, so it shares the aliased Dexie above (one Dexie, one liveQuery).
    server: { deps: { inline: ['dexie-react-hooks'] } },
  },
})
