// Renders the app's routes at a URL in memory, and exposes the history so a
// test can assert where the user ended up.
import { render } from '@testing-library/react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { App } from '../../src/app/app'

export function renderAt(url: string) {
  const [path = '/', search = ''] = url.split('?')
  const location = memoryLocation({ path, searchPath: search, record: true })
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <App />
    </Router>,
  )
  return { ...view, location }
}
