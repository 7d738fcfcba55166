/**
 * What the build writes into bank.html (build/prerender-plugin.ts): the app
 * as it first renders at /bank with no query, which src/main.tsx hydrates.
 * Rendered in Node at build time, never loaded by the app.
 */
import { renderToString } from 'react-dom/server'
import { Router } from 'wouter'
import { App, preloadScreen } from './app'

export async function prerenderBank(): Promise<string> {
  // As main.tsx does before its first render: the screen's code is in, so it renders at once.
  await preloadScreen('/bank')
  return renderToString(
    <Router ssrPath="/bank" ssrSearch="">
      <App />
    </Router>,
  )
}
