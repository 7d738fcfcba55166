import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Answers the card on screen with the keyboard only, whatever kind it is, and grades it. */
export async function answerWithKeyboard(page: Page, grade: '1' | '2' | '3' | '4' | ' ') {
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card).toBeVisible()
  if ((await card.getByRole('radio').count()) > 0) {
    await page.keyboard.press('1') // picks choice 1, which checks it
  } else if ((await card.getByRole('checkbox').count()) > 0) {
    await page.keyboard.press('1') // ticks choice 1
    await page.keyboard.press('Enter') // checks the ticked choices
  } else {
    await page.keyboard.press('Space')
  }
  await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible()
  await page.keyboard.press(grade === ' ' ? 'Space' : grade)
}

/**
 * Grades the card on screen Good and waits for the next one. The grade is journaled when the next
 * card shows, and any read of the database issued after it sees it stored.
 */
export async function gradeGood(page: Page) {
  await answerWithKeyboard(page, '3')
  await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeHidden()
}
