// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { heavyAssetGlobs, heavyAssetPattern, heavyCacheName } from '../../../build/offline-heavy'
import { heavyCacheName as appHeavyCacheName } from '../../../src/lib/offline-warm'

describe('the heavy part of the offline copy', () => {
  it('is PostgreSQL, Monaco, the optimizer’s and the importer’s WebAssembly, by file name', () => {
    for (const url of [
      '/assets/pglite-VfT9wtrq.wasm',
      '/assets/pglite-BE2Di5Vw.data',
      '/assets/pglite-datadir-Cl0SGegk.tgz',
      '/assets/initdb-BJaOLL_I.wasm',
      '/assets/sql.worker-BzwzMgNC.js',
      '/assets/ts.worker-CVbFdYz4.js',
      '/assets/editor.worker-CX7Cj20z.js',
      '/assets/editor.api-3f1ncUk3.js',
      '/assets/code-editor-Bt8ltLZp.js',
      '/assets/fsrs_browser_bg-Bh4aITD1.wasm',
      '/assets/sql-wasm-CbWyWKgW.wasm',
      'https://backprep.test/assets/sql-wasm-BTBSjMmX.js',
    ])
      expect(heavyAssetPattern.test(url), url).toBe(true)
  })

  it('leaves the core in the precache: the shell, the bank’s items (even those named after SQL), styles', () => {
    for (const url of [
      '/assets/index-eOHpgj2W.js',
      '/assets/sql-index-design-explain-drpFQFf0.js',
      '/assets/sql-NEE52Syq.js',
      '/assets/code-editor-n7clI0si.css',
      '/assets/code-bounded-worker-pool-CT1KVVRK.js',
      '/assets/fsrs_browser-BOor49yP.js',
      '/assets/search-docs-CJGEVSsq.js',
      '/index.html',
    ])
      expect(heavyAssetPattern.test(url), url).toBe(false)
  })

  it('is left out of the precache by globs that name the same files', () => {
    expect(heavyAssetGlobs).toContain('assets/pglite-????????.{js,wasm,data,tgz}')
    for (const glob of heavyAssetGlobs) {
      for (const ext of ['js', 'wasm', 'data', 'tgz']) {
        const file = '/' + glob.replace('????????', 'Ab_-1234').replace('{js,wasm,data,tgz}', ext)
        expect(heavyAssetPattern.test(file), file).toBe(true)
      }
    }
  })

  it('is served from the cache the app fills', () => {
    expect(heavyCacheName).toBe(appHeavyCacheName)
  })
})
