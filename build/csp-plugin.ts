/**
 * The app's Content-Security-Policy, added to the built index.html as a
 * meta tag (the dev server needs inline scripts and a WebSocket, so it goes
 * without). Own origin only; inline scripts only by hash.
 *
 * Three allowances, each for one feature:
 * - the code sandbox's page is an `srcdoc` iframe, which inherits this
 *   policy: its one inline script is allowed by hash, its worker comes from a
 *   `blob:` URL, and that worker evaluates the user's code (`'unsafe-eval'`);
 * - PGlite compiles PostgreSQL's WebAssembly (`'wasm-unsafe-eval'`);
 * - Monaco and React Flow set styles at run time (`style-src 'unsafe-inline'`).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/** The sha256 of an inline script's text, as CSP writes it. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`
}

/** The sha256 of the sandbox page's inline script, as CSP writes it. */
export function sandboxScriptHash(page: string): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1]
  if (script === undefined) throw new Error('src/workers/sandbox.html has no inline <script>')
  return scriptHash(script)
}

/** The sha256 of every inline script of a page (those without `src`), as CSP writes them. */
export function inlineScriptHashes(page: string): string[] {
  return [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => scriptHash(m[1]!))
}

/**
 * The policy for the app's page. `appPage` is the built index.html, whose
 * inline scripts (the theme applied before the first paint, the screen's
 * chunks preloaded) are allowed by hash.
 */
export function appContentSecurityPolicy(sandboxPage: string, appPage = ''): string {
  const hashes = [sandboxScriptHash(sandboxPage), ...inlineScriptHashes(appPage)].join(' ')
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes} 'unsafe-eval' 'wasm-unsafe-eval' blob:`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

export function cspPlugin(sandboxPath: string): Plugin {
  return {
    name: 'backprep-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = appContentSecurityPolicy(readFileSync(sandboxPath, 'utf8'), html)
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        )
      },
    },
  }
}
