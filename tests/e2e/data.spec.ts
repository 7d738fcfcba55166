import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { gradeGood } from './flashcards'

async function writeNote(page: Page, text: string) {
  await page.goto('/bank/http-tcp-vs-udp')
  const note = page.getByRole('textbox', { name: 'Your notes' })
  await note.fill(text)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
}

async function chooseBackup(page: Page, name: string, text: string) {
  await page.getByLabel('Choose a backup file…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
}

test('a backup restores everything after a change, and bad files are refused without changing anything', async ({
  page,
}) => {
  await writeNote(page, 'Before the backup: QUIC runs over UDP.')

  await page.goto('/data')
  await expect(page.getByText('No backup made yet.')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^backprep-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const text = await readFile(await download.path(), 'utf8')
  await expect(page.getByText(/^Last backup: /)).toBeVisible()

  await writeNote(page, 'After the backup.')
  await page.goto('/data')

  // Each bad file is refused, naming the problem; nothing changes.
  const refusals: [string, string, RegExp][] = [
    ['truncated.json', text.slice(0, Math.floor(text.length / 2)), /truncated/],
    ['notes.txt', 'just some notes', /not JSON/],
    [
      'newer.json',
      JSON.stringify({ ...JSON.parse(text), version: 9 }),
      /newer Backprep \(backup version 9\)/,
    ],
    [
      'wrong-shape.json',
      JSON.stringify({ ...JSON.parse(text), tables: { ...JSON.parse(text).tables, notes: [{ itemId: 7 }] } }),
      /notes\[0\]\.itemId: must be text, not 7/,
    ],
    [
      'doctored-settings.json',
      JSON.stringify({
        ...JSON.parse(text),
        tables: {
          ...JSON.parse(text).tables,
          settings: [
            {
              key: 'scheduling',
              value: { learningSteps: '1m 10m', newPerDay: 'lots', desiredRetention: 'high' },
            },
          ],
        },
      }),
      /settings\[0\] \('scheduling'\): (desiredRetention|learningSteps|newPerDay): must be/,
    ],
  ]
  for (const [name, content, message] of refusals) {
    await chooseBackup(page, name, content)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(`${name} was not restored.`)
    await expect(alert).toContainText(message)
  }
  await page.goto('/bank/http-tcp-vs-udp')
  await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue('After the backup.')

  // The good file: a summary first, then the restore.
  await page.goto('/data')
  await chooseBackup(page, 'backup.json', text)
  const summary = page.getByRole('region', { name: 'What the backup holds' })
  await expect(summary.getByRole('row', { name: /1 notes/ })).toBeVisible()
  await summary.getByRole('button', { name: 'Replace everything with this backup' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Restored from backup.json' })).toBeVisible()
  await page.goto('/bank/http-tcp-vs-udp')
  await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue(
    'Before the backup: QUIC runs over UDP.',
  )
})

test('a grade in one tab shows in another without a reload', async ({ context }) => {
  const browser = await context.newPage()
  await browser.goto('/cards')
  await expect(browser.getByRole('heading', { name: 'Card browser' })).toBeVisible()
  await expect(browser.getByRole('cell', { name: 'Learning', exact: true })).toHaveCount(0)

  const review = await context.newPage()
  await review.goto('/review')
  await gradeGood(review)
  await expect(browser.getByRole('cell', { name: 'Learning', exact: true })).toHaveCount(1)
})

test('resetting progress asks first and can be undone', async ({ page }) => {
  await page.goto('/review')
  await gradeGood(page)
  await page.goto('/settings')
  const reset = async () => {
    await page.getByRole('button', { name: 'Reset progress…' }).click()
    await page
      .getByRole('group', { name: 'Confirm the reset' })
      .getByRole('button', { name: 'Reset' })
      .click()
    await expect(page.getByRole('status').filter({ hasText: 'Reset 1 card of every topic.' })).toBeVisible()
  }
  // Cancel changes nothing; Reset then Undo puts the card back as it was.
  await page.getByRole('button', { name: 'Reset progress…' }).click()
  await page.getByRole('group', { name: 'Confirm the reset' }).getByRole('button', { name: 'Cancel' }).click()
  await reset()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Undone: 1 card is as it was.' })).toBeVisible()
  await page.goto('/cards')
  await expect(page.getByRole('cell', { name: 'Learning', exact: true })).toHaveCount(1)

  // A reset left in place: the card is new again.
  await page.goto('/settings')
  await reset()
  await page.goto('/cards')
  await expect(page.getByRole('heading', { name: 'Card browser' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'New', exact: true }).first()).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Learning', exact: true })).toHaveCount(0)
})

test('a TSV from Anki: preview with line errors, an HTML deck shown sanitized in review, and exported back for Anki', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const hits: string[] = []
    Object.assign(window, { __xss: (name: string) => hits.push(name), __xssHits: hits })
  })
  const tsv = [
    '#separator:tab',
    '#html:true',
    '#tags:anki',
    '#columns:Front\tBack\tTags',
    '<b>What</b> does a CDN cache?\tStatic assets <img src=x onerror="window.__xss(1)"> near users\tcdn',
    'a line without a back',
    'Why jitter retries?\tTo spread them <script>window.__xss(2)</script>out\tresilience',
  ].join('\n')
  await page.goto('/data')
  await page.getByLabel('Choose a CSV or TSV file…').setInputFiles({
    name: 'anki-export.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(tsv),
  })
  const preview = page.getByRole('region', { name: 'Import preview' })
  await expect(preview).toContainText('2 cards in anki-export.txt, written in HTML')
  await expect(preview.getByRole('listitem')).toHaveText([
    'Line 6: only one field; a card needs a front and a back separated by a tab',
  ])
  await expect(preview.getByRole('row')).toHaveCount(3)
  await preview.getByLabel('Deck name').fill('From Anki')
  await preview.getByRole('button', { name: 'Import 2 cards' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 2 cards from anki-export.txt.' }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Study the deck' }).click()
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card.locator('b')).toHaveText('What')
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Answer' })).toContainText('Static assets')
  await expect(page.getByRole('region', { name: 'Answer' }).locator('img[onerror]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits)).toEqual([])

  await page.goto('/data')
  await page.getByRole('combobox', { name: 'Deck', exact: true }).selectOption({ label: 'From Anki' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the deck' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('from-anki.txt')
  const text = await readFile(await download.path(), 'utf8')
  expect(text.split('\n').slice(0, 4)).toEqual([
    '#separator:tab',
    '#html:true',
    '#columns:Front\tBack\tTags',
    '#tags column:3',
  ])
  expect(text).toContain('<b>What</b> does a CDN cache?\t')
  expect(text).toContain('\tanki resilience\n')
})

test('an Anki package: the published System Design deck is previewed, imported in one go and studied, its HTML sanitized', async ({
  page,
}) => {
  await page.goto('/data')
  await page.getByLabel('Choose an Anki package…').setInputFiles('tests/fixtures/anki/system-design.apkg')
  const preview = page.getByRole('region', { name: 'Anki import preview' })
  await expect(preview).toContainText('42 cards from 42 notes in “System Design” (collection.anki2).')
  await preview.getByRole('button', { name: 'Import 42 cards' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 42 cards from system-design.apkg.' }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Study the deck' }).click()
  const card = page.getByRole('article', { name: 'Card' })
  await expect(card.getByRole('heading').first()).toBeVisible()
  // Anki's inline styles are gone: the card takes the app's theme.
  await expect(card.locator('[style]')).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Answer' })).not.toBeEmpty()

  // Not an Anki package: refused by name.
  await page.goto('/data')
  await page.getByLabel('Choose an Anki package…').setInputFiles({
    name: 'notes.apkg',
    mimeType: 'application/zip',
    buffer: Buffer.from('plain text, not a zip'),
  })
  await expect(page.getByRole('alert')).toContainText(
    'notes.apkg was not imported. This is not an Anki package',
  )
})

test('after a week of work without a backup the home screen reminds you, until you dismiss it', async ({
  page,
}) => {
  await page.goto('/review')
  await gradeGood(page)
  // Make that first review ten days old, as if the work had started then.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('reviewLogs', 'readwrite')
          const store = tx.objectStore('reviewLogs')
          const all = store.getAll()
          all.onsuccess = () => {
            for (const log of all.result as { review: number }[])
              store.put({ ...log, review: log.review - 10 * 86_400_000 })
          }
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
        }
      }),
  )
  await page.goto('/')
  const reminder = page.getByRole('complementary', { name: 'Backup reminder' })
  await expect(reminder).toContainText('You have 10 days of work here and no backup yet.')
  await reminder.getByRole('button', { name: 'Not now' }).click()
  await expect(reminder).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Backup reminder' })).toHaveCount(0)
})

test('a bad value stored in the settings table never breaks Settings: each bad field shows its default', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Settings' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  // A value no version of the app writes (a doctored restore, a bug, a hand edit in devtools).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backprep')
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite')
          tx.objectStore('settings').put({
            key: 'scheduling',
            value: {
              learningSteps: '1m 10m',
              newPerDay: 'lots',
              desiredRetention: 'high',
              reviewsPerDay: 150,
            },
          })
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(new Error(String(tx.error)))
        }
        open.onerror = () => reject(new Error(String(open.error)))
      }),
  )
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0)
  await expect(page.getByLabel('Learning steps', { exact: true })).toHaveValue('1m 10m')
  await expect(page.getByLabel('New cards per day', { exact: true })).toHaveValue('20')
  await expect(page.getByLabel('Maximum reviews per day')).toHaveValue('150')
})
