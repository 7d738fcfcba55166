// Every end-to-end test runs through this fixture: it records every request
// the browser makes (pages and service worker) and fails the test if one
// leaves the app's origin. The app is offline-first: nothing goes elsewhere.
import { test as base, expect } from '@playwright/test'

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin
      const outside: string[] = []
      context.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== origin) outside.push(url)
      })
      await use(outside)
      expect(outside, 'requests that left the app’s origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
