import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Drags from the right-hand dot of one component to the left-hand dot of another. */
async function connect(page: Page, from: string, to: string) {
  const source = page.locator('.react-flow__node').filter({ hasText: from })
  const target = page.locator('.react-flow__node').filter({ hasText: to })
  await source.hover()
  const a = await source.locator('.react-flow__handle-right').boundingBox()
  await target.hover()
  const b = await target.locator('.react-flow__handle-left').boundingBox()
  if (!a || !b) throw new Error('handles not found')
  await source.hover()
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 })
  await target.hover()
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 2 })
  await page.mouse.up()
}

test('draw a design by mouse and keyboard, check it against the rubric, survive a reload, export it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 950 })
  await page.goto('/canvas')
  await page.getByRole('button', { name: /Design a URL shortener/ }).click()
  await expect(page.locator('.react-flow')).toBeVisible()
  const cacheBetween = page.getByRole('checkbox', {
    name: /A cache sits between the redirect path and the database/,
  })
  await expect(cacheBetween).toHaveAttribute('aria-checked', 'false')

  // Three components: one from the keyboard, one by click, one dragged onto the canvas.
  await page.getByRole('button', { name: 'Add Service' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Add Cache' }).click()
  await page.getByRole('button', { name: 'Add Key-value store' }).dragTo(page.locator('.react-flow__pane'), {
    targetPosition: { x: 700, y: 500 },
  })
  await expect(page.locator('.react-flow__node')).toHaveCount(3)
  await page.getByRole('button', { name: 'Auto layout' }).click()
  await page.waitForTimeout(400)

  await connect(page, 'Service', 'Cache')
  await connect(page, 'Cache', 'Key-value store')
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expect(cacheBetween).toHaveAttribute('aria-checked', 'true')

  // Label the new connection; undo takes the label back, redo restores it.
  await page.getByRole('textbox', { name: /Label \(protocol or what flows\)/ }).fill('on miss')
  await expect(page.locator('.react-flow__edge-text')).toHaveText('on miss')
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.react-flow__edge-text')).toHaveText('on miss')

  // Saved as it changes: a reload shows the same diagram.
  await expect(page.getByText('All changes saved')).toBeVisible()
  const before = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((e) => `${e.textContent}@${(e as HTMLElement).style.transform}`).sort())
  await page.reload()
  await expect(page.locator('.react-flow__node')).toHaveCount(3)
  const after = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((e) => `${e.textContent}@${(e as HTMLElement).style.transform}`).sort())
  expect(after).toEqual(before)
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expect(page.locator('.react-flow__edge-text')).toHaveText('on miss')
  await expect(page.getByRole('checkbox', { name: /A cache sits between/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )

  // PNG: a real, non-empty image.
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('combobox', { name: 'Export' }).selectOption('png-light'),
  ])
  const pngBytes = readFileSync((await png.path())!)
  expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(pngBytes.length).toBeGreaterThan(2000)

  // Excalidraw: valid JSON with arrows bound to the boxes.
  const [excalidraw] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('combobox', { name: 'Export' }).selectOption('excalidraw'),
  ])
  expect(excalidraw.suggestedFilename()).toMatch(/\.excalidraw$/)
  const scene = JSON.parse(readFileSync((await excalidraw.path())!, 'utf8')) as {
    type: string
    elements: {
      id: string
      type: string
      startBinding?: { elementId: string }
      endBinding?: { elementId: string }
    }[]
  }
  expect(scene.type).toBe('excalidraw')
  const ids = new Set(scene.elements.map((e) => e.id))
  const arrows = scene.elements.filter((e) => e.type === 'arrow')
  expect(arrows).toHaveLength(2)
  for (const arrow of arrows) {
    expect(ids.has(arrow.startBinding?.elementId ?? '')).toBe(true)
    expect(ids.has(arrow.endBinding?.elementId ?? '')).toBe(true)
  }
})

test('a diagram can be renamed, duplicated, deleted and brought back', async ({ page }) => {
  await page.goto('/canvas')
  await page.getByRole('button', { name: 'New blank diagram' }).click()
  await expect(page.locator('.react-flow')).toBeVisible()
  await page.getByRole('textbox', { name: 'Diagram name' }).fill('Chat system')
  await page.keyboard.press('Enter')
  await page.getByRole('link', { name: '← Diagrams' }).click()
  const list = page.getByRole('list', { name: 'Your diagrams' })
  await expect(list.getByRole('link', { name: 'Chat system' })).toBeVisible()
  await page.getByRole('button', { name: 'Duplicate Chat system' }).click()
  await expect(list.getByRole('link', { name: 'Chat system (copy)' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete Chat system (copy)' }).click()
  await expect(list.getByRole('link', { name: 'Chat system (copy)' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('link', { name: 'Chat system (copy)' })).toBeVisible()
})

test('importing a bad diagram file says why and changes nothing', async ({ page }) => {
  await page.goto('/canvas')
  await page.getByLabel('Diagram file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"backprep-diagram","version":1,"name":"x","diagram":{"nodes":[{"id":"a","kind":"databse"}],"edges":[]}}',
    ),
  })
  await expect(page.getByRole('alert')).toContainText('“broken.json” was not imported')
  await expect(page.getByRole('alert')).toContainText("unknown component kind 'databse'")
  await expect(page.getByText('None yet.')).toBeVisible()
})
