import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { answerWithKeyboard } from './flashcards'

// Learning steps of minutes must not cross the 4 AM study-day boundary mid-test: a fixed midday.
test.beforeEach(async ({ context }) => {
  await context.clock.install({ time: new Date('2026-12-07T12:00:00Z') })
})

/** The card digest's size and how many of its cards are learning, straight from IndexedDB. */
function digestStates(page: Page): Promise<{ total: number; learning: number }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; learning: number }>((resolve, reject) => {
        const open = indexedDB.open('backprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('cardDigest').objectStore('cardDigest').getAll()
          request.onsuccess = () => {
            open.result.close()
            const states = (request.result as { state: number[] }[]).flatMap((row) => row.state)
            resolve({ total: states.length, learning: states.filter((s) => s === 1).length })
          }
        }
      }),
  )
}

const counts = (page: Page) => page.getByText(/^\d+ new, \d+ learning, \d+ to review$/)

/** Reads a count straight from IndexedDB, the way a new tab would see it. */
function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('backprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result)
          }
        }
      }),
    table,
  )
}

test('a keyboard-only review of five cards with an undo and a reload keeps every grade', async ({ page }) => {
  await page.goto('/review')
  await expect(counts(page)).toHaveText('20 new, 0 learning, 0 to review')

  await answerWithKeyboard(page, '3')
  await expect(counts(page)).toHaveText('19 new, 1 learning, 0 to review')
  await answerWithKeyboard(page, ' ') // Space on the answer side is Good
  await expect(counts(page)).toHaveText('18 new, 2 learning, 0 to review')
  await answerWithKeyboard(page, '4') // Easy graduates the card at once
  await expect(counts(page)).toHaveText('17 new, 2 learning, 0 to review')

  // Undo takes the Easy back: the card returns, its log is gone.
  await page.keyboard.press('u')
  await expect(counts(page)).toHaveText('18 new, 2 learning, 0 to review')
  expect(await countRows(page, 'reviewLogs')).toBe(2)
  await answerWithKeyboard(page, '3')
  await expect(counts(page)).toHaveText('17 new, 3 learning, 0 to review')

  // A reload in the middle keeps every grade.
  await page.reload()
  await expect(counts(page)).toHaveText('17 new, 3 learning, 0 to review')
  expect(await countRows(page, 'reviewLogs')).toBe(3)

  await answerWithKeyboard(page, '3')
  await answerWithKeyboard(page, '3')
  await expect.poll(() => countRows(page, 'reviewLogs')).toBe(5)

  // The statistics reflect the five grades.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click()
  const year = page.getByRole('region', { name: 'Reviews this year' })
  await expect(year.getByRole('definition').first()).toHaveText('5')
  const byState = page.getByRole('table', { name: 'By state' })
  // Five new cards graded Good are all in their learning steps now.
  await expect(byState.getByRole('row', { name: /^Learning 5\b/ })).toBeVisible()

  // The card digest a cold start of the statistics paints from follows the cards: every card,
  // five of them learning.
  const cards = await countRows(page, 'cards')
  await expect.poll(() => digestStates(page)).toEqual({ total: cards, learning: 5 })

  // A cold start on the statistics (its rows read by the page's head before the app loads)
  // shows the same.
  await page.reload()
  await expect(year.getByRole('definition').first()).toHaveText('5')
  await expect(byState.getByRole('row', { name: /^Learning 5\b/ })).toBeVisible()
})

test('a grade survives closing the tab the moment the next card shows', async ({ page, context }) => {
  await page.goto('/review')
  await expect(counts(page)).toHaveText('20 new, 0 learning, 0 to review')
  await answerWithKeyboard(page, '3')
  await expect(counts(page)).toHaveText('19 new, 1 learning, 0 to review')
  await page.close()

  const again = await context.newPage()
  await again.goto('/review')
  await expect(counts(again)).toHaveText('19 new, 1 learning, 0 to review')
  expect(await countRows(again, 'reviewLogs')).toBe(1)
})

test('three grades, each followed at once by a reload, are all kept, once each', async ({ page }) => {
  await page.goto('/review')
  await expect(counts(page)).toHaveText('20 new, 0 learning, 0 to review')
  for (let i = 1; i <= 3; i++) {
    // The next card shows before IndexedDB has committed the grade: the journal holds it.
    await answerWithKeyboard(page, '3')
    await page.reload()
    await expect(counts(page)).toHaveText(`${20 - i} new, ${i} learning, 0 to review`)
  }
  expect(await countRows(page, 'reviewLogs')).toBe(3)
})

test('the mouse works too, and a wrong mcq pick suggests Again', async ({ page }) => {
  await page.goto('/review?topics=caching')
  const card = page.getByRole('article', { name: 'Card' })
  // Walk to the first mcq of the topic, grading cards Good with the mouse.
  for (let i = 0; i < 6 && (await card.getByRole('radio').count()) === 0; i++) {
    await page.getByRole('button', { name: /Show answer/ }).click()
    await page.getByRole('button', { name: /^Good, next in/ }).click()
    await expect(card).toBeVisible()
  }
  const radios = card.getByRole('radio')
  expect(await radios.count()).toBeGreaterThan(0)
  // Pick choices until a wrong one is found (the correct one is unknown to the test).
  await radios.first().check()
  const verdict = page.getByRole('status').filter({ hasText: /Right\.|Wrong: Again is suggested/ })
  await expect(verdict).toBeVisible()
  if ((await verdict.textContent())?.startsWith('Wrong')) {
    await expect(page.getByRole('button', { name: /^Again, next in/ })).toHaveClass(/grade-suggested/)
  }
  await expect(card.getByText('Correct', { exact: true })).toBeVisible()
})

test('Space works at once after clicking Review in the navigation: focus moves to the screen', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click()
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeFocused()
  if ((await card.getByRole('radio').count()) + (await card.getByRole('checkbox').count()) > 0)
    await page.keyboard.press('1')
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible()
})

test('a cold load whose first card is the user’s own shows its text, read with the queue', async ({
  page,
}) => {
  await page.goto('/cards')
  await page.getByRole('button', { name: /Add card/ }).click()
  await page.getByRole('textbox', { name: 'Front' }).fill('What does a **307** keep that a 302 may not?')
  await page.getByRole('textbox', { name: 'Back' }).fill('The method and the body.')
  await page.getByRole('button', { name: 'Save card' }).click()
  await expect(page.getByRole('button', { name: 'Save card' })).toBeHidden()

  // Studied once and forgotten: a learning card, due again in a minute.
  await page.goto('/review?deck=mine')
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card).toContainText('What does a 307 keep')
  await answerWithKeyboard(page, '1')
  await page.clock.fastForward('02:00')

  // Today's session from a cold load: a learning card that is due comes before the new ones.
  await page.goto('/review')
  await expect(card.getByText('307', { exact: true })).toHaveRole('strong')
  // The day's new cards count the user's card, studied today.
  await expect(counts(page)).toHaveText('19 new, 1 learning, 0 to review')
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('The method and the body.')
})
