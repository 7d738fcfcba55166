// @vitest-environment node
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const page = readFileSync('src/workers/sandbox.html', 'utf8')

describe('the code sandbox page', () => {
  it('allows its own script by hash, and nothing else: no network, no other scripts', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? ''
    const hash = createHash('sha256').update(script).digest('base64')
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? ''
    expect(policy).toBe(
      `default-src 'none'; script-src 'sha256-${hash}' 'unsafe-eval' blob:; worker-src blob:; connect-src 'none'`,
    )
  })
})

describe('the app’s Content-Security-Policy', () => {
  it('allows the sandbox page’s script by the same hash, and no other inline script', async () => {
    const { appContentSecurityPolicy, sandboxScriptHash } = await import('../../../build/csp-plugin')
    const policy = appContentSecurityPolicy(page)
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? ''
    expect(scriptSrc).toContain(sandboxScriptHash(page))
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/)
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("object-src 'none'")
    // Nothing from another origin: every source is a keyword, a hash or a local scheme.
    for (const directive of policy.split('; ')) {
      for (const source of directive.split(' ').slice(1))
        expect(source).toMatch(
          /^('self'|'none'|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-inline'|'sha256-[A-Za-z0-9+/=]+'|blob:|data:)$/,
        )
    }
  })

  it('allows each inline script of the app’s page by its own hash, and only as written', async () => {
    const { appContentSecurityPolicy, inlineScriptHashes } = await import('../../../build/csp-plugin')
    const appPage = readFileSync('index.html', 'utf8')
    const hashes = inlineScriptHashes(appPage)
    // The theme script: one inline script in the source page.
    expect(hashes).toHaveLength(1)
    const theme = /<script>([\s\S]*?)<\/script>/.exec(appPage)?.[1] ?? ''
    expect(hashes[0]).toBe(`'sha256-${createHash('sha256').update(theme).digest('base64')}'`)
    const scriptSrc =
      appContentSecurityPolicy(page, appPage)
        .split('; ')
        .find((d) => d.startsWith('script-src ')) ?? ''
    expect(scriptSrc).toContain(hashes[0])
    // A changed script is a different hash: an edit to the page cannot ride on the old allowance.
    const edited = appPage.replace('backprep:theme', 'backprep:other')
    expect(inlineScriptHashes(edited)[0]).not.toBe(hashes[0])
    // External scripts (with src) need no hash and get none.
    expect(inlineScriptHashes('<script src="/a.js"></script>')).toEqual([])
  })
})
