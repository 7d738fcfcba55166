import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const editor = (page: Page) => page.getByRole('textbox', { name: /editor: your answer/ })

/** Replaces the editor's content by pasting, as a user would (typing would trigger auto-closing brackets). */
async function replaceCode(page: Page, code: string) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), code)
  await editor(page).focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

async function openExercise(page: Page, id: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/exercises/${id}`)
  await expect(page.locator('[data-testid=code-editor][data-ready=true]')).toBeVisible({ timeout: 15_000 })
}

async function revealedSolution(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Show solution…' }).click()
  await page
    .getByRole('group', { name: 'Confirm showing the solution' })
    .getByRole('button', { name: 'Show it' })
    .click()
  return page.getByRole('region', { name: 'Reference solution' }).locator('pre').innerText()
}

test('a TypeScript exercise: a wrong answer, the reference solution, and the code kept across a reload', async ({
  page,
}) => {
  await openExercise(page, 'code-token-bucket')

  // The starter is wrong: red, with expected against actual.
  await page.getByRole('button', { name: /Run tests/ }).click()
  await expect(page.getByText(/^0 of 7 tests pass/)).toBeVisible()
  const results = page.getByRole('list', { name: 'Test results' })
  const burst = results
    .getByRole('listitem')
    .filter({ hasText: 'allows a burst up to capacity, then refuses' })
  await expect(burst).toContainText('failed')
  await expect(burst).toContainText('Expected[true, true, true, false]')
  await expect(burst).toContainText('Actual[true, true, true, true]')

  // The reference solution passes every hidden test (run with Ctrl+Enter).
  const solution = await revealedSolution(page)
  await replaceCode(page, `// my answer\n${solution}`)
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(page.getByText(/^All 7 tests pass/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(2)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // Reload: the code is still there, and the exercise is listed as solved.
  await page.reload()
  await expect(page.locator('[data-testid=code-editor][data-ready=true]')).toBeVisible()
  await expect(page.locator('.view-lines')).toContainText('// my answer')
  await page.getByRole('link', { name: 'Exercises', exact: true }).first().click()
  const row = page.getByRole('row').filter({ hasText: 'Implement a token-bucket rate limiter.' })
  await expect(row.getByRole('cell').last()).toHaveText('Solved')
})

test('an infinite loop times out after 3 s and the page stays responsive', async ({ page }) => {
  await openExercise(page, 'code-token-bucket')
  await replaceCode(page, 'export function createTokenBucket() {\n  while (true) {}\n}\n')
  await page.getByRole('button', { name: /Run tests/ }).click()
  await expect(page.getByRole('button', { name: /Running…/ })).toBeVisible()
  // The main thread is free while the loop spins in the sandbox's worker.
  await page.getByRole('button', { name: 'Show solution…' }).click()
  await expect(page.getByRole('group', { name: 'Confirm showing the solution' })).toBeVisible()
  const blocked = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        setTimeout(() => resolve(performance.now() - start), 0)
      }),
  )
  expect(blocked).toBeLessThan(100)
  await expect(page.getByText(/^Timed out after 3 s/)).toBeVisible({ timeout: 8_000 })
  // And the sandbox runs the next attempt normally.
  await page.getByRole('button', { name: 'Reset to starter' }).click()
  await page.getByRole('button', { name: /Run tests/ }).click()
  await expect(page.getByText(/^0 of 7 tests pass/)).toBeVisible()
})

test('user code cannot read the app’s IndexedDB, storage, cookies or page', async ({ page }) => {
  await openExercise(page, 'code-token-bucket')
  await page.evaluate(() => {
    localStorage.setItem('backprep-secret', 'app-only')
    document.cookie = 'session=app-only'
  })
  await replaceCode(
    page,
    `const g = globalThis as any
const seen: string[] = []
try { g.indexedDB.open('backprep'); seen.push('indexedDB:opened') } catch (e) { seen.push('indexedDB:' + (e as Error).name) }
seen.push('localStorage:' + typeof g.localStorage)
seen.push('sessionStorage:' + typeof g.sessionStorage)
seen.push('document:' + typeof g.document)
seen.push('parent:' + typeof g.parent)
seen.push('origin:' + g.origin)
console.log(seen.join(' '))
export function createTokenBucket() { return { tryTake: () => true } }
`,
  )
  await page.getByRole('button', { name: /Run tests/ }).click()
  const output = page.locator('.test-logs').filter({ hasText: 'Console output' })
  await expect(output).toContainText(
    'indexedDB:SecurityError localStorage:undefined sessionStorage:undefined document:undefined parent:undefined origin:null',
  )
  await expect(page.locator('.exercise-results')).not.toContainText('app-only')
})

test('a SQL exercise on PostgreSQL: a wrong query, then the reference solution', async ({ page }) => {
  test.setTimeout(90_000)
  await openExercise(page, 'sql-top-n-per-group')
  const run = page.getByRole('button', { name: /Run query/ })
  await expect(run).toBeEnabled({ timeout: 60_000 })

  await run.click()
  await expect(page.getByText(/^Expected 5 rows, got 7\./)).toBeVisible()
  await expect(page.getByRole('table', { name: /Expected/ })).toContainText('Monitor 27"')

  const solution = await revealedSolution(page)
  await replaceCode(page, solution)
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(page.getByText(/^Correct: your result matches/)).toBeVisible()

  // A destructive statement only touches this exercise's database, and each run starts from the seed.
  await replaceCode(page, 'DELETE FROM order_lines;\nSELECT count(*) FROM order_lines;')
  await run.click()
  await expect(page.getByRole('table', { name: /Your result/ })).toContainText('0')
  await replaceCode(page, 'SELECT count(*) FROM order_lines;')
  await run.click()
  await expect(page.getByRole('table', { name: /Your result/ }).getByRole('cell')).toHaveText('11')

  // A syntax error names its line.
  await replaceCode(page, 'SELECT 1;\nSELEC category FROM products;')
  await run.click()
  await expect(page.getByText(/syntax error at or near "SELEC" \(line 2\)/)).toBeVisible()
})

test('WebCrypto works in the sandbox: the JWT exercise’s reference solution passes', async ({ page }) => {
  await openExercise(page, 'code-jwt-hs256-verify')
  const solution = await revealedSolution(page)
  await replaceCode(page, solution)
  await page.getByRole('button', { name: /Run tests/ }).click()
  await expect(page.getByText(/^All \d+ tests pass/)).toBeVisible()
})

test.describe('a verdict the code under test cannot forge', () => {
  const stub = `export function listPage(rows: any, options: any) {
  return { items: [], nextCursor: null }
}`
  const forgeries = [
    {
      name: 'rewriting every report sent through postMessage',
      code: `const post = globalThis.postMessage
;(globalThis as any).postMessage = (m: any) => post(m && m.kind === 'test' ? { ...m, passed: true } : m)
${stub}`,
      verdict: /^0 of 9 tests pass/,
    },
    {
      name: 'posting its own test and done reports',
      code: `for (let i = 0; i < 9; i++)
  postMessage({ kind: 'test', name: 'forged ' + i, passed: true, message: null, expected: null, actual: null, line: null, logs: [], ms: 1 })
postMessage({ kind: 'done', total: 9, logs: [] })
${stub}`,
      verdict: /^0 of 9 tests pass/,
    },
    {
      name: 'replacing Object.is',
      code: `;(Object as any).is = () => true\n${stub}`,
      verdict: /^TypeError: Cannot assign to read only property 'is'/,
    },
  ]

  for (const { name, code, verdict } of forgeries) {
    test(`a stub ${name} fails, and the exercise stays unsolved`, async ({ page }) => {
      await openExercise(page, 'code-cursor-pagination')
      await replaceCode(page, code)
      await page.keyboard.press('ControlOrMeta+Enter')
      await expect(page.locator('.run-summary')).toHaveText(verdict)
      await expect(page.getByRole('list', { name: 'Test results' }).getByText(/forged/)).toHaveCount(0)
      await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(1)
      await page.getByRole('link', { name: 'Exercises', exact: true }).first().click()
      const row = page.getByRole('row').filter({ hasText: 'activity-feed endpoint' })
      await expect(row.getByRole('cell').last()).toHaveText('Attempted')
    })
  }
})
