/**
 * The heavy part of the offline copy: PostgreSQL (PGlite's engine, its data
 * directory and the SQL worker), Monaco's editor and TypeScript worker, the
 * FSRS optimizer's WebAssembly and the Anki importer's SQLite. About 34 MB of
 * the 40 MB the app is.
 *
 * These stay out of the service worker's precache, whose install is all or
 * nothing: with them in, the shell, the bank, review and the canvas would not
 * work offline until every megabyte had arrived. Instead the service worker
 * serves them cache-first from their own cache, and the app fills that cache
 * in the background once the core is installed (src/lib/offline-warm.ts),
 * from the list this plugin writes at build time.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { heavyCacheName, heavyListUrl } from '../src/lib/offline-warm.ts'

/** The cache the service worker serves them from: the one the app fills. */
export { heavyCacheName }

/** File-name stems (before the build's 8-character hash) of the heavy files. */
const heavyStems = [
  'pglite',
  'pglite-datadir',
  'initdb',
  'sql.worker',
  'ts.worker',
  'editor.worker',
  'editor.api',
  'code-editor',
  'fsrs_browser_bg',
  'sql-wasm',
]

const stems = heavyStems.map((s) => s.replace(/[.]/g, '\\.')).join('|')

/** Matches a heavy file's URL (or path): `/assets/<stem>-<hash>.<js|wasm|data|tgz>`. */
export const heavyAssetPattern = new RegExp(`/assets/(?:${stems})-[\\w-]{8}\\.(?:js|wasm|data|tgz)$`)

/** The same files as globs relative to the built app, for the precache to leave out. */
export const heavyAssetGlobs = heavyStems.map((s) => `assets/${s}-????????.{js,wasm,data,tgz}`)

/** Writes `offline-heavy.json`: the heavy files' URLs and their total size. */
export function offlineHeavyPlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'backprep:offline-heavy',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      const files = readdirSync(join(outDir, 'assets'))
        .map((name) => `/assets/${name}`)
        .filter((url) => heavyAssetPattern.test(url))
        .sort()
      const bytes = files.reduce((sum, url) => sum + statSync(join(outDir, url)).size, 0)
      writeFileSync(join(outDir, heavyListUrl), JSON.stringify({ files, bytes }, null, 1) + '\n')
    },
  }
}
