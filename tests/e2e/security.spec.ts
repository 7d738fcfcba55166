import { toAnkiCsv } from '../../src/domain/import/delimited-text'
import { xssPayloads } from '../fixtures/xss-payloads'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Every image on the page has loaded or failed (an `onerror` payload would have run by then), and a frame has passed. */
async function everyImageSettled(page: Page) {
  await expect.poll(() => page.evaluate(() => [...document.images].every((i) => i.complete))).toBe(true)
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())))
}

/** Records every payload that runs (each calls `window.__xss`) and every dialog one opens. */
async function watchForXss(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.addInitScript(() => {
    const hits: string[] = []
    Object.assign(window, { __xss: (name: string) => hits.push(name), __xssHits: hits })
  })
  return {
    dialogs,
    hits: () => page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits),
  }
}

test('a card written with every XSS payload shows as text and runs nothing, in the browser, preview and review', async ({
  page,
}) => {
  const xss = await watchForXss(page)
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
  await everyImageSettled(page)

  expect(await xss.hits()).toEqual([])
  expect(xss.dialogs).toEqual([])
})

test('an imported HTML deck carrying every XSS payload runs nothing and fetches nothing from elsewhere', async ({
  page,
}) => {
  const xss = await watchForXss(page)
  const corpus = xssPayloads.map((p) => p.html).join(' ')
  const file = toAnkiCsv([{ front: `<p>Front</p> ${corpus}`, back: `<p>Back</p> ${corpus}`, tags: [] }], {
    html: true,
  })

  await page.goto('/data')
  await page.getByLabel('Choose a CSV or TSV file…').setInputFiles({
    name: 'payloads.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(file),
  })
  // The preview renders the HTML through the sanitizer too.
  const preview = page.getByRole('region', { name: 'Import preview' })
  await expect(preview).toContainText('1 card in payloads.txt, written in HTML')
  await preview.getByRole('button', { name: 'Import 1 card' }).click()
  await page.getByRole('link', { name: 'Study the deck' }).click()
  await expect(page.getByRole('article', { name: 'Card' })).toContainText('Front')
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('Back')
  await everyImageSettled(page)

  expect(await xss.hits()).toEqual([])
  expect(xss.dialogs).toEqual([])
  // No image from elsewhere was fetched: the fixture fails the test on any request outside the origin.
})
