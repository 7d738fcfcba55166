/**
 * The code of each lazy screen, loaded once. Imported first by main.tsx (it
 * depends only on two tiny lib modules), so a cold load of /bank starts fetching the bank's
 * code while React itself is still being evaluated, instead of after.
 */
import { pendingReplayKeys } from '../lib/journal'
import { startTimer } from '../lib/timers'
import type * as BankScreenModule from '../features/bank/bank-screen'
import type * as CanvasScreenModule from '../features/canvas/canvas-screen'
import type * as ItemScreenModule from '../features/bank/item-screen'
import type * as ReviewScreenModule from '../features/review/review-screen'

let bank: Promise<typeof BankScreenModule> | null = null
let item: Promise<typeof ItemScreenModule> | null = null
let review: Promise<typeof ReviewScreenModule> | null = null
let canvas: Promise<typeof CanvasScreenModule> | null = null

export const loadBankScreen = () => (bank ??= import('../features/bank/bank-screen'))
export const loadItemScreen = () => (item ??= import('../features/bank/item-screen'))
export const loadReviewScreen = () => (review ??= import('../features/review/review-screen'))
export const loadCanvasScreen = () => (canvas ??= import('../features/canvas/canvas-screen'))

/**
 * On a cold start on a diagram's page: its code and the diagram itself, read
 * from IndexedDB at the same time and handed to the screen, so its first
 * render draws the diagram. Never waits more than a second on the database
 * (an upgrade held up by another tab): the screen then reads it itself.
 */
let canvasStart: Promise<unknown> | null = null
export const canvasStarting = () => canvasStart

function startCanvas(encodedId: string) {
  const read = import('../db/diagrams').then((m) => m.getDiagram(decodeURIComponent(encodedId)))
  const late = new Promise<undefined>((resolve) => startTimer(() => resolve(undefined), 1000))
  const record = Promise.race([read, late]).catch(() => undefined)
  canvasStart = Promise.all([loadCanvasScreen(), record]).then(([screen, found]) => {
    if (found) screen.primeDiagram(found)
  })
  canvasStart.catch(() => undefined)
}

const path = globalThis.location?.pathname ?? ''
// A diagram with a journaled change is read after the start replays it (main.tsx), not here.
const replayPending = pendingReplayKeys().length > 0
if (path === '/bank') void loadBankScreen().catch(() => undefined)
else if (path.startsWith('/bank/')) void loadItemScreen().catch(() => undefined)
else if (path === '/review') {
  void loadReviewScreen().catch(() => undefined)
  // The queue's reads need neither React nor the screen: start them as soon as the entry has
  // run, while React renders the shell. After a cut-off change the start replays first (main.tsx).
  if (!replayPending)
    void import('../features/review/session-prefetch')
      .then((m) => m.prefetchSession(globalThis.location.search.slice(1)))
      .catch(() => undefined)
} else if (path.startsWith('/canvas/') && !replayPending) startCanvas(path.slice('/canvas/'.length))
// An SQL exercise (their ids start with 'sql-', a content rule): PostgreSQL's start is the longest
// wait on its page, so its worker starts now, beside the screen's code, not once the screen is up.
else if (path.startsWith('/exercises/sql-'))
  void import('../lib/sql-runner').then((m) => m.warmSqlEngine()).catch(() => undefined)
