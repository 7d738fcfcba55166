import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Seconds on the countdown, e.g. "0:52" → 52. */
async function secondsLeft(page: Page): Promise<number> {
  const text = await page.getByRole('timer', { name: 'Time left' }).innerText()
  const [m = '0', s = '0'] = text.trim().split(':')
  return Number(m) * 60 + Number(s)
}

const choices = (scope: Locator) => scope.getByRole('radio').or(scope.getByRole('checkbox'))

test('a one-minute custom quiz: an answer survives a reload, the clock keeps running, it submits itself, and the missed item is due in review', async ({
  page,
}) => {
  // The mock's clock is the page's: Playwright's clock moves it on instead of the test waiting.
  await page.clock.install()
  await page.goto('/mock')
  await page.getByLabel('Seed').fill('e2e-one-minute')
  const custom = page.getByRole('form', { name: 'Custom mock' })
  await custom.getByRole('checkbox', { name: 'Caching' }).check()
  await custom.getByRole('checkbox', { name: 'Short answer' }).uncheck()
  await custom.getByLabel('Number of items').fill('2')
  await custom.getByLabel('Duration in minutes').fill('1')
  await custom.getByRole('button', { name: 'Start the custom mock' }).click()

  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible()
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible()
  const question = page.getByRole('article')
  const firstPrompt = await question.locator('.item-prompt').innerText()

  // Answer the first item with its first choice; it is saved at once.
  await choices(question).first().check()
  await expect(page.getByText('1 of 2 answered')).toBeVisible()

  // Reload mid-way: the answer is still there and the clock has kept running.
  const before = await secondsLeft(page)
  await page.clock.fastForward(3_000)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible()
  await expect(choices(page.getByRole('article')).first()).toBeChecked()
  const after = await secondsLeft(page)
  expect(after).toBeLessThanOrEqual(before - 3)
  expect(after).toBeGreaterThan(0)

  // Look at the second item, leave it unanswered, and let the time run out.
  await page.getByRole('button', { name: 'Next →' }).click()
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible()
  const secondPrompt = await page.getByRole('article').locator('.item-prompt').innerText()
  expect(secondPrompt).not.toBe(firstPrompt)

  // At zero the mock submits itself, with the answer given.
  await page.clock.fastForward(60_000)
  await expect(page.getByRole('heading', { level: 1, name: /^Custom mock: \d+%$/ })).toBeVisible()
  await expect(page.getByText(/submitted when the time ran out/)).toBeVisible()
  const first = page.getByRole('article', { name: 'Question 1' })
  const second = page.getByRole('article', { name: 'Question 2' })
  await expect(second).toContainText('Not answered')
  await first.getByText('Your answer and the right one').click()
  await expect(choices(first).first()).toBeChecked()
  await expect(first.getByText('Correct', { exact: true }).first()).toBeVisible()
  const firstRight = (await first.locator('.verdict').innerText()) === 'Correct'
  await expect(page.getByText(/missed items? (is|are) due in your review queue today/)).toBeVisible()

  // The history lists it.
  await page.getByRole('link', { name: 'Back to the mocks' }).click()
  const row = page.getByRole('row').filter({ hasText: 'Custom mock' })
  await expect(row).toContainText(/\d+%/)

  // The missed item is the first card the review queue offers (a lapse, due now).
  await page.goto('/review')
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card).toBeVisible()
  const shown = await card.locator('.item-prompt').innerText()
  expect(firstRight ? [secondPrompt] : [firstPrompt, secondPrompt]).toContain(shown)
})

test('exam mode cannot pause; practice mode pauses and hides the questions', async ({ page }) => {
  await page.clock.install()
  await page.goto('/mock')
  await page.getByRole('radio', { name: /Practice/ }).check()
  await page.getByRole('button', { name: 'Start a fundamentals quiz' }).click()
  await expect(page.getByRole('heading', { name: 'Question 1 of 15' })).toBeVisible()
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Question 1 of 15' })).toBeHidden()
  const frozen = await secondsLeft(page)
  await page.clock.fastForward(2_000)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible()
  expect(await secondsLeft(page)).toBe(frozen)
  await page.getByRole('button', { name: 'Resume' }).first().click()
  await expect(page.getByRole('heading', { name: 'Question 1 of 15' })).toBeVisible()

  // Submitting asks first, then shows the results; the home page offers no resume afterwards.
  await page.getByRole('button', { name: 'Submit…' }).click()
  await page
    .getByRole('group', { name: 'Confirm submitting' })
    .getByRole('button', { name: 'Submit' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Fundamentals quiz: \d+%$/ })).toBeVisible()
  await expect(page.getByText('submitted by you', { exact: false })).toBeVisible()

  // The score is kept with the submission: the history has it at once.
  await page.getByRole('link', { name: 'Back to the mocks' }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Fundamentals quiz' }).first()).toContainText(/\d+%/)
  // An exam has no pause button.
  await expect(page.getByRole('link', { name: 'Resume the mock' })).toHaveCount(0)
  await page.getByRole('radio', { name: /Exam/ }).check()
  await page.getByRole('button', { name: 'Start a fundamentals quiz' }).click()
  await expect(page.getByRole('heading', { name: 'Question 1 of 15' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0)
})

test('a system-design round: phases, the canvas and notes, then a rubric checked on the diagram plus the user’s ticks', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/mock')
  await page.getByRole('button', { name: 'Start a system-design round' }).click()
  const phases = page.getByRole('navigation', { name: 'Phases' })
  await expect(phases.getByRole('button', { name: /Requirements/ })).toHaveAttribute('aria-current', 'step')

  await page.getByLabel(/Your notes/).fill('Scale: 50M DAU, p99 under 200 ms.')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.getByRole('button', { name: 'Load balancer' }).first().click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: 'Saving…' })).toHaveCount(0)
  await phases.getByRole('button', { name: /High-level design/ }).click()
  await expect(phases.getByRole('button', { name: /High-level design/ })).toHaveAttribute(
    'aria-current',
    'step',
  )

  // Reload: the notes, the diagram and the phase are still there.
  await page.reload()
  await expect(page.getByLabel(/Your notes/)).toHaveValue('Scale: 50M DAU, p99 under 200 ms.')
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(phases.getByRole('button', { name: /High-level design/ })).toHaveAttribute(
    'aria-current',
    'step',
  )

  await page.getByRole('button', { name: 'Submit…' }).click()
  await page
    .getByRole('group', { name: 'Confirm submitting' })
    .getByRole('button', { name: 'Submit' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^System-design round: 0%$/ })).toBeVisible()
  await expect(page.getByText('(checked on your diagram)').first()).toBeVisible()
  await expect(page.getByText('Scale: 50M DAU, p99 under 200 ms.')).toBeVisible()
  await expect(page.getByRole('img', { name: 'Your diagram' })).toBeVisible()
  await expect(page.getByRole('row', { name: /High-level design/ })).toBeVisible()

  // Tick one point by hand and confirm: the score counts it, and the ticks are final.
  const manual = page.locator('.rubric-result').getByRole('checkbox')
  const points = await page.locator('.rubric-result li').count()
  await manual.first().check()
  await page.getByRole('button', { name: 'Confirm my ticks' }).click()
  const percent = Math.round(100 / points)
  await expect(
    page.getByRole('heading', { level: 1, name: `System-design round: ${percent}%` }),
  ).toBeVisible()
  await expect(manual).toHaveCount(0)
})
