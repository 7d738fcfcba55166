import { expect, test } from './fixtures'

/**
 * Every screen under the built app's Content-Security-Policy: nothing is
 * refused by the policy, nothing leaves the origin (the fixture checks every
 * request), and each screen does its job (the editor starts, PostgreSQL
 * starts, the canvas draws).
 */
test('a tour of every screen: no Content-Security-Policy violation and no request outside the origin', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const consoleViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text())
  })
  const violations = async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    ...consoleViolations,
  ]

  const policy = await page
    .goto('/')
    .then(() => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))
  expect(policy).toContain("default-src 'self'")

  const screens: [string, RegExp | string][] = [
    ['/', 'Practise for your backend interview'],
    ['/bank', 'Question bank'],
    ['/bank/http-tcp-vs-udp', /TCP/],
    ['/review', 'Review'],
    ['/cards', 'Card browser'],
    ['/stats', 'Statistics'],
    ['/settings', 'Settings'],
    ['/data', 'Your data'],
    ['/canvas', /Diagrams/],
    ['/exercises', 'Exercises'],
    ['/mock', 'Timed mocks'],
  ]
  for (const [path, heading] of screens) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible()
  }

  // The heavy parts: a diagram on the canvas, Monaco with its workers, the sandbox, PGlite.
  await page.goto('/canvas')
  await page.getByRole('button', { name: 'New blank diagram' }).click()
  await page.getByRole('button', { name: 'Load balancer' }).first().click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)

  await page.goto('/exercises/code-token-bucket')
  await expect(page.locator('[data-testid=code-editor][data-ready=true]')).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: /Run tests/ }).click()
  await expect(page.getByText(/tests pass/).first()).toBeVisible({ timeout: 15_000 })

  await page.goto('/exercises/sql-deduplicate-keep-latest')
  await expect(page.getByRole('button', { name: /Run query/ })).toBeEnabled({ timeout: 30_000 })
  await page.getByRole('button', { name: /Run query/ }).click()
  await expect(page.getByRole('region', { name: 'Your answer' })).toContainText(/row|Correct|differ|Error/i)

  expect(await violations()).toEqual([])
})
