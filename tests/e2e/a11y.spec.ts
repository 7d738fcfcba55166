import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const screens = [
  { name: 'home', path: '/', ready: 'What to do next' },
  { name: 'bank', path: '/bank', ready: 'Question bank' },
  { name: 'bank with a search', path: '/bank?q=cache&topic=caching', ready: 'Question bank' },
  { name: 'review', path: '/review', ready: 'Review' },
  { name: 'statistics', path: '/stats', ready: 'Statistics' },
  { name: 'card browser', path: '/cards', ready: 'Card browser' },
  { name: 'settings', path: '/settings', ready: 'Settings' },
  { name: 'exercises', path: '/exercises', ready: 'Exercises' },
  { name: 'a code exercise', path: '/exercises/code-token-bucket', ready: /token-bucket rate limiter/ },
  { name: 'mocks', path: '/mock', ready: 'Timed mocks' },
  { name: 'your data', path: '/data', ready: 'Your data' },
]

for (const scheme of ['light', 'dark'] as const) {
  for (const s of screens) {
    test(`${s.name} (${scheme}) has no serious or critical accessibility violation`, async ({ page }) => {
      // axe over the whole bank list (hundreds of rows) takes a while on two cores.
      test.setTimeout(60_000)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(s.path)
      await expect(page.getByRole('heading', { name: s.ready })).toBeVisible()
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(serious).toEqual([])
    })
  }

  test(`item page, answer shown (${scheme}) has no serious or critical accessibility violation`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/bank/http-tcp-vs-udp')
    await page.getByRole('button', { name: 'Show answer' }).click()
    await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([])
  })

  test(`a running quiz and its results (${scheme}) have no serious or critical accessibility violation`, async ({
    page,
  }) => {
    test.setTimeout(60_000)
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/mock')
    // A fixed seed: the same questions every run.
    await page.getByLabel('Seed').fill('a11y-quiz')
    await page.getByRole('button', { name: 'Start a fundamentals quiz' }).click()
    await expect(page.getByRole('heading', { name: 'Question 1 of 15' })).toBeVisible()
    expect(await serious()).toEqual([])
    await page.getByRole('button', { name: 'Submit…' }).click()
    await page
      .getByRole('group', { name: 'Confirm submitting' })
      .getByRole('button', { name: 'Submit' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: /Fundamentals quiz: \d+%/ })).toBeVisible()
    expect(await serious()).toEqual([])
  })
}
