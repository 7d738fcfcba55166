import { expect, test } from './fixtures'

test('after one visit the app, the whole bank and search work offline', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()
  // Cross-origin isolated (COOP and COEP), as the FSRS optimizer's threads need.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true)
  // Wait until the service worker has precached everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve))
    }
  })

  await context.setOffline(true)
  await page.goto('/bank')
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
