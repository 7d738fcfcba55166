// `npm run bench`: builds the app and the baseline pages, serves them on
// loopback, measures in headless Chromium (Debian's), prints a table and
// writes bench-report.json: one flat object of figure name → number, each
// name ending in its unit.
import { spawnSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { chromePath, chromiumArgs } from '../chromium.ts'
import { benchCanvas } from './canvas.mjs'
import { benchExercises } from './exercises.mjs'
import { benchFlashcards } from './flashcards.mjs'
import { benchOptimizer } from './optimizer.mjs'
import { startStaticServer } from './static-server.mjs'

const coldLoads = Number(process.env.BENCH_LOADS ?? 21)
// BENCH_ONLY=bank, flashcards, canvas, exercises or optimizer runs one group of figures.
const only = process.env.BENCH_ONLY ?? ''
const runs = (group) => only === '' || only === group

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

console.log('== building the app and the baseline pages')
sh('npx', ['vite', 'build', '--logLevel', 'warn'])
sh('npx', ['vite', 'build', '--config', 'tests/bench/vite.bench.config.ts'])

const server = await startStaticServer({ app: 'dist', bench: '.bench/pages' })
const base = server.url
const browser = await chromium.launch({
  executablePath: chromePath,
  args: chromiumArgs,
})

/** A fresh profile with no cache and no service worker: a cold load. */
async function coldPage() {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  return { page, context }
}

/** Several marks of one cold load, each once it is there. */
async function markTimes(url, marks) {
  const { page, context } = await coldPage()
  await page.goto(url)
  const times = []
  for (const mark of marks) {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark)
    times.push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark))
  }
  await context.close()
  return times
}

const report = {}
const rows = []
const add = (name, value, budget, ok, note = '') => {
  report[name] = value
  rows.push({ name, value, budget, ok, note })
}

try {
  // 1. JS and CSS of the first screen (home), gzipped.
  if (runs('bank')) {
    const { page, context } = await coldPage()
    const assets = []
    page.on('response', async (response) => {
      const type = response.request().resourceType()
      if (type === 'script' || type === 'stylesheet') assets.push(response)
    })
    await page.goto(`${base}/`)
    await page.getByRole('heading', { name: 'What to do next' }).waitFor()
    await page.waitForLoadState('networkidle')
    const { gzipSync } = await import('node:zlib')
    let bytes = 0
    const files = []
    for (const response of assets) {
      const body = await response.body()
      const gz = gzipSync(body, { level: 9 }).length
      bytes += gz
      files.push(`${new URL(response.url()).pathname} ${round(gz / 1024)} KB`)
    }
    await context.close()
    add('firstScreenGzipKB', round(bytes / 1024), '≤ 100', bytes / 1024 <= 100, `${files.length} files`)
    console.log(`first screen files: ${files.join(', ')}`)
  }

  // 1b. The offline copy: what the service worker installs at once (the core), and the heavy
  // part (PostgreSQL, Monaco, the optimizer) it fills in the background afterwards.
  if (runs('bank')) {
    const sw = readFileSync('dist/sw.js', 'utf8')
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1])
    const precached = urls.reduce((sum, url) => sum + statSync(`dist/${url}`).size, 0)
    const heavy = JSON.parse(readFileSync('dist/offline-heavy.json', 'utf8'))
    add(
      'precacheMB',
      round(precached / 1024 / 1024),
      'reported',
      true,
      `${urls.length} files, installed at once`,
    )
    add(
      'offlineHeavyMB',
      round(heavy.bytes / 1024 / 1024),
      'reported',
      true,
      `${heavy.files.length} files, cached in the background after install`,
    )
  }

  // 2. Bank first render vs a bare React page, cold loads, medians.
  if (runs('bank')) {
    const rowsInBank = await (async () => {
      const { page, context } = await coldPage()
      await page.goto(`${base}/bank`)
      // The bank's size as the screen states it (rows render progressively).
      const status = await page
        .getByRole('status')
        .filter({ hasText: /^\d+ questions$/ })
        .textContent()
      const n = Number.parseInt(status ?? '0', 10)
      await context.close()
      return n
    })()
    const bank = []
    const bankInteractive = []
    const bankPaint = []
    const bare = []
    const barePaint = []
    const fcp = 'first-contentful-paint'
    for (let i = 0; i < coldLoads; i++) {
      // Interleaved, so both see the same machine conditions.
      const [painted, interactive, bankFcp] = await markTimes(`${base}/bank`, [
        'bank-first-render',
        'bank-interactive',
        fcp,
      ])
      bank.push(painted)
      bankInteractive.push(interactive)
      bankPaint.push(bankFcp)
      const [bareMark, bareFcp] = await markTimes(`${base}/__bench/bare.html?n=${rowsInBank}`, [
        'bare-first-render',
        fcp,
      ])
      bare.push(bareMark)
      barePaint.push(bareFcp)
    }
    const bankMs = median(bank)
    const bareMs = median(bare)
    add(
      'bankFirstRenderMs',
      round(bankMs),
      `≤ 1.25× bare (${round(bareMs * 1.25)})`,
      bankMs <= bareMs * 1.25,
      `${coldLoads} cold loads, ${rowsInBank} rows`,
    )
    add('bareReactFirstRenderMs', round(bareMs), 'baseline', true)
    // The list painted (from bank.html's copy) vs the app's own list mounted and taking input,
    // and the browser's first contentful paint of each page.
    add(
      'bankInteractiveMs',
      round(median(bankInteractive)),
      'reported',
      true,
      `${coldLoads} cold loads, the app's list mounted`,
    )
    add('bankFirstContentfulPaintMs', round(median(bankPaint)), 'reported', true, 'the browser’s FCP')
    add('bareFirstContentfulPaintMs', round(median(barePaint)), 'reported', true, 'the browser’s FCP')
    report.bankToBareRatio = round(bankMs / bareMs, 2)
  }

  // 3. Search latency per keystroke over the real bank, in the app.
  if (runs('bank')) {
    const { page, context } = await coldPage()
    await page.goto(`${base}/bank`)
    const box = page.getByRole('searchbox', { name: 'Search questions' })
    await box.fill('warm')
    await page
      .getByRole('status')
      .filter({ hasText: /of \d+ questions/ })
      .waitFor()
    await box.fill('')
    await page.evaluate(() => performance.clearMeasures('bank-search'))
    const queries = [
      'cache stampede',
      'idempotnt retry',
      'kafka partition',
      'jwt pitfalls',
      'isolation level',
      'circuit breaker',
      'consistent hashing',
      'readiness probe',
      'event sourcing',
      'cold start',
    ]
    for (const q of queries) {
      await box.click()
      await page.keyboard.type(q, { delay: 15 })
      await box.fill('')
    }
    const timings = await page.evaluate(() =>
      performance.getEntriesByName('bank-search').map((e) => e.duration),
    )
    await context.close()
    const p95 = percentile(timings, 95)
    add('searchP95Ms', round(p95, 2), '≤ 10', p95 <= 10, `${timings.length} keystrokes`)
  }

  // 4. The same search module over a generated bank of 5,000 items.
  if (runs('bank')) {
    const { page, context } = await coldPage()
    await page.goto(`${base}/__bench/search5k.html`)
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'done', null, {
      timeout: 120_000,
    })
    const timings = await page.evaluate(() => window.__searchTimings)
    await context.close()
    const p95 = percentile(timings, 95)
    add('search5kP95Ms', round(p95, 2), '≤ 10', p95 <= 10, `${timings.length} keystrokes`)
  }

  // 5. Flashcards over 10,000 cards and 100,000 logs.
  if (runs('flashcards')) await benchFlashcards(browser, base, { median, percentile, add, round })

  // 6. The diagram canvas with 500 nodes and 600 edges.
  if (runs('canvas')) await benchCanvas(browser, base, { median, add, round })

  // 7. Exercises: Monaco, the code sandbox and PGlite, offline.
  if (runs('exercises')) await benchExercises(browser, base, { median, add, round })

  // 8. The FSRS optimizer on 10,000 reviews, under cross-origin isolation.
  if (runs('optimizer')) await benchOptimizer(browser, base, { add, round })
} finally {
  await browser.close()
  await server.close()
}

writeFileSync('bench-report.json', `${JSON.stringify(report, null, 2)}\n`)
const width = Math.max(...rows.map((r) => r.name.length))
console.log('\nfigure'.padEnd(width + 2) + 'value'.padStart(10) + '  budget'.padEnd(26) + 'result')
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width + 1)}${String(r.value).padStart(10)}  ${r.budget.padEnd(24)}${r.ok ? 'ok' : 'OVER'}  ${r.note}`,
  )
}
console.log('\nwrote bench-report.json')
process.exit(rows.every((r) => r.ok) ? 0 : 1)
