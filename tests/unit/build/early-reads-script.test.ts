// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { earlyReadsScript } from '../../../build/route-preload-plugin'

const file = fileURLToPath(new URL('../../../src/lib/early-reads.ts', import.meta.url))
const script = earlyReadsScript(file, { userMarkdownFiles: [] })

/** Runs the inlined script at `pathname`; returns the global it leaves and the databases it opened. */
function runAt(pathname: string, journal: string[] = []) {
  const opened: string[] = []
  const context: Record<string, unknown> = {
    location: { pathname },
    localStorage: { length: journal.length, key: (i: number) => journal[i] ?? null },
    indexedDB: { open: (name: string) => (opened.push(name), {}) },
  }
  context.globalThis = context
  runInNewContext(script, context)
  return { early: context.__backprepEarlyReads as { path: string } | undefined, opened }
}

describe('the early reads script inlined in index.html', () => {
  it('is one classic script that reads the app database on /review and /stats', () => {
    expect(runAt('/review').opened).toEqual(['backprep'])
    expect(runAt('/stats').early?.path).toBe('/stats')
  })

  it('reads nothing elsewhere, or while the journal holds a change to replay', () => {
    expect(runAt('/bank')).toEqual({ early: undefined, opened: [] })
    expect(runAt('/review', ['backprep:journal:note:x'])).toEqual({ early: undefined, opened: [] })
  })
})
