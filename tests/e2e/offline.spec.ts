import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Waits until a service worker has installed the core and controls the page. */
async function coreInstalled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve))
    }
  })
}

test('after one visit the app, the whole bank and search work offline', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()
  // Cross-origin isolated (COOP and COEP), as the FSRS optimizer's threads need.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true)
  await coreInstalled(page)

  await context.setOffline(true)
  const bankPage = await page.goto('/bank')
  // From the precache: bank.html, with the list's first screenful in the HTML.
  expect(bankPage?.fromServiceWorker()).toBe(true)
  expect(await bankPage?.text()).toContain('class="bank-row"')
  await expect(page.getByRole('heading', { name: 'Question bank' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Question bank' })).toBeVisible()
  // The service worker's cached navigations keep the isolation headers.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await page.getByRole('searchbox', { name: 'Search questions' }).fill('stampede')
  const hit = page.getByRole('list', { name: 'Questions' }).getByRole('link').first()
  await expect(hit).toBeVisible()
  await hit.click()
  await page.getByRole('button', { name: 'Show answer' }).click()
  await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible()
  await context.setOffline(false)
})

test('the core works offline before PostgreSQL and the editor have downloaded; they follow in the background', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()
  await coreInstalled(page)
  const heavy = (await page.evaluate(async () => (await fetch('/offline-heavy.json')).json())) as {
    files: string[]
  }
  expect(heavy.files.some((f) => /\/pglite-[\w-]{8}\.wasm$/.test(f))).toBe(true)
  expect(heavy.files.some((f) => /\/ts\.worker-[\w-]{8}\.js$/.test(f))).toBe(true)
  // The precache (installed all at once) holds none of the heavy files.
  const precached = await page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys()) {
      if (name === 'backprep-heavy') continue
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname)
    }
    return urls
  })
  expect(precached.length).toBeGreaterThan(100)
  expect(precached.filter((url) => heavy.files.includes(url.split('?')[0]!))).toEqual([])

  // Offline before the heavy part arrived (its cache emptied, as if the download had not finished).
  await context.setOffline(true)
  await page.evaluate(() => caches.delete('backprep-heavy'))
  await page.reload()
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Questions' }).click()
  await expect(page.getByRole('list', { name: 'Questions' }).getByRole('link').first()).toBeVisible()
  await nav.getByRole('link', { name: 'Review' }).click()
  await expect(page.getByRole('article', { name: 'Card' })).toBeVisible()
  await nav.getByRole('link', { name: 'Diagrams' }).click()
  await page.getByRole('button', { name: 'New blank diagram' }).click()
  await expect(page.locator('.react-flow')).toBeVisible()

  // A SQL exercise says what is missing instead of waiting for ever.
  await page.goto('/exercises/sql-top-n-per-group')
  await expect(page.getByRole('alert').filter({ hasText: 'PostgreSQL could not start' })).toContainText(
    'not in the offline copy yet',
  )
  await expect(page.getByRole('alert').filter({ hasText: 'The editor could not load' })).toContainText(
    'not in the offline copy yet',
  )

  // Online again, "Try again" brings each of them without leaving the page.
  await context.setOffline(false)
  await page
    .getByRole('alert')
    .filter({ hasText: 'The editor could not load' })
    .getByRole('button', { name: 'Try again' })
    .click()
  await page
    .getByRole('alert')
    .filter({ hasText: 'PostgreSQL could not start' })
    .getByRole('button', { name: 'Try again' })
    .click()
  await expect(page.locator('[data-testid=code-editor][data-ready=true]')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: /Run query/ })).toBeEnabled({ timeout: 60_000 })

  // The background fill brings every heavy file, and then SQL works offline too.
  await page.goto('/')
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open('backprep-heavy')
          return (await cache.keys()).map((r) => new URL(r.url).pathname).sort()
        }),
      { timeout: 60_000 },
    )
    .toEqual([...heavy.files].sort())
  await context.setOffline(true)
  await page.goto('/exercises/sql-top-n-per-group')
  await expect(page.locator('[data-testid=code-editor][data-ready=true]')).toBeVisible({ timeout: 15_000 })
  const run = page.getByRole('button', { name: /Run query/ })
  await expect(run).toBeEnabled({ timeout: 60_000 })
  await run.click()
  await expect(page.getByText(/^Expected 5 rows, got 7\./)).toBeVisible()
  await context.setOffline(false)
})
