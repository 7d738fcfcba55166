// @vitest-environment node
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { routePreloadScript, routeScreens } from '../../../build/route-preload-plugin'
import { sqlIdPrefix } from '../../../src/domain/content/parse-item-source'

const routes = [
  { path: '/bank', prefix: false, files: ['/assets/bank.js', '/assets/summaries.js'] },
  { path: '/bank/', prefix: true, files: ['/assets/item.js'] },
]

/** Runs the generated script against a fake document at `pathname`; returns the preloaded hrefs. */
function preloadedAt(pathname: string): string[] {
  const links: { rel: string; href: string }[] = []
  runInNewContext(routePreloadScript(routes), {
    location: { pathname },
    document: {
      createElement: () => ({ rel: '', href: '' }),
      head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
    },
  })
  expect(links.every((l) => l.rel === 'modulepreload')).toBe(true)
  return links.map((l) => l.href)
}

describe('route preload script', () => {
  it('preloads the chunks of the screen at an exact path', () => {
    expect(preloadedAt('/bank')).toEqual(['/assets/bank.js', '/assets/summaries.js'])
  })

  it('matches a prefix route only with something after the prefix', () => {
    expect(preloadedAt('/bank/http-caching')).toEqual(['/assets/item.js'])
    expect(preloadedAt('/bank/')).toEqual([])
  })

  it('preloads nothing on the home screen or an unknown path', () => {
    expect(preloadedAt('/')).toEqual([])
    expect(preloadedAt('/nowhere')).toEqual([])
  })

  it('starts PostgreSQL early on the pages of sql exercises, by the id prefix the content rules reserve', () => {
    const chunks = readFileSync(new URL('../../../src/app/screen-chunks.ts', import.meta.url), 'utf8')
    expect(chunks).toContain(`path.startsWith('/exercises/${sqlIdPrefix}')`)
  })

  it('knows a screen module for every route the app declares', () => {
    const app = readFileSync(new URL('../../../src/app/app.tsx', import.meta.url), 'utf8')
    const declared = [...app.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]!)
    expect(declared.length).toBeGreaterThan(10)
    for (const path of declared.filter((p) => p !== '/')) {
      const prefix = path.includes('/:')
      const key = prefix ? path.slice(0, path.indexOf(':')) : path
      expect(
        routeScreens.some((r) => r.path === key && r.prefix === prefix),
        path,
      ).toBe(true)
    }
    for (const route of routeScreens) {
      expect(
        readFileSync(new URL(`../../../${route.module}`, import.meta.url), 'utf8').length,
      ).toBeGreaterThan(0)
    }
  })
})
