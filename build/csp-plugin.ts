/**
 * The app's Content-Security-Policy, added to the built index.html as a
 * meta tag (the dev server needs inline scripts and a WebSocket, so it goes
 * without). Own origin only; no inline script.
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

/** The sha256 of the sandbox page's inline script, as CSP writes it. */
export function sandboxScriptHash(page: string): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1]
  if (script === undefined) throw new Error('src/workers/sandbox.html has no inline <script>')
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`
}

export function appContentSecurityPolicy(sandboxPage: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${sandboxScriptHash(sandboxPage)} 'unsafe-eval' 'wasm-unsafe-eval' blob:`,
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
        const policy = appContentSecurityPolicy(readFileSync(sandboxPath, 'utf8'))
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        )
      },
    },
  }
}
