import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

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
