// An interview date: new cards paced to it on Home and in review, recall on the day in
// Statistics, a warning with what to drop when the pace is too fast, and back to normal FSRS.
import { expect, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-06T10:00:00Z') })
})

test('set from Home: the pace shows on Home, review follows it, Statistics adds the day; removing it goes back', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: /Interview coming up\?/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  const form = page.getByRole('form', { name: 'Interview date' })
  await form.getByLabel('Date of the interview').fill('2026-12-20')
  await form.getByRole('checkbox', { name: 'HTTP & networking' }).check()
  await form.getByRole('checkbox', { name: 'Caching' }).check()
  await form.getByRole('button', { name: 'Save the plan' }).click()
  await expect(form.getByRole('status')).toHaveText(/Saved/)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
  const plan = page.getByRole('region', { name: 'Interview in 14 days' })
  await expect(plan).toContainText('Sun, Dec 20, 2026 · HTTP & networking and Caching')
  // 14 days: new cards on 11 of them (3 review-only days); every HTTP and caching card to introduce.
  const toIntroduce = Number((await plan.getByText(/^\d+$/).nth(1).innerText()).replace(/,/g, ''))
  const perDay = Math.ceil(toIntroduce / 11)
  await expect(plan.getByRole('definition').first()).toHaveText(String(perDay))
  await expect(plan).toContainText(`New cards until Dec 16, ${perDay} a day; then 3 days of review only`)
  await expect(page.getByText(`0 to review · 0 learning · ${perDay} new`)).toBeVisible()

  // Review takes the plan's new cards, from its topics only.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click()
  await expect(page.getByText(new RegExp(`^${perDay} new, 0 learning, 0 to review$`))).toBeVisible()
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card.locator('.badge-topic, .item-meta').first()).toContainText(/HTTP & networking|Caching/)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click()
  await expect(page.getByRole('region', { name: 'Interview in 14 days' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'On Dec 20' })).toBeVisible()

  // Removing the date: Home offers to set one again, and review is back to the settings' 20 new.
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Remove the date' }).click()
  await expect(page.getByRole('form', { name: 'Interview date' }).getByRole('status')).toHaveText(
    /back to normal/,
  )
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
  await expect(page.getByRole('link', { name: /Interview coming up\?/ })).toBeVisible()
  await expect(page.getByText('0 to review · 0 learning · 20 new')).toBeVisible()
})

test('a date too close for every topic warns, with the pace it would take and what to leave out', async ({
  page,
}) => {
  await page.goto('/settings')
  const form = page.getByRole('form', { name: 'Interview date' })
  await form.getByLabel('Date of the interview').fill('2026-12-09')
  await form.getByRole('button', { name: 'Save the plan' }).click()
  await expect(form.getByRole('status')).toHaveText(/Saved/)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
  const warning = page.getByRole('region', { name: 'Interview in 3 days' }).getByRole('alert')
  await expect(warning).toContainText(/in 2 days is \d+ new cards a day, more than the 50 a day/)
  await expect(warning).toContainText(/Leave out .+ to get within 50 a day, or study \d+ a day\./)
})
