// Flashcard figures for `npm run bench`: 10,000 cards and 100,000 review
// logs written into the app's own IndexedDB (after the app created its
// schema), then the review and statistics screens measured on that data.

import { buildCardDigest } from '../../src/db/card-digest.ts'

/** Runs in the page: writes the generated collection with the raw IndexedDB API. */
export function seedCollection({ cards: cardCount, logs: logCount, now }) {
  let seed = 20261121
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const day = 86_400_000
  const topics = [
    'http',
    'databases',
    'apis',
    'auth',
    'caching',
    'architecture',
    'messaging',
    'testing',
    'observability',
  ]
  const cards = []
  const contents = []
  for (let i = 0; i < cardCount; i++) {
    const r = random()
    const state = r < 0.3 ? 0 : r < 0.35 ? 1 : r < 0.95 ? 2 : 3
    const id = `import:bench-${i}`
    const interval = state === 2 ? Math.ceil(random() * 120) : 0
    cards.push({
      id,
      deckId: 'import:bench',
      topic: topics[i % topics.length],
      source: 'import',
      position: 1000 + i,
      createdAt: now - 400 * day,
      due:
        state === 0
          ? now
          : state === 2
            ? now + Math.round((random() * 70 - 10) * day)
            : now + Math.round(random() * 20) * 60_000,
      stability: state === 0 ? 0 : 1 + random() * 100,
      difficulty: state === 0 ? 0 : 1 + random() * 9,
      elapsedDays: 0,
      scheduledDays: interval,
      learningSteps: 0,
      reps: state === 0 ? 0 : 1 + Math.floor(random() * 20),
      lapses: Math.floor(random() * 3),
      state,
      lastReview: state === 0 ? null : now - Math.round(random() * interval * day),
      suspended: false,
      buriedUntil: 0,
      flagged: random() < 0.02,
      leech: false,
    })
    contents.push({
      id,
      front: `Generated card ${i}: what does a **${topics[i % topics.length]}** interviewer want to hear?`,
      back: `A specific answer with numbers, trade-offs and failure modes (card ${i}).`,
      tags: ['bench'],
      createdAt: now - 400 * day,
      updatedAt: now - 400 * day,
    })
  }
  const logs = []
  const days = new Map()
  const today = Math.floor(now / day)
  for (let i = 0; i < logCount; i++) {
    const back = Math.floor(random() * 365) + 1
    const review = now - back * day + Math.floor(random() * day)
    const rating = random() < 0.12 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4
    const state = random() < 0.1 ? 0 : random() < 0.2 ? 1 : 2
    const lastIntervalDays = state === 2 ? Math.ceil(random() * 90) : 0
    const d = today - back
    logs.push({
      cardId: `import:bench-${Math.floor(random() * cardCount)}`,
      rating,
      state,
      due: review,
      stability: 10,
      difficulty: 5,
      elapsedDays: lastIntervalDays,
      lastElapsedDays: 0,
      scheduledDays: lastIntervalDays,
      learningSteps: 0,
      review,
      day: d,
      lastIntervalDays,
    })
    const t = days.get(d) ?? {
      day: d,
      reviews: 0,
      newCards: 0,
      learning: 0,
      review: 0,
      relearning: 0,
      youngPass: 0,
      youngFail: 0,
      maturePass: 0,
      matureFail: 0,
    }
    t.reviews++
    if (state === 0) t.newCards++
    else if (state === 1) t.learning++
    else {
      t.review++
      const mature = lastIntervalDays >= 21
      const pass = rating > 1
      t[mature ? (pass ? 'maturePass' : 'matureFail') : pass ? 'youngPass' : 'youngFail']++
    }
    days.set(d, t)
  }
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backprep')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const idb = open.result
      const tx = idb.transaction(['cards', 'userCards', 'reviewLogs', 'reviewDays', 'decks'], 'readwrite')
      tx.objectStore('decks').put({ id: 'import:bench', name: 'Bench deck', kind: 'import', createdAt: now })
      for (const c of cards) tx.objectStore('cards').put(c)
      for (const c of contents) tx.objectStore('userCards').put(c)
      for (const l of logs) tx.objectStore('reviewLogs').add(l)
      for (const d of days.values()) tx.objectStore('reviewDays').put(d)
      tx.oncomplete = () => {
        idb.close()
        resolve(cards.length)
      }
      tx.onerror = () => reject(tx.error)
    }
  })
}

/**
 * Writes the card digest (src/db/card-digest) of the cards `seedCollection` wrote. The app keeps it
 * with every write it makes to the cards, and fills it when it upgrades a database; the seeding
 * writes around the app, so the digest is built here with the app's own code.
 *
 * @param {import('playwright-core').Page} page
 */
export async function seedCardDigest(page) {
  const readAll = (store) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('backprep')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const request = open.result.transaction(store).objectStore(store).getAll()
        request.onsuccess = () => {
          open.result.close()
          resolve(request.result)
        }
        request.onerror = () => reject(request.error)
      }
    })
  const rows = buildCardDigest(await page.evaluate(readAll, 'cards'))
  await page.evaluate(
    (rows) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('backprep')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('cardDigest', 'readwrite')
          for (const row of rows) tx.objectStore('cardDigest').put(row)
          tx.oncomplete = () => {
            open.result.close()
            resolve(rows.length)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    rows,
  )
}

/**
 * Opens the home screen cold, then navigates in the app (a click on the main
 * navigation, as a user does) and returns the time from the click to `mark`.
 */
async function markAfterNavigation(context, base, linkName, mark) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await page.goto(`${base}/`)
  await page.getByRole('heading', { name: 'What to do next' }).waitFor()
  await page.waitForLoadState('networkidle')
  const clickedAt = await page.evaluate((name) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent?.trim() === name)
    const at = performance.now()
    link?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }))
    return at
  }, linkName)
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 })
  const t = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark)
  return { page, t: t - clickedAt }
}

async function markAfterLoad(context, url, mark) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await page.goto(url)
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 })
  const t = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark)
  return { page, t }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {{ median: (xs: number[]) => number, percentile: (xs: number[], p: number) => number, add: Function, round: Function }} h
 */
export async function benchFlashcards(browser, base, { median, percentile, add, round }) {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  // Let the app create its database, then fill it.
  const setup = await context.newPage()
  // Settings opens the database (Home reads without creating it), so its schema exists to seed.
  await setup.goto(`${base}/settings`)
  await setup.getByRole('button', { name: 'Save settings' }).waitFor()
  const started = Date.now()
  await setup.evaluate(seedCollection, { cards: 10_000, logs: 100_000, now: Date.now() })
  await seedCardDigest(setup)
  console.log(`seeded 10,000 cards and 100,000 logs in ${Date.now() - started} ms`)
  await setup.close()

  // First card: from a click on "Review" in the running app, and from a cold load of /review.
  const firsts = []
  const coldFirsts = []
  for (let i = 0; i < 7; i++) {
    const nav = await markAfterNavigation(context, base, 'Review', 'review-first-card')
    firsts.push(nav.t)
    await nav.page.close()
    const cold = await markAfterLoad(context, `${base}/review`, 'review-first-card')
    coldFirsts.push(cold.t)
    await cold.page.close()
  }
  const first = median(firsts)
  add(
    'reviewFirstCardMs',
    round(first),
    '≤ 300',
    first <= 300,
    '10k cards, 100k logs; click → card, median of 7',
  )
  const coldFirst = median(coldFirsts)
  add(
    'reviewFirstCardColdLoadMs',
    round(coldFirst),
    '≤ 350',
    coldFirst <= 350,
    'cold page load of /review → card, median of 7',
  )

  // Grade to next card painted, keyboard, 40 grades.
  {
    const { page } = await markAfterLoad(context, `${base}/review?deck=import:bench`, 'review-first-card')
    const card = page.getByRole('article', { name: 'Card' })
    for (let i = 0; i < 40; i++) {
      await card.waitFor()
      await page.keyboard.press('Space')
      await page.getByRole('group', { name: 'Grade your answer' }).waitFor()
      const before = await page.evaluate(() => performance.getEntriesByName('grade-to-next').length)
      await page.keyboard.press('3')
      await page.waitForFunction((n) => performance.getEntriesByName('grade-to-next').length > n, before)
    }
    const times = await page.evaluate(() =>
      performance.getEntriesByName('grade-to-next').map((e) => e.duration),
    )
    await page.close()
    const med = median(times)
    const p95 = percentile(times, 95)
    add('gradeToNextMedianMs', round(med), '≤ 10', med <= 10, `${times.length} grades`)
    add('gradeToNextP95Ms', round(p95), '≤ 50', p95 <= 50)
  }

  // Statistics fully drawn: from a click on "Statistics", and from a cold load of /stats.
  {
    const stats = []
    const coldStats = []
    for (let i = 0; i < 5; i++) {
      const nav = await markAfterNavigation(context, base, 'Statistics', 'stats-rendered')
      stats.push(nav.t)
      await nav.page.close()
      const cold = await markAfterLoad(context, `${base}/stats`, 'stats-rendered')
      coldStats.push(cold.t)
      await cold.page.close()
    }
    const ms = median(stats)
    add('statsRenderMs', round(ms), '≤ 500', ms <= 500, 'click → drawn, median of 5')
    add(
      'statsRenderColdLoadMs',
      round(median(coldStats)),
      '≤ 400',
      median(coldStats) <= 400,
      'cold page load of /stats → drawn, median of 5',
    )
  }
  await context.close()
}
