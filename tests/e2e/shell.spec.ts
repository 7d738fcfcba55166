import { expect, test } from './fixtures'

test('the theme toggle is remembered across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await page.getByRole('button', { name: /^Theme: System/ }).click()
  await page.getByRole('button', { name: /^Theme: Light/ }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(15, 17, 21)')
})

for (const path of [
  '/',
  '/bank',
  '/bank/databases-isolation-levels-and-anomalies',
  '/review',
  '/stats',
  '/cards',
  '/settings',
  '/mock',
  '/data',
]) {
  test(`${path} fits a 375 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto(path)
    await expect(page.locator('main h1, main h2').first()).toBeAttached()
    await page.waitForLoadState('networkidle')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
}

test('an unknown address shows a way back', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the home screen' }).click()
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()
})
