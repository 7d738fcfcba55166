import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { gradeGood } from './flashcards'

// Two devices: two browser contexts, each with its own IndexedDB, both on the same fake clock dates.
const day1 = new Date('2026-03-02T10:00:00Z')
const day2 = new Date('2026-03-03T10:00:00Z')
const day3 = new Date('2026-03-04T10:00:00Z')

/** Studies the first new card of a topic. */
async function studyFirstOf(page: Page, topic: string) {
  await page.goto(`/review?deck=topic:${topic}`)
  await gradeGood(page)
}

async function downloadBackup(page: Page): Promise<string> {
  await page.goto('/data')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ])
  return readFile(await download.path(), 'utf8')
}

async function chooseToMerge(page: Page, name: string, text: string) {
  await page.getByLabel('Choose a backup to merge…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
}

type Row = Record<string, unknown>

/** Every row of every table, straight from IndexedDB. */
async function readDatabase(page: Page): Promise<Record<string, Row[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, Row[]>>((resolve, reject) => {
        const open = indexedDB.open('backprep')
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const idb = open.result
          const names = [...idb.objectStoreNames]
          const tx = idb.transaction(names, 'readonly')
          const out: Record<string, Row[]> = {}
          for (const name of names) {
            const all = tx.objectStore(name).getAll()
            all.onsuccess = () => (out[name] = all.result as Row[])
          }
          tx.oncomplete = () => {
            idb.close()
            resolve(out)
          }
          tx.onerror = () => reject(new Error(String(tx.error)))
        }
      }),
  )
}

/** The review logs as both devices must hold them: without this device's ids, in order. */
function reviewLogs(data: Record<string, Row[]>) {
  return (data.reviewLogs ?? [])
    .map(({ id: _id, ...log }) => log)
    .sort((a, b) => String(a.cardId).localeCompare(String(b.cardId)) || Number(a.review) - Number(b.review))
}

/** The schedules of the cards studied anywhere. */
function schedules(data: Record<string, Row[]>) {
  const fields = [
    'id',
    'due',
    'stability',
    'difficulty',
    'elapsedDays',
    'scheduledDays',
    'learningSteps',
    'reps',
    'lapses',
    'state',
    'lastReview',
  ]
  return (data.cards ?? [])
    .filter((c) => c.lastReview !== null)
    .map((c) => Object.fromEntries(fields.map((f) => [f, c[f]])))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
}

async function openDevice(context: BrowserContext): Promise<Page> {
  await context.clock.install({ time: day1 })
  return context.newPage()
}

test('two devices each merge the other’s backup and end with the same reviews and schedules; merging again changes nothing', async ({
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const laptop = await openDevice(context)
  const phoneContext = await browser.newContext({ baseURL })
  const phone = await openDevice(phoneContext)
  // The second device is offline-first too: nothing it asks for leaves the app's origin.
  const outside: string[] = []
  phoneContext.on('request', (request) => {
    const url = request.url()
    if (
      !url.startsWith('data:') &&
      !url.startsWith('blob:') &&
      new URL(url).origin !== new URL(baseURL!).origin
    )
      outside.push(url)
  })

  // Day 1, the laptop: the first HTTP card and the first databases card.
  await studyFirstOf(laptop, 'http')
  await studyFirstOf(laptop, 'databases')

  // Day 2, the phone: the same HTTP card (its own first grade of it) and the first caching card.
  await phoneContext.clock.setSystemTime(day2)
  await studyFirstOf(phone, 'http')
  await studyFirstOf(phone, 'caching')

  // Day 3: each backs up, then merges the other's file.
  await context.clock.setSystemTime(day3)
  await phoneContext.clock.setSystemTime(day3)
  const laptopFile = await downloadBackup(laptop)
  const phoneFile = await downloadBackup(phone)
  const before = { laptop: await readDatabase(laptop), phone: await readDatabase(phone) }
  expect(reviewLogs(before.laptop)).toHaveLength(2)
  expect(reviewLogs(before.phone)).toHaveLength(2)
  const sharedCard = reviewLogs(before.laptop)
    .map((l) => l.cardId)
    .filter((id) => reviewLogs(before.phone).some((l) => l.cardId === id))
  expect(sharedCard).toHaveLength(1)

  for (const [page, name, file] of [
    [laptop, 'phone.json', phoneFile],
    [phone, 'laptop.json', laptopFile],
  ] as const) {
    await chooseToMerge(page, name, file)
    const summary = page.getByRole('region', { name: 'What merging changes' })
    // Both the shared card and the other device's own card are already here (as new cards): rescheduled.
    await expect(summary).toContainText('2 reviews new to this device, 2 cards rescheduled.')
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([])
    await summary.getByRole('button', { name: 'Merge' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: `Merged ${name}: 2 reviews new to this device` }),
    ).toBeVisible()
  }

  const after = { laptop: await readDatabase(laptop), phone: await readDatabase(phone) }
  expect(reviewLogs(after.laptop)).toHaveLength(4)
  expect(reviewLogs(after.laptop)).toEqual(reviewLogs(after.phone))
  expect(schedules(after.laptop)).toHaveLength(3)
  expect(schedules(after.laptop)).toEqual(schedules(after.phone))
  // The shared card was graded on two days: its history is both grades, replayed in order.
  const shared = schedules(after.laptop).find((c) => c.id === sharedCard[0])
  expect(shared?.reps).toBe(2)
  expect(Number(shared?.lastReview)).toBeGreaterThanOrEqual(day2.getTime())
  expect(Number(shared?.lastReview)).toBeLessThan(day3.getTime())
  expect(reviewLogs(after.laptop).filter((l) => l.cardId === sharedCard[0])).toHaveLength(2)

  // The same file again: nothing new, and nothing changes.
  await chooseToMerge(laptop, 'phone.json', phoneFile)
  const again = laptop.getByRole('region', { name: 'What merging changes' })
  await expect(again).toContainText('Nothing new: this device already has everything in the file.')
  await expect(again.getByRole('button', { name: 'Merge' })).toHaveCount(0)
  await again.getByRole('button', { name: 'Close' }).click()
  expect(await readDatabase(laptop)).toEqual(after.laptop)

  // A bad file is refused with Restore's plain message, and changes nothing.
  await chooseToMerge(phone, 'truncated.json', laptopFile.slice(0, Math.floor(laptopFile.length / 2)))
  await expect(phone.getByRole('alert')).toContainText('truncated.json was not merged.')
  await expect(phone.getByRole('alert')).toContainText(/truncated/)
  expect(await readDatabase(phone)).toEqual(after.phone)
  expect(outside).toEqual([])
  await phoneContext.close()
})
