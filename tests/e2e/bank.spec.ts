import { expect, test } from './fixtures'

test('filter, search with a typo, open an item, reveal it, write a note that survives a reload', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' }).click()
  await expect(page.getByRole('heading', { name: 'Question bank' })).toBeVisible()
  const list = page.getByRole('list', { name: 'Questions' })

  // Filter: one topic, then a difficulty on top; the URL keeps both.
  await page.getByRole('checkbox', { name: /^HTTP & networking/ }).check()
  await expect(page).toHaveURL(/\/bank\?topic=http$/)
  const httpCount = await list.getByRole('listitem').count()
  expect(httpCount).toBeGreaterThan(0)
  await page.getByRole('checkbox', { name: /^Junior/ }).check()
  await expect(page).toHaveURL(/topic=http&difficulty=junior/)
  expect(await list.getByRole('listitem').count()).toBeLessThan(httpCount)

  // The back button walks back through the filters.
  await page.goBack()
  await expect(page).toHaveURL(/\/bank\?topic=http$/)
  await expect(list.getByRole('listitem')).toHaveCount(httpCount)

  // Search with a typo ("handshak", "udpp") still finds TCP vs UDP, highlighted.
  await page.getByRole('checkbox', { name: /^HTTP & networking/ }).uncheck()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search questions' })).toBeFocused()
  await page.keyboard.type('tcp udpp')
  const hit = list.getByRole('link', { name: /UDP over TCP/ })
  await expect(hit).toBeVisible()
  await expect(hit.locator('mark').first()).toBeVisible()

  // Open it and reveal the answer with Space.
  await hit.click()
  await expect(page).toHaveURL(/\/bank\/http-tcp-vs-udp\?q=tcp/)
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('datagram')

  // A note is saved as it is typed and is there after a reload.
  const note = page.getByRole('textbox', { name: 'Your notes' })
  await note.fill('Say: QUIC rebuilds reliability on UDP.')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue(
    'Say: QUIC rebuilds reliability on UDP.',
  )
})

test('an item page has its own URL and moves through the filtered list', async ({ page }) => {
  await page.goto('/bank?topic=caching')
  const first = page.getByRole('list', { name: 'Questions' }).getByRole('link').first()
  const firstTitle = await first.textContent()
  await first.click()
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText(/^2 of \d+$/)).toBeVisible()
  await expect(page).toHaveURL(/\/bank\/caching-[a-z0-9-]+\?topic=caching$/)
  await page.getByRole('link', { name: '← All questions' }).click()
  await expect(page).toHaveURL(/\/bank\?topic=caching$/)
  await expect(page.getByRole('list', { name: 'Questions' }).getByRole('link').first()).toHaveText(
    firstTitle ?? '',
  )
})

test('a bookmark shows on the home screen and in the bookmarked filter', async ({ page }) => {
  await page.goto('/bank/caching-ttl-jitter')
  await page.getByRole('button', { name: 'Bookmark' }).click()
  await expect(page.getByRole('button', { name: 'Bookmarked' })).toHaveAttribute('aria-pressed', 'true')
  await page.goto('/')
  await expect(page.getByText(/You have opened 1 of \d+ questions and bookmarked 1/)).toBeVisible()
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toBeVisible()
  await page.goto('/bank?bookmarked=1')
  await expect(page.getByRole('list', { name: 'Questions' }).getByRole('listitem')).toHaveCount(1)
})

test('a cold load of /bank shows the list from the HTML, and the app takes it over at once', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))

  // The server sends the first screenful of rows in the HTML (bank.html), before any script runs.
  const response = await page.goto('/bank')
  const html = (await response?.text()) ?? ''
  expect(html).toContain('<div id="root" inert>')
  expect(html.match(/class="bank-row"/g)?.length).toBeGreaterThanOrEqual(10)

  // Typing at once works: the search box is the app's, not a copy that drops keys.
  await page.getByRole('searchbox', { name: 'Search questions' }).fill('stampede')
  await expect(page.getByRole('status').filter({ hasText: /of \d+ questions/ })).toBeVisible()
  await expect(
    page
      .getByRole('list', { name: 'Questions' })
      .getByRole('link', { name: /stampede/i })
      .first(),
  ).toBeVisible()
  await expect(page.locator('#root')).not.toHaveAttribute('inert')
  // React adopted the HTML without a mismatch (one would be logged as an error).
  expect(errors).toEqual([])
})

test('/bank with a search in its address shows that search, not the unfiltered first rows', async ({
  page,
}) => {
  await page.goto('/bank?q=kafka')
  const list = page.getByRole('list', { name: 'Questions' })
  await expect(page.getByRole('searchbox', { name: 'Search questions' })).toHaveValue('kafka')
  await expect(page.getByRole('status').filter({ hasText: /of \d+ questions/ })).toBeVisible()
  await expect(list.getByRole('link').first()).toBeVisible()
  await expect(page.locator('#root')).toBeVisible()
  for (const row of await list.getByRole('listitem').all()) await expect(row).toContainText(/kafka/i)
})
