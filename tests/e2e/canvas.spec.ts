import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { serializeDiagramFile } from '../../src/domain/diagram/diagram-file'
import { generatedDiagram } from '../bench/generated-diagram'
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

/** Waits until the nodes stop moving (auto layout, then the fit-view animation), by polling their places. */
async function untilSettled(page: Page) {
  const places = () =>
    page
      .locator('.react-flow__node, .react-flow__viewport')
      .evaluateAll((els) => els.map((e) => `${(e as HTMLElement).style.transform}`).join('|'))
  let last = ''
  await expect
    .poll(async () => {
      const now = await places()
      const same = now === last
      last = now
      return same
    })
    .toBe(true)
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
  await untilSettled(page)

  await connect(page, 'Service', 'Cache')
  await connect(page, 'Cache', 'Key-value store')
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expect(cacheBetween).toHaveAttribute('aria-checked', 'true')

  // Label the new connection; undo takes the label back, redo restores it.
  await page.getByRole('textbox', { name: /Label \(protocol or what flows\)/ }).fill('on miss')
  await expect(page.locator('.cn-edge-text')).toHaveText('on miss')
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+z')
  await expect(page.locator('.cn-edge-text')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.locator('.cn-edge-text')).toHaveText('on miss')

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
  await expect(page.locator('.cn-edge-text')).toHaveText('on miss')
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

/**
 * How far, in screen pixels, the farthest end of any edge is from the point of
 * a drawn handle it should start or end on (the middle of the handle's outer side).
 */
async function edgeEndsOffHandles(page: Page): Promise<number> {
  return page.evaluate(() => {
    const handlePoints = [...document.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
      const r = h.getBoundingClientRect()
      const side = h.dataset['handlepos']
      if (side === 'top') return { x: r.left + r.width / 2, y: r.top }
      if (side === 'right') return { x: r.right, y: r.top + r.height / 2 }
      if (side === 'bottom') return { x: r.left + r.width / 2, y: r.bottom }
      return { x: r.left, y: r.top + r.height / 2 }
    })
    let worst = 0
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
      const toScreen = path.getScreenCTM()
      if (!toScreen) return Infinity
      for (const at of [0, path.getTotalLength()]) {
        const p = path.getPointAtLength(at)
        const s = new DOMPoint(p.x, p.y).matrixTransform(toScreen)
        const nearest = Math.min(...handlePoints.map((h) => Math.hypot(h.x - s.x, h.y - s.y)))
        worst = Math.max(worst, nearest)
      }
    }
    return worst
  })
}

test('edges end on the drawn handles, follow a resized note, and can be moved to another node', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 950 })
  await page.goto('/canvas')
  await page.getByRole('button', { name: 'New blank diagram' }).click()
  await page.getByRole('button', { name: 'Add Service' }).click()
  await page.getByRole('button', { name: 'Add SQL database' }).click()
  await page.getByRole('button', { name: 'Add Text note' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(3)
  await page.getByRole('button', { name: 'Auto layout' }).click()
  await untilSettled(page)
  const node = (text: string) => page.locator('.react-flow__node').filter({ hasText: text })
  const idOf = async (text: string) => (await node(text).getAttribute('data-id')) ?? ''
  const [service, database, note] = [await idOf('Service'), await idOf('SQL database'), await idOf('Note')]

  await connect(page, 'Service', 'SQL database')
  const edge = page.locator('.react-flow__edge')
  await expect(edge).toHaveAttribute('aria-label', `Edge from ${service} to ${database}`)
  expect(await edgeEndsOffHandles(page)).toBeLessThan(1)

  // Reconnect: drag the arrow's head from the database onto the note.
  const head = await page.locator('.react-flow__edgeupdater-target').boundingBox()
  await node('Note').hover()
  const noteLeft = await node('Note').locator('.react-flow__handle-left').boundingBox()
  if (!head || !noteLeft) throw new Error('edge end or note handle not found')
  await page.mouse.move(head.x + head.width / 2, head.y + head.height / 2)
  await page.mouse.down()
  await page.mouse.move(noteLeft.x + noteLeft.width / 2, noteLeft.y + noteLeft.height / 2, { steps: 12 })
  await page.mouse.up()
  await expect(edge).toHaveCount(1)
  await expect(edge).toHaveAttribute('aria-label', `Edge from ${service} to ${note}`)
  expect(await edgeEndsOffHandles(page)).toBeLessThan(1)

  // Resize the note from its bottom-right corner: the arrow follows its left side's middle.
  await node('Note').click()
  const corner = await node('Note').locator('.react-flow__resize-control.handle.bottom.right').boundingBox()
  if (!corner) throw new Error('the note has no resize corner')
  const before = await node('Note').boundingBox()
  await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2)
  await page.mouse.down()
  await page.mouse.move(corner.x + 120, corner.y + 90, { steps: 8 })
  await page.mouse.up()
  const after = await node('Note').boundingBox()
  expect(after!.height - before!.height).toBeGreaterThan(60)
  expect(await edgeEndsOffHandles(page)).toBeLessThan(1)

  // All of it is saved: a reload draws the same.
  await expect(page.getByText('All changes saved')).toBeVisible()
  const size = await node('Note').evaluate((e) => `${e.style.width} × ${e.style.height}`)
  await page.reload()
  await expect(node('Note')).toBeVisible()
  expect(await node('Note').evaluate((e) => `${e.style.width} × ${e.style.height}`)).toBe(size)
  await expect(edge).toHaveAttribute('aria-label', `Edge from ${service} to ${note}`)
  expect(await edgeEndsOffHandles(page)).toBeLessThan(1)
})

test('a large diagram opens far out with every edge in place, and up close its edges end on the handles', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 950 })
  await page.goto('/canvas')
  await page.getByLabel('Diagram file to import').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeDiagramFile('Large', generatedDiagram(300, 360))),
  })
  const overview = page.locator('.canvas-overview')
  for (const start of ['opened from the list', 'a cold start on its page']) {
    if (start === 'a cold start on its page') await page.reload()
    await expect(page.locator('.react-flow__node'), start).toHaveCount(300)
    await expect(page.locator('.react-flow__edge-path'), start).toHaveCount(360)
    await expect(overview, start).toBeVisible()
    // Far out, handles are measured once and then dropped: none are left to cost frames.
    await expect(page.locator('.react-flow__handle'), start).toHaveCount(0)

    // Up close, the details and the real handles come back, and every edge ends on one.
    const pane = await page.locator('.react-flow__pane').boundingBox()
    await page.mouse.move(pane!.x + pane!.width / 2, pane!.y + pane!.height / 2)
    await expect
      .poll(async () => {
        if ((await overview.count()) > 0) await page.mouse.wheel(0, -300)
        return overview.count()
      }, start)
      .toBe(0)
    await untilSettled(page)
    await expect.poll(() => edgeEndsOffHandles(page), start).toBeLessThan(1)
    // Back out, and saved so, for the cold start.
    await page
      .getByRole('toolbar', { name: 'Diagram tools' })
      .getByRole('button', { name: 'Fit view' })
      .click()
    await expect(overview).toBeVisible()
    await expect(page.getByText('All changes saved')).toBeVisible()
  }
})
