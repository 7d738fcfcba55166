// The recall loop: a card's back leads with its key points and the grade
// buttons, both on screen without scrolling; the full answer is one key away.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Learning steps of minutes must not cross the 4 AM study-day boundary mid-test: a fixed midday.
test.beforeEach(async ({ context }) => {
  await context.clock.install({ time: new Date('2026-12-07T12:00:00Z') })
})

/** The element's box lies inside the viewport, and above `below` when given (the sticky grade bar). */
async function expectOnScreen(page: Page, locator: Locator, below?: Locator) {
  const box = await locator.boundingBox()
  const viewport = page.viewportSize()
  expect(box, 'element is laid out').not.toBeNull()
  if (!box || !viewport) return
  expect(box.y, 'top edge on screen').toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, 'bottom edge on screen').toBeLessThanOrEqual(viewport.height + 0.5)
  if (below) {
    const bar = await below.boundingBox()
    if (bar) expect(box.y + box.height, 'not hidden under the grade bar').toBeLessThanOrEqual(bar.y + 0.5)
  }
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width}×${size.height} a card's back shows its key points and the grade bar without scrolling; f unfolds the full answer`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click()
    const card = page.getByRole('article', { name: 'Card' })
    for (let n = 0; n < 6; n++) {
      await expect(card).toBeVisible()
      if ((await card.getByRole('radio').count()) > 0) await page.keyboard.press('1')
      else if ((await card.getByRole('checkbox').count()) > 0) {
        await page.keyboard.press('1')
        await page.keyboard.press('Enter')
      } else await page.keyboard.press('Space')

      const grades = page.getByRole('group', { name: 'Grade your answer' })
      const keyPoints = card.getByRole('region', { name: 'Key points' })
      await expect(grades).toBeVisible()
      await expect(keyPoints.getByRole('listitem').first()).toBeVisible()
      expect(await keyPoints.getByRole('listitem').count()).toBeGreaterThanOrEqual(3)
      await expect(keyPoints).toContainText('Grade yourself against these')
      await expectOnScreen(page, keyPoints, page.locator('.review-actions'))
      await expectOnScreen(page, grades)

      // The full answer is folded on every new card; f opens and closes it.
      const toggle = card.getByRole('button', { name: /Full answer/ })
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      if (n < 2) {
        await page.keyboard.press('f')
        await expect(toggle).toHaveAttribute('aria-expanded', 'true')
        const unfolded = page.locator(`#${await toggle.getAttribute('aria-controls')}`)
        await expect(unfolded).toBeVisible()
        expect((await unfolded.innerText()).length).toBeGreaterThan(200)
        if (n === 1) {
          await page.keyboard.press('f')
          await expect(toggle).toHaveAttribute('aria-expanded', 'false')
        }
      }
      if (n === 0) await page.screenshot({ path: `test-results/recall-back-${size.width}.png` })
      await page.keyboard.press('3')
    }
  })
}

test('the item page shows the key points above the full answer and the sources at its foot', async ({
  page,
}) => {
  await page.goto('/bank/http-tcp-vs-udp')
  await page.getByRole('button', { name: /Show answer/ }).click()
  const answer = page.getByRole('region', { name: 'Answer' })
  const keyPoints = answer.getByRole('region', { name: 'Key points' })
  await expect(keyPoints.getByRole('listitem').first()).toBeVisible()
  const fullAnswer = answer.getByRole('heading', { name: 'Full answer' })
  const kpBox = await keyPoints.boundingBox()
  const faBox = await fullAnswer.boundingBox()
  expect(kpBox && faBox && kpBox.y < faBox.y).toBe(true)
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources.getByRole('listitem').first()).toBeVisible()
})

test('a short answer in a mock is graded against its key points as a checklist', async ({ page }) => {
  await page.goto('/mock')
  await page.getByLabel('Seed').fill('e2e-checklist')
  const custom = page.getByRole('form', { name: 'Custom mock' })
  await custom.getByRole('checkbox', { name: 'Caching' }).check()
  await custom.getByRole('checkbox', { name: 'Multiple choice' }).uncheck()
  await custom.getByLabel('Number of items').fill('1')
  await custom.getByLabel('Duration in minutes').fill('10')
  await custom.getByRole('button', { name: 'Start the custom mock' }).click()
  await page
    .getByRole('textbox', { name: 'Your answer' })
    .fill('Add random jitter to each TTL so keys expire apart.')
  await page.getByRole('button', { name: 'Submit…' }).click()
  await page
    .getByRole('group', { name: 'Confirm submitting' })
    .getByRole('button', { name: 'Submit' })
    .click()
  const checklist = page.getByRole('group', { name: /Key points: tick each one your answer covered/ })
  await expect(checklist).toBeVisible()
  const boxes = checklist.getByRole('checkbox')
  const total = await boxes.count()
  expect(total).toBeGreaterThanOrEqual(3)
  await expect(checklist.getByRole('status')).toHaveText(`Covered 0 of ${total} · suggested grade: Missed it`)
  // Tick more than half: Partly is suggested (the primary button); all: Got it.
  const half = Math.ceil(total / 2)
  for (let i = 0; i < half; i++) await boxes.nth(i).check()
  await expect(checklist.getByRole('status')).toHaveText(
    `Covered ${half} of ${total} · suggested grade: ${half === total ? 'Got it' : 'Partly'}`,
  )
  const grades = page.getByRole('group', { name: 'Grade your answer against the key points' })
  await expect(grades.getByRole('button', { name: half === total ? 'Got it' : 'Partly' })).toHaveClass(
    /button-primary/,
  )
  // The user can grade differently from the suggestion.
  await grades.getByRole('button', { name: 'Missed it' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Custom mock: 0%$/ })).toBeVisible()
  const item = page.getByRole('article', { name: 'Question 1' })
  await expect(item.locator('.verdict').first()).toHaveText('Wrong')
  // Graded, it folds; opened again it keeps the ticks and the grade given.
  await item.getByText('Your answer and the right one').click()
  await expect(item.getByText('Your grade: Missed it')).toBeVisible()
  await expect(item.getByRole('status')).toHaveText(`Covered ${half} of ${total}`)
})
