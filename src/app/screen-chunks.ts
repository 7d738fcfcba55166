/**
 * The code of each lazy screen, loaded once. Imported first by main.tsx (it
 * has no dependencies), so a cold load of /bank starts fetching the bank's
 * code while React itself is still being evaluated, instead of after.
 */
import type * as BankScreenModule from '../features/bank/bank-screen'
import type * as ItemScreenModule from '../features/bank/item-screen'
import type * as ReviewScreenModule from '../features/review/review-screen'

let bank: Promise<typeof BankScreenModule> | null = null
let item: Promise<typeof ItemScreenModule> | null = null
let review: Promise<typeof ReviewScreenModule> | null = null

export const loadBankScreen = () => (bank ??= import('../features/bank/bank-screen'))
export const loadItemScreen = () => (item ??= import('../features/bank/item-screen'))
export const loadReviewScreen = () => (review ??= import('../features/review/review-screen'))

const path = globalThis.location?.pathname ?? ''
if (path === '/bank') void loadBankScreen().catch(() => undefined)
else if (path.startsWith('/bank/')) void loadItemScreen().catch(() => undefined)
else if (path === '/review') void loadReviewScreen().catch(() => undefined)
