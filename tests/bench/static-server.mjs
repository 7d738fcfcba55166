// A minimal static file server on loopback for the bench: the built app at /
// (with clean URLs and the single-page fallback to index.html) and the baseline pages at
// /__bench/. No compression, no caching headers: both sides are served alike.
// Every response is cross-origin isolated (COOP and COEP), as the app's host
// must serve it: the FSRS optimizer needs SharedArrayBuffer.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
}

const fileIn = (root, pathname) => {
  const path = normalize(join(root, decodeURIComponent(pathname)))
  if (!path.startsWith(normalize(root))) return null
  try {
    return statSync(path).isFile() ? path : null
  } catch {
    return null
  }
}

export function startStaticServer({ app, bench }) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const file = pathname.startsWith('/__bench/')
      ? fileIn(bench, pathname.slice('/__bench'.length))
      : (fileIn(app, pathname) ??
        // Clean URLs as Vite's preview and most hosts serve them (/bank from bank.html), then the
        // single-page fallback.
        (extname(pathname) === '' ? (fileIn(app, `${pathname}.html`) ?? join(app, 'index.html')) : null))
    if (!file) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) })
    })
  })
}
