import { xssPayloads } from '../fixtures/xss-payloads'
import { expect, test } from './fixtures'

test('a card written with every XSS payload shows as text and runs nothing, in the browser, preview and review', async ({
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.addInitScript(() => {
    const hits: string[] = []
    Object.assign(window, { __xss: (name: string) => hits.push(name), __xssHits: hits })
  })
  const corpus = xssPayloads.map((p) => p.html).join('\n\n')

  await page.goto('/cards')
  await page.getByRole('button', { name: /Add card/ }).click()
  await page.getByRole('textbox', { name: 'Front' }).fill(corpus)
  await page.getByRole('textbox', { name: 'Back' }).fill(corpus)
  // The live preview renders it as the user types.
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText("window.__xss('script')")
  await page.getByRole('button', { name: 'Save card' }).click()
  await expect(page.getByRole('button', { name: 'Save card' })).toBeHidden()

  await page.goto('/review?deck=mine')
  await expect(page.getByRole('article', { name: 'Card' })).toContainText("window.__xss('img-onerror')")
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText("window.__xss('math')")
  await page.waitForTimeout(500)

  expect(await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits)).toEqual([])
  expect(dialogs).toEqual([])
})
