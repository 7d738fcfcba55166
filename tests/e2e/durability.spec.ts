// Nothing lost: a change survives a reload or a closed tab 0 ms after it is
// made. Each change is journaled synchronously (lib/journal) and replayed
// into IndexedDB at the next start.
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const nodes = (page: Page) => page.locator('.react-flow__node')

async function newBlankDiagram(page: Page) {
  await page.goto('/')
  await page.getByRole('link', { name: 'Diagrams' }).first().click()
  await page.getByRole('button', { name: 'New blank diagram' }).click()
  await expect(page.locator('.react-flow')).toBeVisible()
}

/** Closes the tab without waiting for anything, then opens the same address in a new one. */
async function closeAndReopen(context: BrowserContext, page: Page): Promise<Page> {
  const url = page.url()
  await page.close()
  const next = await context.newPage()
  await next.goto(url)
  return next
}

test('a canvas change survives a reload at once, again and again', async ({ page }) => {
  await newBlankDiagram(page)
  await page.getByRole('button', { name: 'Add Load balancer' }).click()
  await expect(page.getByText('All changes saved')).toBeVisible()
  const kinds = ['Cache', 'Service', 'Message queue']
  for (const [i, kind] of kinds.entries()) {
    await page.getByRole('button', { name: `Add ${kind}` }).click()
    await page.reload()
    await expect(nodes(page)).toHaveCount(i + 2)
    await expect(nodes(page).filter({ hasText: kind })).toHaveCount(1)
  }
})

test('drawing without a pause, then a reload: everything drawn is there', async ({ page }) => {
  await newBlankDiagram(page)
  // Ten components in a stream, never pausing long enough for the save's quiet time.
  for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Add Service' }).click()
  await page.reload()
  await expect(nodes(page)).toHaveCount(10)
})

test('a canvas change survives closing the tab at once', async ({ page, context }) => {
  await newBlankDiagram(page)
  await page.getByRole('button', { name: 'Add Load balancer' }).click()
  await expect(page.getByText('All changes saved')).toBeVisible()
  await page.getByRole('button', { name: 'Add Cache' }).click()
  const reopened = await closeAndReopen(context, page)
  await expect(nodes(reopened)).toHaveCount(2)
  await expect(nodes(reopened).filter({ hasText: 'Cache' })).toHaveCount(1)
})

async function startShortAnswerMock(page: Page) {
  await page.goto('/')
  await page.getByRole('link', { name: 'Mocks' }).first().click()
  await page.getByLabel('Seed').fill('e2e-durable')
  const custom = page.getByRole('form', { name: 'Custom mock' })
  await custom.getByRole('checkbox', { name: 'Caching' }).check()
  await custom.getByRole('checkbox', { name: 'Multiple choice' }).uncheck()
  await custom.getByLabel('Number of items').fill('2')
  await custom.getByLabel('Duration in minutes').fill('30')
  await custom.getByRole('button', { name: 'Start the custom mock' }).click()
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible()
}

test('a mock answer typed just before a reload is there after it', async ({ page }) => {
  await startShortAnswerMock(page)
  const answer = page.getByRole('textbox', { name: 'Your answer' })
  await answer.pressSequentially('Cache-aside: read the cache, on a miss')
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue(
    'Cache-aside: read the cache, on a miss',
  )
})

test('a mock answer typed just before the tab closes is there in a new tab', async ({ page, context }) => {
  await startShortAnswerMock(page)
  await page.getByRole('textbox', { name: 'Your answer' }).fill('TTL with jitter')
  const reopened = await closeAndReopen(context, page)
  await expect(reopened.getByRole('textbox', { name: 'Your answer' })).toHaveValue('TTL with jitter')
})

test('a multiple-choice pick made just before a reload is kept', async ({ page }) => {
  await page.goto('/mock')
  await page.getByLabel('Seed').fill('e2e-durable-pick')
  const custom = page.getByRole('form', { name: 'Custom mock' })
  await custom.getByRole('checkbox', { name: 'Caching' }).check()
  await custom.getByRole('checkbox', { name: 'Short answer' }).uncheck()
  await custom.getByLabel('Number of items').fill('2')
  await custom.getByRole('button', { name: 'Start the custom mock' }).click()
  const question = page.getByRole('article')
  const choice = question.getByRole('radio').or(question.getByRole('checkbox')).nth(1)
  await choice.check()
  await page.reload()
  await expect(
    page.getByRole('article').getByRole('radio').or(page.getByRole('checkbox')).nth(1),
  ).toBeChecked()
})

test('a note typed just before a reload is kept, and the card editor offers back a card half written', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Questions', exact: true }).first().click()
  await page.getByRole('link', { name: /TCP/ }).first().click()
  await page.getByLabel('Your notes').fill('three-way handshake, then slow start')
  await page.reload()
  await expect(page.getByLabel('Your notes')).toHaveValue('three-way handshake, then slow start')

  await page.goto('/cards')
  await page.getByRole('button', { name: 'Add card' }).click()
  await page.getByLabel('Front', { exact: true }).fill('What does SKIP LOCKED do?')
  await page.reload()
  await page.getByRole('button', { name: 'Add card' }).click()
  await expect(page.getByLabel('Front', { exact: true })).toHaveValue('What does SKIP LOCKED do?')
  await expect(page.getByRole('status').filter({ hasText: 'Restored what you were writing' })).toBeVisible()
  await page.getByRole('button', { name: 'Discard it' }).click()
  await expect(page.getByLabel('Front', { exact: true })).toHaveValue('')
})
